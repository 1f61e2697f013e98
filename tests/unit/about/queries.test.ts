// The about page's queries run on the published tables and say what the page says they do.
import { describe, expect, it } from 'vitest';
import { query as q } from '../fixture/dataset';
import { aboutSql } from '../../../src/lib/query/about';
import {
	discrepanciesWithPrintings,
	groupAmbiguous,
	type AmbiguousRow,
	type DiscrepancyRow,
	type PrintingRow
} from '../../../src/lib/views/findings';

describe('about queries', () => {
	it('split the 42 countries 17 / 25 by survey', async () => {
		expect(await q(aboutSql.surveys())).toEqual([{ countries: 42, alliance: 17, unicef: 25 }]);
	});

	it('give income groups and regions in order, each matching the printed totals', async () => {
		type Row = { code: string; countries: number; countries_printed: number };
		const income = await q<Row>(aboutSql.incomeGroups());
		expect(income.map((r) => r.code)).toEqual(['HIC', 'UMIC', 'LMIC', 'LIC']);
		const regions = await q<Row>(aboutSql.regions());
		expect(regions).toHaveLength(9);
		for (const r of [...income, ...regions]) expect(r.countries, r.code).toBe(r.countries_printed);
		expect(regions.reduce((s, r) => s + r.countries, 0)).toBe(42);
	});

	it('name the Alliance respondents that are not high-income', async () => {
		const rows = await q<{ name: string }>(aboutSql.allianceNotHighIncome());
		expect(rows.map((r) => r.name)).toEqual(['Nepal', 'Ukraine']);
	});

	it('pair every discrepancy with its printings, at least one of which disagrees', async () => {
		const found = discrepanciesWithPrintings(
			await q<DiscrepancyRow>(aboutSql.discrepancies()),
			await q<PrintingRow>(aboutSql.discrepancyPrintings())
		);
		expect(found.map((d) => d.indicator_id)).toEqual([
			'c09-child-protection-workforce',
			'c20-media-reporting-support'
		]);
		for (const d of found) expect(d.printings.some((p) => p.agrees === false)).toBe(true);
	});

	it('group the ambiguous figures by their shared reason without losing any', async () => {
		const rows = await q<AmbiguousRow>(aboutSql.ambiguous());
		const groups = groupAmbiguous(rows);
		expect(groups.flatMap((g) => g.figures)).toHaveLength(rows.length);
		const fig4 = groups.find((g) => g.source_ref.startsWith('Figure 4'))!;
		expect(fig4.figures).toHaveLength(7);
		expect(fig4.candidates).toEqual(['100', '93', '87', '80']);
	});

	it('count the dataset', async () => {
		const [c] = await q<Record<string, number>>(aboutSql.datasetCounts());
		expect(c.stated + c.derived + c.ambiguous).toBe(c.indicators);
		expect(c.discrepancies).toBe(2);
		expect(c.headline_max_n).toBe(42);
		expect(c.mnr_use_n).toBe(39);
	});
});
