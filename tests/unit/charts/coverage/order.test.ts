import { describe, expect, it } from 'vitest';
import { query } from '../../fixture/dataset';
import { orderCoverage } from '../../../../src/lib/charts/coverage/order';
import {
	coverageParams,
	coverageSql,
	type CoverageState
} from '../../../../src/lib/charts/coverage/view';
import type { CoverageRow } from '../../../../src/lib/charts/coverage/layout';

/**
 * The order the overview's query used to ask DuckDB for, before the chart sorted its own rows:
 * the reference the browser's order must match for every state.
 */
function referenceSql(s: CoverageState): string {
	const byValue =
		s.sort === 'high'
			? 'i.pct DESC NULLS LAST, '
			: s.sort === 'low'
				? 'i.pct ASC NULLS LAST, '
				: '';
	const keys = [
		s.group === 'none' ? '' : 'k.domain_id, ',
		s.sort === 'mnr' ? '' : '(i.pct IS NULL), ',
		byValue,
		'k.capability_id'
	];
	return `SELECT k.capability_id FROM capabilities k
		LEFT JOIN indicators i ON i.capability_id = k.capability_id AND i.headline
		WHERE ${s.domain === null ? 'TRUE' : `k.domain_id = ${Number(s.domain)}`}
		ORDER BY ${keys.join('')}`;
}

const states: CoverageState[] = coverageParams.sort.values.flatMap((sort) =>
	coverageParams.group.values.flatMap((group) =>
		[null, ...coverageParams.domain.choices].map((domain) => ({ sort, group, domain }))
	)
);

describe('coverage order', () => {
	it('matches the database order for every sort, grouping and domain', async () => {
		const rows = await query<CoverageRow>(coverageSql());
		expect(rows).toHaveLength(21);
		expect(states).toHaveLength(3 * 2 * 7);
		for (const state of states) {
			const want = (await query<{ capability_id: number }>(referenceSql(state))).map(
				(r) => r.capability_id
			);
			const got = orderCoverage(rows, state).map((r) => r.capability_id);
			expect(got, JSON.stringify(state)).toEqual(want);
		}
	});

	it('puts capabilities without a figure last in both directions, and leaves the rows alone', () => {
		const row = (capability_id: number, pct: number | null) =>
			({ capability_id, domain_id: 1, pct }) as CoverageRow;
		const rows = [row(1, null), row(2, 40), row(3, 90), row(4, 40)];
		const ids = (s: CoverageState['sort']) =>
			orderCoverage(rows, { sort: s, group: 'domain', domain: null }).map((r) => r.capability_id);
		expect(ids('high')).toEqual([3, 2, 4, 1]);
		expect(ids('low')).toEqual([2, 4, 3, 1]);
		expect(ids('mnr')).toEqual([1, 2, 3, 4]);
		expect(rows.map((r) => r.capability_id)).toEqual([1, 2, 3, 4]);
	});
});
