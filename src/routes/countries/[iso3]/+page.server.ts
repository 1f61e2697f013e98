import { nodeEngine } from '$lib/server/nodeEngine';
import { countryEntries, countryFromParam } from '$lib/server/pageData';
import { sql } from '$lib/query/sql';
import { mapSql } from '$lib/charts/map/query';
import { defaults } from '$lib/url/viewState.svelte';
import { countryChartSql, countryParams, type CountryMention } from '$lib/charts/country/view';
import type { CountryMentionCount } from '$lib/charts/country/layout';
import type { Capability, Domain } from '$lib/data/types';

export const entries = countryEntries;

export async function load({ params }) {
	const country = await countryFromParam(params.iso3);
	const [mentions, counts, capabilities, domains, names] = await Promise.all([
		nodeEngine.query<CountryMention>(sql.countryMentions(country.iso3)),
		nodeEngine.query<CountryMentionCount>(countryChartSql(country.iso3, defaults(countryParams))),
		nodeEngine.query<Capability>(sql.table('capabilities', 'capability_id')),
		nodeEngine.query<Domain>(sql.table('domains', 'domain_id')),
		nodeEngine.query<{ iso3: string; name: string }>(mapSql.countryNames())
	]);
	return {
		country,
		mentions,
		counts,
		capabilities: capabilities.map(({ capability_id, domain_id, name, short_name }) => ({
			capability_id,
			domain_id,
			name,
			short_name
		})),
		domains: domains.map(({ domain_id, name }) => ({ domain_id, name })),
		names
	};
}
