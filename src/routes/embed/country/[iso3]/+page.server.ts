// One country's chart (how often the review names it as an example), default view prerendered
// for each of the review's countries, like its page.
import { error } from '@sveltejs/kit';
import { copy } from '$lib/copy';
import { nodeEngine } from '$lib/server/nodeEngine';
import { sql } from '$lib/query/sql';
import { mapSql } from '$lib/query/map';
import { defaults } from '$lib/url/viewState.svelte';
import { countryChartSql, countryParams } from '$lib/views/country';
import type { CountryMentionCount } from '$lib/charts/country/layout';

export async function entries() {
	const rows = await nodeEngine.query<{ iso3: string }>(sql.table('countries', 'iso3'));
	return rows.map((r) => ({ iso3: r.iso3 }));
}

export async function load({ params }) {
	const [country] = /^[A-Z]{3}$/.test(params.iso3)
		? await nodeEngine.query<{ iso3: string; name: string }>(mapSql.country(params.iso3))
		: [];
	if (!country) error(404, copy.map.country.notFound(params.iso3));
	const counts = await nodeEngine.query<CountryMentionCount>(
		countryChartSql(country.iso3, defaults(countryParams))
	);
	return { country: { iso3: country.iso3, name: country.name }, counts };
}
