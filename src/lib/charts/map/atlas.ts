/**
 * The world-atlas topologies, read at build time only (the prerender, the base-map endpoint and
 * unit tests). Imported as raw text so neither the type checker nor the client bundle carries
 * them: pages reach this module through server loads or `import.meta.env.SSR` branches.
 *
 * The 1:110m atlas draws the map; the 1:50m atlas only locates countries too small for 1:110m.
 */
import atlas110 from 'world-atlas/countries-110m.json?raw';
import atlas50 from 'world-atlas/countries-50m.json?raw';
import type { Topology } from 'topojson-specification';
import { atlasId } from './isoNumeric';
import {
	basemapMarkup,
	featuresById,
	placeOf,
	projectWorld,
	type MapPlace,
	type World
} from './projection';

let world: World | undefined;
let markup: string | undefined;

/** The projected 1:110m world (computed once per build). */
export function baseWorld(): World {
	world ??= projectWorld(JSON.parse(atlas110) as Topology);
	return world;
}

/** The base map's SVG markup (computed once per build). */
export function basemap(): string {
	markup ??= basemapMarkup(baseWorld());
	return markup;
}

/** Map places for the review's countries, keyed by `map_iso3`. */
export function placesFor(mapIso3: string[]): Record<string, MapPlace> {
	const w = baseWorld();
	const ids = mapIso3.map((iso) => [iso, atlasId(iso)] as const);
	const missing = ids.filter(([, id]) => !w.features.some((f) => String(f.id) === id));
	// Parse the finer atlas only when a country needs it.
	const finer = missing.length ? featuresById(JSON.parse(atlas50) as Topology) : new Map();
	return Object.fromEntries(ids.map(([iso, id]) => [iso, placeOf(w, id, finer.get(id))]));
}
