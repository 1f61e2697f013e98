// The /terms filter exists twice, as SQL (DuckDB-WASM) and in TypeScript (while the engine
// starts, or where it cannot run): both must return the same terms in the same order.
import { beforeAll, describe, expect, it } from 'vitest';
import { query } from '../fixture/dataset';
import { filterTerms, termsSql, type TermsState } from '../../../src/lib/views/terms';
import { checkDataset } from './dataset';
import type { CheckTerm } from '../../../src/lib/check/types';

let terms: CheckTerm[];
beforeAll(async () => {
	terms = (await checkDataset()).terms;
}, 60_000);

describe('terms filter', () => {
	it.each<TermsState>([
		{ q: null, status: null },
		{ q: 'porn', status: null },
		{ q: 'PORN', status: 'avoid' },
		{ q: null, status: 'use-with-care' },
		{ q: "it's", status: null },
		{ q: 'self-generated', status: null },
		{ q: 'nothing like this', status: 'preferred' }
	])('SQL and TypeScript agree for %o', async (state) => {
		const sqlRows = (await query<CheckTerm>(termsSql(state))).map((r) => r.term);
		expect(filterTerms(terms, state).map((t) => t.term)).toEqual(sqlRows);
	});

	it('sorts ignoring quotation marks and case', () => {
		const order = terms.map((t) => t.term);
		expect(order.indexOf('‘self-produced’ CSAM')).toBeGreaterThan(
			order.indexOf('secondary victimization')
		);
		expect(order.indexOf('CSAM')).toBeGreaterThan(order.indexOf('compensation'));
	});
});
