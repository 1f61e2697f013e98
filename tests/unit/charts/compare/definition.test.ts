// /compare's chart through its definition, as chartView runs it on the page and ChartEmbed on the
// embed: the query of a state, the model of its rows, and meta that follows the state the rows
// answer (not whatever the reader picked since).
import { describe, expect, it } from 'vitest';
import { compareChart } from '$lib/charts/compare/definition';
import { compareQueries, type ComparisonRow } from '$lib/charts/compare/query';
import { defaults } from '$lib/url/viewState.svelte';
import { query } from '../../fixture/dataset';

const all = defaults(compareChart.params);

describe('compareChart', () => {
	it('asks for every comparison in MNR order by default, and for one capability when chosen', () => {
		expect(compareChart.sql(all)).toBe(compareQueries.comparisons(null, 'mnr'));
		expect(compareChart.sql({ capability: '12', sort: 'gap' })).toBe(
			compareQueries.comparisons(12, 'gap')
		);
	});

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
