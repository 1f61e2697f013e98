/**
 * The world map's geometry: an Equal Earth projection fitted to the inhabited world (Antarctica
 * left out, as no review country is there), and SVG paths written compactly. It runs at build
 * time only: the browser receives finished paths in the HTML and scales them with the viewBox,
 * so it never reprojects and never downloads the topology.
 */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { shapeElementId } from './isoNumeric';

/** Width of the map's coordinate system (viewBox units). */
export const MAP_WIDTH = 960;
const ANTARCTICA = '010';
/**
 * Below this projected area (viewBox units²) a shape is too small to find or point at, so the
 * country also gets a circle marker.
 */
export const MARKER_AREA = 20;
export const MARKER_RADIUS = 5;

export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

export interface World {
	projection: GeoProjection;
	width: number;
	height: number;
	features: CountryFeature[];
}

/** The countries of a world-atlas topology, projected to MAP_WIDTH wide. */
export function projectWorld(topology: Topology, width = MAP_WIDTH): World {
	const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
	const all = feature(topology, countries) as FeatureCollection<Geometry, { name: string }>;
	const features = all.features.filter((f) => String(f.id) !== ANTARCTICA) as CountryFeature[];
	const projection = geoEqualEarth().fitWidth(width, { type: 'FeatureCollection', features });
	const [[, y0], [, y1]] = geoPath(projection).bounds({ type: 'FeatureCollection', features });
	return { projection, width, height: Math.ceil(y1 - y0), features };
}

/** "1 -2 3" with the separators SVG needs (a minus sign separates on its own). */
function joinNumbers(values: number[]): string {
	let out = '';
	for (const v of values) out += out && v >= 0 ? ` ${v}` : String(v);
	return out;
}

/**
 * A d3 path context that writes integer coordinates as relative moves, drops points that
 * round onto their predecessor and rings that collapse to nothing. At 960 units wide this
 * halves the markup of d3's default output with no visible change.
 */
export function compactPathContext() {
	let out = '';
	let ring: [number, number][] = [];
	const flush = (close: boolean) => {
		if (ring.length >= (close ? 3 : 2)) {
			const deltas: number[] = [];
			for (let i = 1; i < ring.length; i++)
				deltas.push(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
			out += `M${joinNumbers(ring[0])}l${joinNumbers(deltas)}${close ? 'z' : ''}`;
		}
		ring = [];
	};
	return {
		beginPath() {
			// Rings are delimited by moveTo and closePath.
		},
		moveTo(x: number, y: number) {
			flush(false);
			ring.push([Math.round(x), Math.round(y)]);
		},
		lineTo(x: number, y: number) {
			const p: [number, number] = [Math.round(x), Math.round(y)];
			const last = ring.at(-1);
			if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
		},
		closePath() {
			flush(true);
		},
		arc() {
			// Only used for Point geometries, which the atlas does not contain.
		},
		/** The path written since the last call, and a fresh start. */
		take(): string {
			flush(false);
			const d = out;
			out = '';
			return d;
		}
	};
}

/** A compact `d` attribute for any geometry under the world's projection. */
export function pathOf(world: World, object: GeoPermissibleObjects): string {
	const context = compactPathContext();
	geoPath(world.projection, context)(object);
	return context.take();
}

/**
 * The base map as SVG markup: every country as an unstyled path with an id, so the page can
 * draw it muted once and colour the review's countries with <use>. No fill or stroke on the
 * paths themselves, so a <use> can set its own.
 */
export function basemapMarkup(world: World): string {
	const paths = world.features
		.map((f) => ({ id: String(f.id ?? ''), d: pathOf(world, f) }))
		.filter((p) => p.id && p.d)
		.map((p) => `<path id="${shapeElementId(p.id)}" d="${p.d}"/>`);
	return `<g data-basemap="">${paths.join('')}</g>`;
}

/** Where a country sits on the map (viewBox units), and whether it needs a marker. */
export interface MapPlace {
	atlas_id: string;
	/** The base map has a shape for it. */
	shape: boolean;
	/** Centroid of the shape (or of the finer atlas's shape when the base map has none). */
	x: number;
	y: number;
	/** Projected area in viewBox units², 0 without a shape. */
	area: number;
	/** Draw a circle so the country can be seen and pointed at. */
	marker: boolean;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The place of one country. `fallback` is the same country from a finer atlas, used to locate
 * countries too small for the base map's scale (Malta in the 1:110m atlas).
 */
export function placeOf(world: World, atlasId: string, fallback?: CountryFeature): MapPlace {
	const path = geoPath(world.projection);
	const shape = world.features.find((f) => String(f.id) === atlasId);
	const located = shape ?? fallback;
	if (!located) throw new Error(`Atlas id ${atlasId} is in neither the base map nor the fallback`);
	const [x, y] = path.centroid(located);
	const area = shape ? path.area(shape) : 0;
	return {
		atlas_id: atlasId,
		shape: Boolean(shape),
		x: round1(x),
		y: round1(y),
		area: round1(area),
		marker: area < MARKER_AREA
	};
}

/** The countries of a topology by atlas id (for the finer fallback atlas). */
export function featuresById(topology: Topology): Map<string, CountryFeature> {
	const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
	const all = feature(topology, countries) as FeatureCollection<Geometry, { name: string }>;
	return new Map(all.features.map((f) => [String(f.id), f as CountryFeature]));
}
