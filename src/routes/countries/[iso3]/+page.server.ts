import { error } from '@sveltejs/kit';
import { copy } from '$lib/copy';
import { nodeEngine } from '$lib/server/nodeEngine';
import { sql } from '$lib/query/sql';
import { mapSql } from '$lib/query/map';
import { defaults } from '$lib/url/viewState.svelte';
import { countryChartSql, countryParams, type CountryMention } from '$lib/views/country';
import type { CountryMentionCount } from '$lib/charts/country/layout';
import type { Capability, Country, Domain } from '$lib/data/types';

export type CountryProfile = Country & { income_group_name: string; region_name: string };

export async function entries() {
	const rows = await nodeEngine.query<{ iso3: string }>(sql.table('countries', 'iso3'));
	return rows.map((r) => ({ iso3: r.iso3 }));
}

export async function load({ params }) {
	const [country] = /^[A-Z]{3}$/.test(params.iso3)
		? await nodeEngine.query<CountryProfile>(mapSql.country(params.iso3))
		: [];
	if (!country) error(404, copy.map.country.notFound(params.iso3));
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
