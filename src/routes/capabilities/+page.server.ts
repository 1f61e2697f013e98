import { nodeEngine } from '$lib/server/nodeEngine';
import { sql } from '$lib/query/sql';
import { heatmapQueries } from '$lib/charts/heatmap/query';
import { defaults } from '$lib/url/viewState.svelte';
import { heatmapParams, heatmapSql } from '$lib/charts/heatmap/view';
import type { HeatmapRow } from '$lib/charts/heatmap/model';
import type { IncomeGroupRow, RegionRow } from '$lib/data/types';

export async function load() {
	const [rows, incomeGroups, regions, facets] = await Promise.all([
		nodeEngine.query<HeatmapRow>(heatmapSql(defaults(heatmapParams))),
		nodeEngine.query<IncomeGroupRow>(sql.table('income_groups', 'income_group')),
		nodeEngine.query<RegionRow>(sql.table('regions', 'name')),
		nodeEngine.query<{ facet: string; value: string; countries: number }>(
			heatmapQueries.countryFacets()
		)
	]);
	return { rows, incomeGroups, regions, facets };
}
