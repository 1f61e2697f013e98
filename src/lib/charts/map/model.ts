/**
 * What the map draws for an answer: the rows in the list's order, the colouring and the capability
 * counted. The colour classes are computed here and in palette.ts only, in TypeScript, never in
 * SQL: every row carries every attribute, so the fills, legend, card, alt text and the list's
 * "by attribute" order all need the classes in the browser anyway, and one language means the
 * list's order can never disagree with the legend's.
 */
import { compareNames } from '$lib/i18n/collate';
import { INCOME_GROUPS, REGIONS, SURVEYS } from '$lib/data/schema';
import { SAFE_ONLINE_KEYS, attributeKey, mapColouring, type MapColouring } from './palette';
import type { CapabilityChoice, MapColour, MapCountryRow, MapSort } from './types';

export interface MapModel {
	/** In the list's order (the map's marks keep name order, see layout.ts). */
	rows: MapCountryRow[];
	colour: MapColour;
	colouring: MapColouring;
	sort: MapSort;
	/** The capability the counts are for, or null for all. */
	capability: CapabilityChoice | null;
}

const byName = (a: MapCountryRow, b: MapCountryRow) => compareNames(a.name, b.name);

/** The legend's order of each category attribute (regions: code order, which is name order). */
const LEGEND_ORDER: Record<Exclude<MapColour, 'mentions'>, readonly string[]> = {
	income: INCOME_GROUPS,
	region: REGIONS,
	survey: SURVEYS,
	safeonline: SAFE_ONLINE_KEYS
};

/** A row's place in the legend's order for a colour (smaller first); counts largest first. */
function rankOf(row: MapCountryRow, colour: MapColour): number {
	return colour === 'mentions'
		? -row.mentions
		: LEGEND_ORDER[colour].indexOf(attributeKey(row, colour));
}

/** The list's order: by name, by the coloured attribute (legend order), or most named first. */
export function sortCountries(
	rows: MapCountryRow[],
	colour: MapColour,
	sort: MapSort
): MapCountryRow[] {
	const key: (r: MapCountryRow) => number =
		sort === 'mentions'
			? (r) => -r.mentions
			: sort === 'attribute'
				? (r) => rankOf(r, colour)
				: () => 0;
	return [...rows].sort((a, b) => key(a) - key(b) || byName(a, b));
}

export function mapModel(
	rows: MapCountryRow[],
	state: { colour: MapColour; sort: MapSort },
	capability: CapabilityChoice | null
): MapModel {
	return {
		rows: sortCountries(rows, state.colour, state.sort),
		colour: state.colour,
		colouring: mapColouring(rows, state.colour),
		sort: state.sort,
		capability
	};
}
