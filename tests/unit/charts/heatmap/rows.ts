// A heatmap row for table-driven tests: every field empty (null) but the capability's, so a test
// sets only what it is about.
import { NO_FIGURE, type HeatmapRow } from '../../../../src/lib/charts/heatmap/model';

export const BLANK_ROW: HeatmapRow = {
	row_key: '1',
	row_label: 'Leadership',
	row_short: 'Leadership',
	row_group: 1,
	row_group_label: 'Policy and Governance',
	col_key: 'all',
	col_group: 1,
	col_label: null,
	col_group_label: null,
	capability_id: 1,
	...NO_FIGURE,
	mentions: null,
	others: 0,
	row_total: null
};

/** BLANK_ROW with the fields given. */
export const heatRow = (over: Partial<HeatmapRow> = {}): HeatmapRow => ({ ...BLANK_ROW, ...over });

/** The countries breakdown's rows for a few countries: each country's mentions of the first three
 * capabilities (two in domain 1, one in domain 2), in the order the countries query returns them. */
export function countryMentionRows(
	countries: readonly (readonly [iso3: string, name: string, counts: readonly number[]])[]
): HeatmapRow[] {
	return countries.flatMap(([iso3, name, counts]) =>
		counts.map((mentions, i) =>
			heatRow({
				row_key: iso3,
				row_label: name,
				row_short: iso3,
				row_group: null,
				row_group_label: null,
				col_key: String(i + 1),
				col_group: i < 2 ? 1 : 2,
				col_label: ['Leadership', 'Research', 'Law enforcement'][i],
				col_group_label: i < 2 ? 'Policy and Governance' : 'Criminal Justice',
				mentions,
				row_total: counts.reduce((a, b) => a + b, 0)
			})
		)
	);
}
