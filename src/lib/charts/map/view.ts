/**
 * The world map as a view: its URL parameters, the query for a state, and the words and rows that
 * travel with the chart (title, subtitle with n, notes, alt text, table rows with sources).
 */
import { compareNames } from '$lib/i18n/collate';
import { copy } from '$lib/copy';
import { tableColumnsOf } from '$lib/copy/en/tableColumns';
import { mapSql, type MapQuery } from '$lib/charts/map/query';
import { MAP_COLOURS, MAP_SORTS } from '$lib/charts/map/types';
import { attributeLabel, attributeRef } from '$lib/charts/map/palette';
import { drawnAsNote } from '$lib/charts/map/card';
import type { CapabilityChoice, MapColour, MapCountryRow } from '$lib/charts/map/types';
import type { MapPlace } from '$lib/charts/map/projection';
import type { ChartMeta } from '$lib/export/meta';
import type { ParamState } from '$lib/url/params';
import { CAPABILITY_IDS, isCapabilityId } from '$lib/data/ids';

export const mapParams = {
	colour: { values: MAP_COLOURS, default: 'income' },
	capability: { values: isCapabilityId, default: null, choices: CAPABILITY_IDS },
	sort: { values: MAP_SORTS, default: 'name' }
} as const;

export type MapState = ParamState<typeof mapParams>;

export function mapQuery(s: MapState): MapQuery {
	return { capabilityId: s.capability === null ? null : Number(s.capability) };
}

export const mapCountriesSql = (s: MapState) => mapSql.countries(mapQuery(s));

/** The capability a state counts mentions for, or null for all. */
export function chosenCapability(
	s: MapState,
	capabilities: CapabilityChoice[]
): CapabilityChoice | null {
	if (s.capability === null) return null;
	return capabilities.find((c) => c.capability_id === Number(s.capability)) ?? null;
}

/** Names of the countries with a marker (too small to see), in name order. */
export function markedCountries(rows: MapCountryRow[], places: Record<string, MapPlace>): string[] {
	return rows
		.filter((r) => places[r.map_iso3]?.marker)
		.map((r) => r.name)
		.sort((a, b) => compareNames(a, b));
}

function altText(rows: MapCountryRow[], colour: MapColour, scope: string): string {
	if (colour !== 'mentions') {
		const counts = new Map<string, number>();
		for (const r of rows) {
			const label = attributeLabel(r, colour);
			counts.set(label, (counts.get(label) ?? 0) + 1);
		}
		const parts = [...counts].map(([label, n]) => `${copy.map.countriesUnit(n)} ${label}`);
		return copy.map.alt.categories(copy.map.colours[colour], parts);
	}
	const named = rows.filter((r) => r.mentions > 0).sort((a, b) => b.mentions - a.mentions);
	if (!named.length) return copy.map.alt.noneNamed(scope);
	const most = named
		.slice(0, 3)
		.map((r) => `${r.name} (${r.mentions})`)
		.join(', ');
	const unnamed = rows
		.filter((r) => r.mentions === 0)
		.map((r) => r.name)
		.sort((a, b) => compareNames(a, b));
	return copy.map.alt.mentions(
		scope,
		most,
		copy.map.alt.leastNamed(unnamed.slice(0, 5), unnamed.length)
	);
}

export function mapMeta(
	rows: MapCountryRow[],
	s: MapState,
	search: string,
	context: { capabilities: CapabilityChoice[]; places: Record<string, MapPlace> }
): ChartMeta {
	const { colour } = s;
	const capability = chosenCapability(s, context.capabilities);
	const scope = copy.map.scope(capability);
	const total = rows.reduce((sum, r) => sum + r.mentions, 0);
	const alliance = rows.filter((r) => r.survey === 'alliance').length;
	const marked = markedCountries(rows, context.places);
	const notes: string[] = [
		...rows.map((r) => drawnAsNote(r.iso3)).filter((n): n is string => n !== null),
		...(marked.length ? [copy.map.notes.markers(marked)] : []),
		...(colour === 'mentions' ? [copy.map.notes.countRule, copy.map.notes.notRating] : []),
		...(colour === 'safeonline' ? [copy.map.notes.safeOnlineScope] : []),
		...(colour === 'income' ? [copy.map.notes.income] : []),
		...(colour === 'region' ? [copy.map.notes.region] : [])
	];
	return {
		id: 'map',
		title: copy.map.title[colour],
		subtitle:
			colour === 'mentions'
				? copy.map.subtitleMentions(rows.length, total, scope)
				: copy.map.subtitle(rows.length, alliance, rows.length - alliance),
		notes,
		altText: altText(rows, colour, scope),
		columns: tableColumnsOf(
			[
				'iso3',
				'name',
				'income_group',
				'region',
				'survey',
				'safe_online',
				'safe_online_scope',
				'mentions',
				'capability_id',
				'map_iso3',
				'attribute_ref',
				'source_ref'
			],
			{ name: 'country', capability_id: 'capabilityCounted' }
		),
		// The table's columns name what it shows: the colour's source, not all four the rows carry.
		rows: rows.map((r) => ({
			...r,
			capability_id: r.capability_id ?? 'all',
			attribute_ref: attributeRef(r, colour)
		})),
		search,
		path: '/map'
	};
}
