/** One country's mentions chart (/countries/XXX, /embed/country/XXX) behind the chart contract. */
import type { ChartDefinition } from '$lib/charts/kit/definition';
import type { CountryMentionCount } from './layout';
import { countryChartSql, countryMeta, countryParams } from './view';

/** The country the chart is about. */
export interface CountryContext {
	iso3: string;
	name: string;
}

export const countryChart: ChartDefinition<
	typeof countryParams,
	CountryMentionCount,
	CountryMentionCount[],
	CountryContext
> = {
	id: 'country',
	params: countryParams,
	sql: (state, country) => countryChartSql(country.iso3, state),
	model: ({ rows }) => rows,
	meta: (rows, { state }, search, country) => countryMeta(rows, country, state, search)
};
