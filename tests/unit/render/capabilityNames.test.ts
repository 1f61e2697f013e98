// A chart and its data table name each capability the same way (issue 13: "one short name per
// capability everywhere"). Both are rendered on the server from the page's own query on the
// shared dataset fixture: every capability label drawn in the chart must appear, as the table's
// "Capability" number and "Short name" cells, in the table the page shows beside it.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { query } from '../fixture/dataset';
import { defaults } from '../../../src/lib/url/viewState.svelte';
import CoverageChart from '../../../src/lib/charts/coverage/CoverageChart.svelte';
import CountryMentionsChart from '../../../src/lib/charts/country/CountryMentionsChart.svelte';
import DataTable from '../../../src/lib/components/DataTable.svelte';
import type { CoverageRow } from '../../../src/lib/charts/coverage/layout';
import type { CountryMentionCount } from '../../../src/lib/charts/country/layout';
import { coverageMeta, coverageParams, coverageSql } from '../../../src/lib/charts/coverage/view';
import { countryChartSql, countryMeta, countryParams } from '../../../src/lib/charts/country/view';
import type { ChartMeta } from '../../../src/lib/export/meta';

const decode = (s: string) =>
	s
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.trim();

/** The text of every <text class="label…"> in a rendered chart: its capability labels. */
function chartLabels(html: string): string[] {
	return [...html.matchAll(/<text[^>]*class="label[^"]*"[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
		decode(m[1])
	);
}

/** Each body row of the rendered table as "<Capability>. <Short name>". */
function tableNames(meta: ChartMeta): string[] {
	const { body } = render(DataTable, { props: { columns: meta.columns, rows: meta.rows } });
	const heads = [...body.matchAll(/<th[^>]*scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
		decode(m[1])
	);
	const id = heads.indexOf('Capability');
	const short = heads.indexOf('Short name');
	expect(id, 'a "Capability" column').toBeGreaterThanOrEqual(0);
	expect(short, 'a "Short name" column').toBeGreaterThanOrEqual(0);
	const rows = [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
		.map((m) => [...m[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => decode(c[1])))
		.filter((cells) => cells.length === heads.length && cells[id] !== 'Capability');
	return rows.map((cells) => `${cells[id]}. ${cells[short]}`);
}

describe('a chart and its table name each capability the same way', () => {
	it('coverage (the overview)', async () => {
		const s = defaults(coverageParams);
		const rows = await query<CoverageRow>(coverageSql(s));
		const { body } = render(CoverageChart, {
			props: { rows, grouped: s.group !== 'none', label: 'coverage' }
		});
		const drawn = chartLabels(body);
		expect(drawn).toHaveLength(21);
		expect(tableNames(coverageMeta(rows, s, ''))).toEqual(drawn);
	});

	it('a country page, capability by capability', async () => {
		const s = defaults(countryParams);
		const rows = await query<CountryMentionCount>(countryChartSql('GBR', s));
		const { body } = render(CountryMentionsChart, { props: { rows, label: 'country' } });
		const drawn = chartLabels(body);
		expect(drawn.length).toBeGreaterThan(0);
		const meta = countryMeta(rows, { iso3: 'GBR', name: 'United Kingdom' }, s, '');
		expect(tableNames(meta)).toEqual(drawn);
	});
});
