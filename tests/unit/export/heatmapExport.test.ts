// The countries heatmap as the slide and square PNGs frame it: the grid laid out afresh at the band
// the exporter plans for it (exportLayout.ts), drawn by its export layer (server-rendered here,
// without the inlined styles the browser adds), composed, snapshotted and measured for the print
// hierarchy: title largest, the chart's text as large as the notes, the chart filling its band.
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { query } from '../fixture/dataset';
import { copy } from '$lib/copy';
import { defaults } from '$lib/url/viewState.svelte';
import { heatmapModel, type HeatmapModel, type HeatmapRow } from '$lib/charts/heatmap/model';
import { heatmapMeta, heatmapParams, heatmapSql } from '$lib/charts/heatmap/view';
import { EXPORT_FONT, heatExportLayout } from '$lib/charts/heatmap/exportLayout';
import HeatExportGrid from '$lib/charts/heatmap/HeatExportGrid.svelte';
import { compose, exportBand, FIXED_SIZE, type ComposeInput } from '$lib/export/compose';
import { roughMeasure } from '$lib/export/svgText';

let model: HeatmapModel;
let rows: HeatmapRow[];
beforeAll(async () => {
	rows = await query<HeatmapRow>(
		heatmapSql({ ...defaults(heatmapParams), breakdown: 'countries' })
	);
	model = heatmapModel(rows, 'countries', copy.capabilities.populations);
});

const input = (layout: 'slide' | 'square', chart: ComposeInput['chart']): ComposeInput => {
	const meta = heatmapMeta(model, rows, '', '');
	return {
		chart,
		title: meta.title,
		subtitle: meta.subtitle,
		notes: meta.notes,
		altText: 'Alt text.',
		source:
			'Source: WeProtect Global Alliance and UNICEF, Framing the Future, 2022 — via MNR Explorer (dataset version cf22cfd5a51d)',
		permalink: 'https://example.org/mnr-explorer/capabilities?breakdown=countries&v=cf22cfd5a51d',
		linkLabel: 'Interactive version and data',
		palette: { bg: '#ffffff', fg: '#1b1f24', muted: '#515a64', link: '#1a5bb0' },
		fontFamily: 'system-ui, sans-serif',
		layout,
		measure: roughMeasure
	};
};

/** The chart as the exporter gets it for a layout: laid out at its band, as a standalone <svg>. */
function exportedChart(layout: 'slide' | 'square') {
	// As exporter.ts plans it from the heatmap's data-export-stacked and data-export-font.
	const { band } = exportBand({
		...input(layout, { markup: '', width: 1100, height: 1200 }),
		side: false,
		chartFont: EXPORT_FONT
	});
	const fit = { width: Math.floor(band.width), height: Math.floor(band.height) };
	const t = copy.capabilities.heatmap;
	const layoutOf = heatExportLayout(model, fit, {
		title: t.legend.count,
		zero: t.legend.zero,
		codes: t.legend.codes,
		total: t.aria.total
	})!;
	const { body } = render(HeatExportGrid, { props: { model, layout: layoutOf } });
	const { width, height } = layoutOf;
	const inner = body
		.replace(/<!--[^>]*-->/g, '')
		.replace(/\s?svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '')
		.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));
	const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="13">${inner}</svg>`;
	return { markup, width, height };
}

describe.each(['slide', 'square'] as const)('the countries heatmap on a %s', (layout) => {
	it('composes as designed', async () => {
		const { svg } = compose(input(layout, exportedChart(layout)));
		await expect(svg.replace(/></g, '>\n<')).toMatchFileSnapshot(
			`./__snapshots__/heatmap-${layout}.svg`
		);
	});

	it('keeps the hierarchy: title largest, chart text as large as the notes, the band filled', () => {
		const { placement: p } = compose(input(layout, exportedChart(layout)));
		expect(p.sizes.title).toBeGreaterThan(p.sizes.subtitle);
		expect(p.sizes.subtitle).toBeGreaterThan(p.sizes.notes);
		expect(p.sizes.chartSmallest).toBeGreaterThanOrEqual(p.sizes.notes);
		expect(p.sizes.notes).toBeGreaterThanOrEqual(8);
		// Drawn at its own size, filling the band's width and nearly all its height.
		expect(p.chart.scale).toBe(1);
		expect(p.chart.width / p.band.width).toBeGreaterThanOrEqual(0.97);
		expect(p.chart.height / p.band.height).toBeGreaterThanOrEqual(0.95);
		expect(p.chart.x + p.chart.width).toBeLessThanOrEqual(FIXED_SIZE[layout].width);
		expect(p.chart.y + p.chart.height).toBeLessThanOrEqual(p.band.y + p.band.height);
	});
});
