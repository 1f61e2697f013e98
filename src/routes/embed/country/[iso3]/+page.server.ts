// One country's chart (how often the review names it as an example), default view prerendered
// for each of the review's countries, like its page.
import { nodeEngine } from '$lib/server/nodeEngine';
import { countryEntries, countryFromParam } from '$lib/server/pageData';
import { defaults } from '$lib/url/viewState.svelte';
import { countryChartSql, countryParams } from '$lib/charts/country/view';
import type { CountryMentionCount } from '$lib/charts/country/layout';

export const entries = countryEntries;

export async function load({ params }) {
	const country = await countryFromParam(params.iso3);
	const counts = await nodeEngine.query<CountryMentionCount>(
		countryChartSql(country.iso3, defaults(countryParams))
	);
	return { country: { iso3: country.iso3, name: country.name }, counts };
}
