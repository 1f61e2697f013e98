// The heatmap's default view, prerendered like the capabilities page's (no engine needed).
import { nodeEngine } from '$lib/server/nodeEngine';
import { sql } from '$lib/query/sql';
import { defaults } from '$lib/url/viewState.svelte';
import { heatmapParams, heatmapSql } from '$lib/charts/heatmap/view';
import type { HeatmapRow } from '$lib/charts/heatmap/model';
import type { IncomeGroupRow, RegionRow } from '$lib/data/types';

export async function load() {
	const [rows, incomeGroups, regions] = await Promise.all([
		nodeEngine.query<HeatmapRow>(heatmapSql(defaults(heatmapParams))),
		nodeEngine.query<IncomeGroupRow>(sql.table('income_groups', 'income_group')),
		nodeEngine.query<RegionRow>(sql.table('regions', 'name'))
	]);
	return { rows, incomeGroups, regions };
}
