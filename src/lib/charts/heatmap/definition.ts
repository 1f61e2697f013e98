/** The capabilities heatmap (/capabilities, /embed/heatmap) behind the chart contract. */
import { copy } from '$lib/copy';
import type { ChartDefinition } from '$lib/charts/kit/definition';
import { heatmapModel, type HeatmapModel, type HeatmapRow } from './model';
import {
	breakdownOf,
	filterWords,
	heatmapMeta,
	heatmapParams,
	heatmapSql,
	type FilterNames
} from './view';

export const heatmapChart: ChartDefinition<
	typeof heatmapParams,
	HeatmapRow,
	HeatmapModel,
	FilterNames
> = {
	id: 'heatmap',
	params: heatmapParams,
	sql: (state) => heatmapSql(state),
	model: ({ rows, state }) => heatmapModel(rows, breakdownOf(state), copy.capabilities.populations),
	// The filters only apply to the countries breakdown, so only it names them in the subtitle.
	meta: (model, { rows, state }, search, names) =>
		heatmapMeta(
			model,
			rows,
			search,
			breakdownOf(state) === 'countries' ? filterWords(state, names) : ''
		)
};
