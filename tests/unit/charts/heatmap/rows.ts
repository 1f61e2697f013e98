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
