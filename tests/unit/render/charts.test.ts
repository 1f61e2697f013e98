// Each chart's default view rendered on the server (`svelte/server`), wired as its page wires it:
// the page's own SQL on the shared dataset fixture, the page's own model and words (through the
// chart's definition where the page uses one). This is what the prerendered HTML holds, so "the
// chart renders without JavaScript" is checked here, in milliseconds, and the SVG is compared with
// a committed snapshot. The snapshots are made deterministic (see `stable`): Svelte's hydration
// markers and CSS-scope hashes are dropped, numbers are rounded to two decimals, and generated ids
// are renumbered in order of appearance.
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { query } from '../fixture/dataset';
import { copy } from '../../../src/lib/copy';
import { defaults } from '../../../src/lib/url/viewState.svelte';
import { mapSql } from '../../../src/lib/charts/map/query';
import { capabilityQueries } from '../../../src/lib/charts/capability/query';
import CoverageChart from '../../../src/lib/charts/coverage/CoverageChart.svelte';
import WorldMap from '../../../src/lib/charts/map/WorldMap.svelte';
import Heatmap from '../../../src/lib/charts/heatmap/Heatmap.svelte';
import GroupedBars from '../../../src/lib/charts/bars/GroupedBars.svelte';
import CountryMentionsChart from '../../../src/lib/charts/country/CountryMentionsChart.svelte';
import BarChartSvg from '../../../src/lib/charts/kit/BarChartSvg.svelte';
import HeatmapView from '../../../src/lib/charts/heatmap/HeatmapView.svelte';
import { BAR_CHART_FONT } from '../../../src/lib/charts/kit/barFrame';
import type { CoverageRow } from '../../../src/lib/charts/coverage/layout';
import type { CountryMentionCount } from '../../../src/lib/charts/country/layout';
import { heatmapModel, type HeatmapRow } from '../../../src/lib/charts/heatmap/model';
import type { ComparisonRow } from '../../../src/lib/charts/compare/query';
import { basemap, baseWorld, placesFor } from '../../../src/lib/charts/map/atlas';
import { mapColouring } from '../../../src/lib/charts/map/palette';
import type { CapabilityChoice, MapCountryRow } from '../../../src/lib/charts/map/types';
import { coverageMeta, coverageParams, coverageSql } from '../../../src/lib/charts/coverage/view';
import {
	chosenCapability,
	mapCountriesSql,
	mapMeta,
	mapParams
} from '../../../src/lib/charts/map/view';
import {
	breakdownOf,
	heatmapMeta,
	heatmapParams,
	heatmapSql
} from '../../../src/lib/charts/heatmap/view';
import { compareChart } from '../../../src/lib/charts/compare/definition';
import { capabilityChart } from '../../../src/lib/charts/capability/definition';
import type { CapabilityDetail } from '../../../src/lib/charts/capability/view';
import { countryChart } from '../../../src/lib/charts/country/definition';
import type { Indicator } from '../../../src/lib/data/types';
import ComparisonChart from '../../../src/lib/assess/ComparisonChart.svelte';
import { comparisonRows } from '../../../src/lib/assess/comparison';
import { chartMeta, domainCharts } from '../../../src/lib/assess/charts';
import { assessData } from '../assess/dataset';

/** Server-rendered HTML made comparable across runs and machines. */
export function stable(html: string): string {
	const ids = new Map<string, string>();
	let out = html
		// Svelte's hydration markers (<!--[-->, <!--[-1-->, <!--]-->, <!---->) carry no content.
		.replace(/<!--(?:\[[!\d-]*|\]|)-->/g, '')
		// {@html} markers are a hash of the inserted markup.
		.replace(/<!--[a-z0-9]{4,8}-->/g, '')
		// CSS-scope classes are hashes of the component's styles.
		.replace(/\s?svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '')
		.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));
	// Ids holding a digit may come from a counter ($props.id(), a running index): they are
	// renumbered in order of appearance, with every reference to them (href, url(), aria lists).
	for (const [, id] of out.matchAll(/\sid="([^"]*\d[^"]*)"/g))
		if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
	for (const [id, renamed] of ids)
		out = out.replace(
			new RegExp(`(["#])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(["\\s)])`, 'g'),
			`$1${renamed}$2`
		);
	return out.replace(/></g, '>\n<').trim() + '\n';
}

/** The rendered HTML holds an <svg> with this data-chart and the accessible name given. */
function expectChart(body: string, chart: string, label: string) {
	expect(body).toMatch(new RegExp(`<svg[^>]*data-chart="${chart}"`));
	expect(body).toContain(
		`aria-label="${label.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`
	);
}

describe('server render of each chart’s default view', () => {
	it('coverage: one bar per capability, with its share in words', async () => {
		const s = defaults(coverageParams);
		const rows = await query<CoverageRow>(coverageSql(s));
		const label = coverageMeta(rows, s, '').altText;
		const { body } = render(CoverageChart, {
			props: { rows, grouped: s.group !== 'none', label }
		});
		expectChart(body, 'coverage', label);
		expect(rows).toHaveLength(21);
		await expect(stable(body)).toMatchFileSnapshot('__snapshots__/coverage.html');
	});

	it('map: every review country drawn on the base map, coloured by income group', async () => {
		const s = defaults(mapParams);
		const [rows, capabilities] = await Promise.all([
			query<MapCountryRow>(mapCountriesSql(s)),
			query<CapabilityChoice>(mapSql.capabilityChoices())
		]);
		const places = placesFor(rows.map((r) => r.map_iso3));
		const world = baseWorld();
		const colour = s.colour;
		const label = mapMeta(rows, s, '', { capabilities, places }).altText;
		const shapes = basemap();
		const { body } = render(WorldMap, {
			props: {
				rows,
				places,
				colour,
				colouring: mapColouring(rows, colour),
				capability: chosenCapability(s, capabilities),
				width: world.width,
				height: world.height,
				basemap: shapes,
				label
			}
		});
		expectChart(body, 'map', label);
		expect(body).toContain(shapes);
		expect(rows).toHaveLength(42);
		// The base map's shapes are the atlas's business (tested in charts/map.test.ts), not this snapshot's.
		await expect(stable(body.replace(shapes, '<!-- base map -->'))).toMatchFileSnapshot(
			'__snapshots__/map.html'
		);
	});

	it('heatmap: capabilities by population, each cell a share', async () => {
		const s = defaults(heatmapParams);
		const rows = await query<HeatmapRow>(heatmapSql(s));
		const model = heatmapModel(rows, breakdownOf(s), copy.capabilities.populations);
		const label = heatmapMeta(model, rows, '', '').altText;
		const { body } = render(Heatmap, { props: { model, label, describedBy: 'heatmap-keys' } });
		expectChart(body, 'heatmap', label);
		await expect(stable(body)).toMatchFileSnapshot('__snapshots__/heatmap.html');
	});

	it('compare: high-income beside low- and middle-income, figure by figure', async () => {
		// Through the chart's definition, as chartView runs it on /compare.
		const answer = {
			rows: await query<ComparisonRow>(compareChart.sql(defaults(compareChart.params))),
			state: defaults(compareChart.params)
		};
		const shown = compareChart.model(answer);
		const label = compareChart.meta(shown, answer, '').altText;
		const { body } = render(GroupedBars, {
			props: {
				groups: shown.groups,
				label,
				chart: 'compare',
				hrefFor: (g) => (g.capabilityId === null ? null : `/capabilities/${g.capabilityId}`)
			}
		});
		expectChart(body, 'compare', label);
		expect(shown.groups.length).toBeGreaterThan(0);
		await expect(stable(body)).toMatchFileSnapshot('__snapshots__/compare.html');
	});

	it('capability: the figures of capability 1 (Leadership), headline first', async () => {
		const [capability] = await query<CapabilityDetail>(capabilityQueries.capability(1));
		const answer = { rows: await query<Indicator>(capabilityChart.sql({}, capability)), state: {} };
		const model = capabilityChart.model(answer, capability);
		const label = capabilityChart.meta(model, answer, '', capability).altText;
		const { body } = render(GroupedBars, {
			props: { groups: model.groups, label, chart: 'capability' }
		});
		expectChart(body, 'capability', label);
		await expect(stable(body)).toMatchFileSnapshot('__snapshots__/capability.html');
	});

	it('country: how often England and Wales is named, capability by capability', async () => {
		const country = { iso3: 'GBR', name: 'England and Wales' };
		const state = defaults(countryChart.params);
		const answer = {
			rows: await query<CountryMentionCount>(countryChart.sql(state, country)),
			state
		};
		const rows = countryChart.model(answer, country);
		const label = countryChart.meta(rows, answer, '', country).altText;
		const { body } = render(CountryMentionsChart, { props: { rows, label } });
		expectChart(body, 'country', label);
		await expect(stable(body)).toMatchFileSnapshot('__snapshots__/country.html');
	});

	it('assess: a domain’s bars as on /compare, with the answer slotted under each heading', async () => {
		// The self-assessment draws its bars with the grouped bars' marks (charts/bars).
		const data = await assessData();
		const rows = comparisonRows(data.questions, data.figures, { q46: 'no' });
		const chart = domainCharts(rows, data.domains, data.capabilities).find((c) => c.key === 'd3')!;
		const { body } = render(ComparisonChart, {
			props: { chart, examples: new Map(), capabilityName: (id: number) => `Capability ${id}` }
		});
		// Only the drawing: the words, buttons and table around it are the page's.
		const svg = /<svg[\s\S]*?<\/svg>/.exec(body)?.[0] ?? '';
		expectChart(svg, 'assess-d3', chartMeta(chart).title);
		// The marks /compare draws (snapshotted there): the hatching, the axis, and per figure its
		// heading, then the answer's row, then one row per population with its bar or stand-in.
		expect(svg).toContain('<pattern id="assess-d3-hatch"');
		for (const tick of ['0%', '25%', '50%', '75%', '100%'])
			expect(svg).toContain(`>${tick}</text>`);
		const groups = [
			...svg.matchAll(
				/<g class="group" data-group="([^"]+)"[^>]*>([\s\S]*?)(?=<g class="group"|$)/g
			)
		];
		expect(groups.map((g) => g[1])).toEqual(chart.rows.map((r) => r.key));
		for (const [i, [, , marks]] of groups.entries())
			expect([...marks.matchAll(/class="(heading|row yours|row)[" ]/g)].map((m) => m[1])).toEqual([
				'heading',
				'row yours',
				...chart.rows[i].bars.map(() => 'row')
			]);
		expect(svg).toMatch(/data-group="q46"[\s\S]*?data-yours="no"[\s\S]*?data-population="all"/);
		// Within a value's row: its bar over the track.
		expect(svg).toMatch(/data-kind="value"[^>]*>(?:(?!<\/g>)[\s\S])*?<rect class="track/);
		expect(svg).toMatch(/<rect class="stand-in not-reported[^"]*" fill="url\(#assess-d3-hatch\)"/);
	});
});

describe('the bar charts’ root (coverage, country)', () => {
	const layout = {
		width: 400,
		height: 300,
		stacked: false,
		barX: 120,
		barMax: 200,
		rowHeight: 24,
		font: BAR_CHART_FONT,
		barInset: 5,
		barHeight: 14,
		headingHeight: 32
	};
	const marks = createRawSnippet(() => ({ render: () => '<g class="marks"></g>' }));
	const root = (font: number) =>
		render(BarChartSvg, {
			props: { chart: 'test', label: 'Test', layout: { ...layout, font }, children: marks }
		}).body;

	it('draws the marks in a root that carries the plot width and its minimum', () => {
		const body = root(BAR_CHART_FONT);
		expect(body).toMatch(/<svg[^>]*data-chart="test"[^>]*data-plot-width="200"/);
		expect(body).toContain('data-min-plot-width="160"');
		expect(body).toContain('<g class="marks"></g>');
		expect(body).not.toContain('font-size');
	});

	it('sets the type of a layout closed up for a short export band', () => {
		expect(root(10.5)).toContain('style="font-size: 10.5px"');
	});
});

describe('the heatmap on its page and in an embed (HeatmapView)', () => {
	const t = copy.capabilities.heatmap;
	const empty = heatmapModel([], 'countries', copy.capabilities.populations);

	it('on the page: keyboard help the grid points to', async () => {
		const s = defaults(heatmapParams);
		const model = heatmapModel(
			await query<HeatmapRow>(heatmapSql(s)),
			breakdownOf(s),
			copy.capabilities.populations
		);
		const { body } = render(HeatmapView, { props: { model, label: 'Heatmap', help: true } });
		expect(body).toMatch(/<p id="heatmap-keys"[^>]*>[\s\S]*?data-testid="keyboard-help"/);
		expect(body).toMatch(/<svg[^>]*data-chart="heatmap"/);
		expect(body).toContain('aria-describedby="heatmap-keys"');
	});

	it('no country left: the reason, with a way back only where the page offers one', () => {
		const page = render(HeatmapView, {
			props: { model: empty, label: 'Heatmap', help: true, onreset: () => {} }
		}).body;
		expect(page).toMatch(/<div class="empty[^"]*" data-testid="heatmap-empty">/);
		expect(page).toContain(t.noCountries);
		expect(page).toMatch(/<button[^>]*data-testid="reset-filters"[^>]*>[^<]*</);
		expect(page).not.toContain('data-chart="heatmap"');

		const embed = render(HeatmapView, { props: { model: empty, label: 'Heatmap' } }).body;
		expect(embed).toMatch(/<p class="empty[^"]*" data-testid="heatmap-empty">/);
		expect(embed).toContain(t.noCountries);
		expect(embed).not.toContain('reset-filters');
		expect(embed).not.toContain('heatmap-keys');
	});
});

describe('stable', () => {
	it('drops hydration markers and scope hashes, rounds numbers, renumbers generated ids', () => {
		const html =
			'<!--[--><svg class="svelte-1x2y3z"><pattern id="hatch-s7"></pattern><rect x="12.3456" fill="url(#hatch-s7)" aria-describedby="hatch-s7 keys"></rect></svg><!--]-->';
		expect(stable(html)).toBe(
			'<svg>\n<pattern id="id-1">\n</pattern>\n<rect x="12.35" fill="url(#id-1)" aria-describedby="id-1 keys">\n</rect>\n</svg>\n'
		);
	});
});
