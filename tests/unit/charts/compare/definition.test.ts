// /compare's chart through its definition, as chartView runs it on the page and ChartEmbed on the
// embed: the query of a state, the model of its rows, and meta that follows the state the rows
// answer (not whatever the reader picked since).
import { describe, expect, it } from 'vitest';
import { compareChart } from '$lib/charts/compare/definition';
import { compareQueries, type ComparisonRow } from '$lib/charts/compare/query';
import { defaults } from '$lib/url/viewState.svelte';
import { CAPABILITY_IDS } from '$lib/data/ids';
import { query } from '../../fixture/dataset';

const all = defaults(compareChart.params);

describe('compareChart', () => {
	it('asks for every comparison in the order chosen; a capability is chosen from those rows, with no query', () => {
		expect(compareChart.sql(all)).toBe(compareQueries.comparisons('mnr'));
		expect(compareChart.sql({ capability: '12', sort: 'gap' })).toBe(
			compareQueries.comparisons('gap')
		);
		for (const capability of [null, ...CAPABILITY_IDS])
			expect(compareChart.sql({ capability, sort: 'mnr' })).toBe(compareChart.sql(all));
	});

	it.each(CAPABILITY_IDS.map(Number))(
		"capability %i: its comparisons are the groups the review splits for it, in the rows' order",
		async (id) => {
			const state = { capability: String(id), sort: 'gap' } as const;
			const rows = await query<ComparisonRow>(compareChart.sql(state));
			const model = compareChart.model({ rows, state });
			// Worked out apart from the chart: the figures split into two or more groups of countries.
			const expected = await query<{ group_id: string }>(`
				SELECT coalesce(parent_id, indicator_id) AS group_id FROM indicators
				WHERE population IN ('hic', 'lmic', 'alliance', 'unicef') AND capability_id = ${id}
				GROUP BY ALL HAVING count(DISTINCT population) > 1`);
			expect(model.groups.map((g) => g.key).sort()).toEqual(expected.map((r) => r.group_id).sort());
			expect(model.groups.every((g) => g.capabilityId === id)).toBe(true);
			const everyCapability = compareChart.model({ rows, state: { ...state, capability: null } });
			const keys = model.groups.map((g) => g.key);
			expect(everyCapability.groups.map((g) => g.key).filter((k) => keys.includes(k))).toEqual(
				keys
			);
		}
	);

	it('draws the prerendered rows as groups headed by their capability, every bar in the table', async () => {
		const rows = await query<ComparisonRow>(compareChart.sql(all));
		const model = compareChart.model({ rows, state: all });
		expect(model.groups.length).toBeGreaterThan(0);
		for (const g of model.groups)
			if (g.capabilityId !== null) expect(g.label).toMatch(new RegExp(`^${g.capabilityId}\\. `));
		const meta = compareChart.meta(model, { rows, state: all }, '');
		expect(meta).toMatchObject({ id: 'compare', path: '/compare', search: '' });
		expect(meta.rows).toHaveLength(model.groups.reduce((n, g) => n + g.bars.length, 0));
		expect(meta.subtitle).not.toContain('only.');
	});

	it('words the meta for the state its rows answer', async () => {
		const state = { capability: '12', sort: 'mnr' } as const;
		const rows = await query<ComparisonRow>(compareChart.sql(state));
		const model = compareChart.model({ rows, state });
		const meta = compareChart.meta(model, { rows, state }, '?capability=12');
		expect(model.groups.every((g) => g.capabilityId === 12)).toBe(true);
		expect(meta.subtitle).toContain('Capability 12 only.');
		expect(meta.search).toBe('?capability=12');
	});
});
