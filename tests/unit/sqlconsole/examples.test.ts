// Every example query runs on the published tables, passes the console's guard, fits in a link,
// and returns what its title promises.
import { describe, expect, it } from 'vitest';
import { query } from '../fixture/dataset';
import { EXAMPLE_QUERIES, type ExampleId } from '../../../src/lib/query/data';
import { checkStatement } from '../../../src/lib/sqlconsole/statement';
import { sqlFitsUrl } from '../../../src/lib/sqlconsole/limits';
import { copy } from '../../../src/lib/copy';

const run = (id: ExampleId) => query(EXAMPLE_QUERIES[id]);

describe('example queries', () => {
	it.each(Object.keys(EXAMPLE_QUERIES) as ExampleId[])(
		'%s is runnable, titled and shareable',
		async (id) => {
			expect(checkStatement(EXAMPLE_QUERIES[id])).toBeNull();
			expect(sqlFitsUrl(EXAMPLE_QUERIES[id])).toBe(true);
			expect(copy.data.console.examples[id].title).toBeTruthy();
			expect((await run(id)).length).toBeGreaterThan(0);
		}
	);

	it('coverage has one row per capability', async () => {
		expect(await run('coverage')).toHaveLength(21);
	});

	it('domains covers the six domains and all 21 capabilities', async () => {
		const rows = await run('domains');
		expect(rows).toHaveLength(6);
		expect(rows.reduce((s, r) => s + Number(r.capabilities), 0)).toBe(21);
	});

	it('discrepancies lists the disagreeing printings of c09 and c20', async () => {
		const ids = (await run('discrepancies')).map((r) => r.indicator_id);
		expect(new Set(ids)).toEqual(
			new Set(['c09-child-protection-workforce', 'c20-media-reporting-support'])
		);
	});

	it('income lists only high- and low/middle-income figures', async () => {
		const rows = await run('income');
		expect(new Set(rows.map((r) => r.population))).toEqual(new Set(['hic', 'lmic']));
	});

	it('ambiguous figures carry no count', async () => {
		for (const r of await run('ambiguous')) expect(r).not.toHaveProperty('yes');
	});

	it('composition adds up to 42 countries, 17 + 25 by survey', async () => {
		const rows = await run('composition');
		expect(rows.map((r) => r.income_group)).toEqual(['HIC', 'UMIC', 'LMIC', 'LIC']);
		const sum = (k: string) => rows.reduce((s, r) => s + Number(r[k]), 0);
		expect([sum('countries'), sum('alliance_survey'), sum('unicef_study')]).toEqual([42, 17, 25]);
	});
});
