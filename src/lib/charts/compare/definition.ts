/** The population comparison (/compare, /embed/compare) behind the chart contract. */
import type { ChartDefinition } from '$lib/charts/kit/definition';
import type { ComparisonRow } from './query';
import { compareMeta, compareParams, compareSql, compareView, type CompareView } from './view';

export const compareChart: ChartDefinition<typeof compareParams, ComparisonRow, CompareView> = {
	id: 'compare',
	params: compareParams,
	sql: (state) => compareSql(state),
	model: ({ rows, state }) => compareView(rows, state.capability),
	meta: (model, { state }, search) => compareMeta(model, state, search)
};
