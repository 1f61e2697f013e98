// The capabilities area's SQL run by DuckDB (Node) on the real dataset, fed into the chart
// models: what the heatmap, the capability pages and /compare will draw.
import { describe, expect, it } from 'vitest';
import { query } from '../fixture/dataset';
import { capabilityQueries } from '../../../src/lib/charts/capability/query';
import { heatmapModel, type HeatmapRow } from '../../../src/lib/charts/heatmap/model';
import { comparisonGroups, singleGroupFigures } from '../../../src/lib/charts/compare/model';
import type { ComparisonRow } from '../../../src/lib/charts/compare/query';
import { copy } from '../../../src/lib/copy';
import { heatmapSql, heatmapParams } from '../../../src/lib/charts/heatmap/view';
import { compareParams, compareSql, compareView } from '../../../src/lib/charts/compare/view';
import { capabilityGroups, figureCoverage } from '../../../src/lib/charts/capability/view';
import type { Indicator } from '../../../src/lib/data/types';
import { parseParams } from '../../../src/lib/url/params';

const state = (search: string) => parseParams(heatmapParams, new URLSearchParams(search)).state;
const populations = copy.capabilities.populations;

describe('heatmap on the dataset', () => {
	it('overall: 21 capabilities, three without a headline shown as not reported', async () => {
		const rows = await query<HeatmapRow>(heatmapSql(state('breakdown=overall')));
		const model = heatmapModel(rows, 'overall', populations);
		expect(model.rows).toHaveLength(21);
		expect(model.cols.map((c) => c.key)).toEqual(['all']);
		const missing = model.cells.flat().filter((c) => c.kind === 'not-reported');
		expect(missing.map((c) => model.rows[c.r].key)).toEqual(['3', '17', '19']);
		expect(missing.every((c) => c.value === null)).toBe(true);
		const hotline = model.cells[model.rows.findIndex((r) => r.key === '12')][0];
		expect(hotline).toMatchObject({ kind: 'figure', value: 90 });
		expect([hotline.data.yes, hotline.data.n]).toEqual([38, 42]);
		const media = model.cells[model.rows.findIndex((r) => r.key === '20')][0];
		expect(media.caveats).toContain('discrepancy');
	});

	it('income: derived splits for 4, 6 and 7, ambiguous ones for 15, the rest not reported', async () => {
		const rows = await query<HeatmapRow>(heatmapSql(state('breakdown=income')));
		const model = heatmapModel(rows, 'income', populations);
		expect(model.cols.map((c) => c.key)).toEqual(['all', 'hic', 'lmic']);
		const at = (cap: string, col: number) =>
			model.cells[model.rows.findIndex((r) => r.key === cap)][col];
		expect([at('6', 1).value, at('6', 2).value]).toEqual([100, 56]);
		expect(at('7', 1)).toMatchObject({ kind: 'figure', value: 93, caveats: ['derived'] });
		expect(at('15', 1)).toMatchObject({ kind: 'ambiguous', value: null, candidates: ['14', '15'] });
		expect(at('12', 1)).toMatchObject({ kind: 'not-reported', value: null });
		// Legislation's high-income cell points at the eleven figures the capability page lists.
		expect(at('3', 1).data.others).toBe(11);
		const figures = model.cells.flat().filter((c) => c.kind === 'figure' && c.c > 0);
		expect(figures.every((c) => c.caveats.includes('derived'))).toBe(true);
	});

	it('countries: 42 × 21 counts of mentions, narrowed by the filters', async () => {
		const all = heatmapModel(
			await query<HeatmapRow>(heatmapSql(state('breakdown=countries'))),
			'countries',
			populations
		);
		expect(all.rows).toHaveLength(42);
		expect(all.cols).toHaveLength(21);
		expect(all.cells.flat().every((c) => c.kind === 'mentions' && c.value !== null)).toBe(true);
		const total = all.cells.flat().reduce((s, c) => s + (c.value ?? 0), 0);
		const [{ named }] = await query<{ named: number }>(
			'SELECT count(*)::INTEGER AS named FROM mentions WHERE capability_id IS NOT NULL'
		);
		expect(total).toBe(named);

		const lmic = heatmapModel(
			await query<HeatmapRow>(
				heatmapSql(state('breakdown=countries&income=LMIC&survey=unicef&order=mentions'))
			),
			'countries',
			populations
		);
		expect(lmic.rows).toHaveLength(9);
		const totals = lmic.rows.map((r) => r.total ?? 0);
		expect([...totals].sort((a, b) => b - a)).toEqual(totals);
	});
});

describe('compare on the dataset', () => {
	it('compares four figures by income group, and lists Legislation as one group only', async () => {
		const rows = await query<ComparisonRow>(
			compareSql(parseParams(compareParams, new URLSearchParams('')).state)
		);
		expect(comparisonGroups(rows).map((g) => g.key)).toEqual([
			'c04-law-enforcement',
			'c06-offender-management',
			'c07-icse-connected',
			'c15-offender-support'
		]);
		const single = singleGroupFigures(rows);
		expect(single).toHaveLength(12);
		expect(new Set(single.map((r) => r.capability_id))).toEqual(new Set([3]));
	});

	it('sorts by the gap between high-income and low- and middle-income, unknown gaps last', async () => {
		const rows = await query<ComparisonRow>(
			compareSql(parseParams(compareParams, new URLSearchParams('sort=gap')).state)
		);
		expect(comparisonGroups(rows).map((g) => g.capabilityId)).toEqual([6, 7, 4, 15]);
	});

	it('has no comparison for a capability the review does not break down', async () => {
		const state = parseParams(compareParams, new URLSearchParams('capability=12')).state;
		const rows = await query<ComparisonRow>(compareSql(state));
		expect(compareView(rows, state.capability).groups).toEqual([]);
	});

	it('finds no figure by region anywhere in the dataset', async () => {
		const rows = await query<{ population: string }>(
			'SELECT DISTINCT population FROM indicators WHERE capability_id IS NOT NULL'
		);
		expect(rows.map((r) => r.population).sort()).toEqual(['all', 'hic', 'lmic', 'unicef']);
	});
});

describe('capability pages on the dataset', () => {
	const indicators = (id: number) =>
		query<Indicator>(
			`SELECT * FROM indicators WHERE capability_id = ${id} ORDER BY headline DESC, parent_id NULLS FIRST, indicator_id`
		);

	it('says which capabilities have a headline, only group figures, or none', async () => {
		const kinds: Record<number, string> = {};
		for (let id = 1; id <= 21; id++) kinds[id] = figureCoverage(await indicators(id));
		expect(Object.entries(kinds).filter(([, k]) => k !== 'headline')).toEqual([
			['3', 'groups-only'],
			['17', 'none'],
			['19', 'none']
		]);
	});

	it('nests the hotline figures and puts readable figures before ambiguous ones', async () => {
		const hotline = capabilityGroups(await indicators(12));
		expect(hotline.map((g) => [g.key, g.depth])).toEqual([
			['c12-hotline', 0],
			['c12-inhope-member', 1],
			['c12-iwf-portal', 2],
			['c12-national-hotline-org', 2]
		]);
		const legislation = capabilityGroups(await indicators(3));
		const kinds = legislation.map((g) => g.bars[0].kind);
		expect(kinds.indexOf('ambiguous')).toBeGreaterThan(kinds.lastIndexOf('value'));
	});

	it('lists every printing of a figure with whether it agrees', async () => {
		const rows = await query<{ printed: string; agrees: boolean | null }>(
			capabilityQueries.printings(['c20-media-reporting-support'])
		);
		expect(rows.some((r) => r.agrees === false)).toBe(true);
		expect(rows.some((r) => r.agrees === true)).toBe(true);
	});
});
