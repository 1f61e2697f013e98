/** The coverage snapshot (overview, /embed/coverage) behind the chart contract. */
import type { ChartDefinition } from '$lib/charts/kit/definition';
import type { CoverageRow } from './layout';
import { coverageMeta, coverageParams, coverageSql } from './view';
import { orderCoverage } from './order';

/** What the coverage chart draws: the rows, and whether domains are kept together. */
export interface CoverageModel {
	rows: CoverageRow[];
	grouped: boolean;
}

export const coverageChart: ChartDefinition<typeof coverageParams, CoverageRow, CoverageModel> = {
	id: 'coverage',
	params: coverageParams,
	sql: (state) => coverageSql(state),
	model: ({ rows, state }) => ({
		rows: orderCoverage(rows, state),
		grouped: state.group !== 'none'
	}),
	meta: (model, { state }, search) => coverageMeta(model.rows, state, search)
};
