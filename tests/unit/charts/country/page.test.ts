// A country page's chart and facts as the page wires them, on the real dataset: the facts in the
// order the page lists them, and the chart definition's query, model and meta for one country.
import { describe, expect, it } from 'vitest';
import { copy } from '$lib/copy';
import { mapSql } from '$lib/charts/map/query';
import { countryFacts } from '$lib/charts/country/view';
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
