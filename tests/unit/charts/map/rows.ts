// Rows and places for the map's table-driven tests: one review country and one place on the
// drawing, with defaults a test overrides field by field.
import type { MapPlace } from '../../../../src/lib/charts/map/projection';
import type { MapCountryRow } from '../../../../src/lib/charts/map/types';

/** A review country with defaults. */
export function mapRow(over: Partial<MapCountryRow> = {}): MapCountryRow {
	return {
		iso3: 'AAA',
		name: 'Aland',
		map_iso3: 'AAA',
		income_group: 'HIC',
		income_group_name: 'High-income economies',
		region: 'WE',
		region_name: 'Western Europe',
		survey: 'alliance',
		safe_online: false,
		safe_online_scope: null,
		mentions: 0,
		capability_id: null,
		income_group_ref: 'Footnote 31, lines 967-968',
		region_ref: 'Table 2, lines 300-310',
		survey_ref: 'Annex, lines 2010-2020',
		safe_online_ref: 'Box 4, lines 1200-1210',
		source_ref: 'Footnote 30, lines 962-965',
		...over
	};
}

/** A country's place on the drawing (a shape, not a marker, by default). */
export const mapPlace = (over: Partial<MapPlace> = {}): MapPlace => ({
	atlas_id: '826',
	shape: true,
	x: 480,
	y: 100,
	area: 300,
	marker: false,
	...over
});
