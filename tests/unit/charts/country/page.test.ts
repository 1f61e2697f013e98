// A country page's chart and facts as the page wires them, on the real dataset: the facts in the
// order the page lists them, and the chart definition's query, model and meta for one country.
import { describe, expect, it } from 'vitest';
import { copy } from '$lib/copy';
import { mapSql } from '$lib/charts/map/query';
import { countryFacts } from '$lib/charts/country/view';
import { countryChart } from '$lib/charts/country/definition';
import type { CountryMentionCount } from '$lib/charts/country/layout';
import { defaults } from '$lib/url/viewState.svelte';
import type { Country } from '$lib/data/types';
import { query } from '../../fixture/dataset';

type Profile = Country & { income_group_name: string; region_name: string };

describe('countryFacts', () => {
	it('lists income group, region, survey, Safe Online funding and name, each with its source', async () => {
		const [gbr] = await query<Profile>(mapSql.country('GBR'));
		const facts = countryFacts(gbr);
		const t = copy.map.country.facts;
		expect(facts.map((f) => f.label)).toEqual([
			t.income,
			t.region,
			t.survey,
			t.safeOnline,
			t.listed
		]);
		expect(facts[0]).toEqual({
			label: t.income,
			value: gbr.income_group_name,
			ref: gbr.income_group_ref
		});
		expect(facts[2].value).toBe(copy.map.survey[gbr.survey]);
		expect(facts.at(-1)).toEqual({
			label: t.listed,
			value: 'England and Wales',
			ref: gbr.source_ref
		});
		expect(facts.every((f) => f.ref.length > 0)).toBe(true);
	});
});

describe('countryChart', () => {
	const gbr = { iso3: 'GBR', name: 'England and Wales' };
	it('asks for the country’s own counts, per capability by default or per domain', () => {
		expect(countryChart.sql(defaults(countryChart.params), gbr)).toBe(
			mapSql.countryMentionCounts('GBR', 'capability')
		);
		expect(countryChart.sql({ by: 'domain' }, gbr)).toBe(
			mapSql.countryMentionCounts('GBR', 'domain')
		);
	});

	it('draws the prerendered rows as they come and words the meta for the country and state', async () => {
		const state = defaults(countryChart.params);
		const rows = await query<CountryMentionCount>(countryChart.sql(state, gbr));
		expect(rows).toHaveLength(21);
		const model = countryChart.model({ rows, state }, gbr);
		expect(model).toBe(rows);
		const meta = countryChart.meta(model, { rows, state }, '?by=capability', gbr);
		expect(meta).toMatchObject({
			id: 'country',
			title: copy.map.country.chartTitle('England and Wales'),
			path: '/countries/GBR',
			search: '?by=capability'
		});
		expect(meta.rows.every((r) => r.iso3 === 'GBR')).toBe(true);
		const byDomain = { by: 'domain' } as const;
		const domains = await query<CountryMentionCount>(countryChart.sql(byDomain, gbr));
		expect(countryChart.meta(domains, { rows: domains, state: byDomain }, '', gbr).title).toBe(
			copy.map.country.chartTitleDomain('England and Wales')
		);
	});
});
