/**
 * How the map colours a country, and the legend that explains it. Pure functions of the rows, so
 * the prerender, the browser and the tests agree.
 *
 * Colours come from the charts' palette (kit/palette.ts: one colour per meaning on every page):
 * income groups and surveys as everywhere else, regions in Paul Tol's "muted" set, counts in
 * binned viridis; zero gets a hatch so it can never be mistaken for the muted grey of countries
 * outside the review.
 */
import { copy } from '$lib/copy';
import { INCOME_GROUPS, REGIONS, SURVEYS } from '$lib/data/schema';
import type { MapColour, MapCountryRow, SafeOnlineKey } from './types';
import {
	INCOME_MEANING,
	MEANINGS,
	OKABE_ITO,
	REGION_COLOURS,
	SURVEY_MEANING,
	VIRIDIS_BINS
} from '../kit/palette';

/** Id of the hatch pattern the map defines for "named 0 times". */
export const ZERO_PATTERN_ID = 'wm-zero';
export const ZERO_FILL = `url(#${ZERO_PATTERN_ID})`;

// The map draws in the light values in both schemes (its fills are attributes, not CSS).
const INCOME_FILL: Record<string, string> = Object.fromEntries(
	INCOME_GROUPS.map((g) => [g, MEANINGS[INCOME_MEANING[g]].light])
);
const SURVEY_FILL: Record<string, string> = Object.fromEntries(
	SURVEYS.map((s) => [s, MEANINGS[SURVEY_MEANING[s]].light])
);
export const SAFE_ONLINE_KEYS: readonly SafeOnlineKey[] = [
	'global',
	'regional',
	'unspecified',
	'none'
];
const SAFE_ONLINE_FILL: Record<SafeOnlineKey, string> = {
	global: OKABE_ITO.blue,
	regional: OKABE_ITO.skyBlue,
	unspecified: OKABE_ITO.bluishGreen,
	none: OKABE_ITO.reddishPurple
};
const REGION_FILL: Record<string, string> = REGION_COLOURS;

export function safeOnlineKey(
	row: Pick<MapCountryRow, 'safe_online' | 'safe_online_scope'>
): SafeOnlineKey {
	if (!row.safe_online) return 'none';
	return row.safe_online_scope ?? 'unspecified';
}

/** A range of counts sharing one colour. */
export interface CountBin {
	from: number;
	to: number;
	fill: string;
}

// Lower bounds of the bins for larger counts: roughly doubling, so a few countries named very
// often do not wash out the many named a handful of times.
const BIN_STARTS = [1, 3, 6, 11, 21, 51, 101];

/**
 * Colour bins for counts 1..max: one per value up to 5, otherwise ranges starting at 1, 3, 6,
 * 11, 21… (at most 7 bins). Darker means more.
 */
export function countBins(max: number): CountBin[] {
	if (max < 1) return [];
	const starts =
		max <= 5 ? Array.from({ length: max }, (_, i) => i + 1) : BIN_STARTS.filter((s) => s <= max);
	const fills = VIRIDIS_BINS[starts.length - 1];
	return starts.map((from, i) => ({
		from,
		to: i + 1 < starts.length ? starts[i + 1] - 1 : max,
		fill: fills[i]
	}));
}

/** The key of a row under a colour attribute (for counts, its bin's label). */
export function attributeKey(row: MapCountryRow, colour: MapColour, bins: CountBin[] = []): string {
	switch (colour) {
		case 'income':
			return row.income_group;
		case 'region':
			return row.region;
		case 'survey':
			return row.survey;
		case 'safeonline':
			return safeOnlineKey(row);
		case 'mentions': {
			if (row.mentions === 0) return '0';
			const bin = bins.find((b) => row.mentions >= b.from && row.mentions <= b.to);
			return bin ? binLabel(bin) : String(row.mentions);
		}
	}
}

export function binLabel(bin: Pick<CountBin, 'from' | 'to'>): string {
	return bin.from === bin.to ? String(bin.from) : `${bin.from}–${bin.to}`;
}

/**
 * Where the review prints the attribute a colour shows (none for the count of examples, which is
 * ours): the map's rows carry every attribute's source, so a change of colour needs no query.
 */
const ATTRIBUTE_REF = {
	income: 'income_group_ref',
	region: 'region_ref',
	survey: 'survey_ref',
	safeonline: 'safe_online_ref',
	mentions: null
} as const satisfies Record<MapColour, keyof MapCountryRow | null>;

export function attributeRef(row: MapCountryRow, colour: MapColour): string | null {
	const column = ATTRIBUTE_REF[colour];
	return column === null ? null : row[column];
}

/** Human-readable value of a row's attribute. */
export function attributeLabel(row: MapCountryRow, colour: MapColour): string {
	switch (colour) {
		case 'income':
			return row.income_group_name;
		case 'region':
			return row.region_name;
		case 'survey':
			return copy.map.survey[row.survey];
		case 'safeonline':
			return copy.map.safeOnline[safeOnlineKey(row)];
		case 'mentions':
			return String(row.mentions);
	}
}

export interface LegendItem {
	key: string;
	label: string;
	fill: string;
	/** How many of the shown countries fall in it. */
	count: number;
}

/** The fill of each row and the legend for a colour attribute. */
export interface MapColouring {
	fillOf(row: MapCountryRow): string;
	legend: LegendItem[];
}

export function mapColouring(rows: MapCountryRow[], colour: MapColour): MapColouring {
	const countOf = (key: string, bins: CountBin[] = []) =>
		rows.filter((r) => attributeKey(r, colour, bins) === key).length;

	if (colour === 'mentions') {
		const bins = countBins(Math.max(0, ...rows.map((r) => r.mentions)));
		const fillOf = (r: MapCountryRow) =>
			r.mentions === 0 ? ZERO_FILL : (bins.find((b) => r.mentions <= b.to)?.fill ?? ZERO_FILL);
		const legend: LegendItem[] = [
			{ key: '0', label: copy.map.zero, fill: ZERO_FILL, count: countOf('0') },
			...bins.map((b) => ({
				key: binLabel(b),
				label: binLabel(b),
				fill: b.fill,
				count: countOf(binLabel(b), bins)
			}))
		];
		return { fillOf, legend };
	}

	const categories: { keys: readonly string[]; fills: Record<string, string> } = {
		income: { keys: INCOME_GROUPS, fills: INCOME_FILL },
		region: { keys: REGIONS, fills: REGION_FILL },
		survey: { keys: SURVEYS, fills: SURVEY_FILL },
		safeonline: { keys: SAFE_ONLINE_KEYS, fills: SAFE_ONLINE_FILL }
	}[colour];
	const labelOf = (key: string) => {
		const row = rows.find((r) => attributeKey(r, colour) === key);
		return row ? attributeLabel(row, colour) : key;
	};
	return {
		fillOf: (r) => categories.fills[attributeKey(r, colour)],
		legend: categories.keys
			.map((key) => ({
				key,
				label: labelOf(key),
				fill: categories.fills[key],
				count: countOf(key)
			}))
			.filter((item) => item.count > 0)
	};
}
