// The countries heatmap laid out for slide and square exports, on the real 42 × 21 grid and the
// bands the exporter plans for it (compose.ts exportBand, with the chart's own type size): every
// label at the notes' floor or above, everything inside the band, nothing overlapping.
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Heatmap from '$lib/charts/heatmap/Heatmap.svelte';
import { query } from '../../fixture/dataset';
import { copy } from '../../../../src/lib/copy';
import { defaults } from '../../../../src/lib/url/viewState.svelte';
import { heatmapModel, type HeatmapModel, type HeatmapRow } from '$lib/charts/heatmap/model';
import { heatmapMeta, heatmapParams, heatmapSql } from '$lib/charts/heatmap/view';
import {
	EXPORT_FONT,
	exportCell,
	exportKeyTextX,
	hasExportLayout,
	heatExportLayout,
	keySwatch,
	type HeatExportLayout,
	type HeatExportWords
} from '$lib/charts/heatmap/exportLayout';
import { exportBand, type ComposeInput } from '$lib/export/compose';
import { roughMeasure } from '$lib/export/svgText';

const words: HeatExportWords = {
	title: copy.capabilities.heatmap.legend.count,
	zero: copy.capabilities.heatmap.legend.zero,
	codes: copy.capabilities.heatmap.legend.codes,
	total: copy.capabilities.heatmap.aria.total
};

/** The layout's own width estimate (0.6 em a character), which the labels must respect. */
const estimate = (text: string, font: number) => text.length * font * 0.6;

let model: HeatmapModel;
let rows: HeatmapRow[];
beforeAll(async () => {
	const s = { ...defaults(heatmapParams), breakdown: 'countries' as const };
	rows = await query<HeatmapRow>(heatmapSql(s));
	model = heatmapModel(rows, 'countries', copy.capabilities.populations);
});

/** The band the exporter gives the heatmap: words above and below, footer at the chart's size. */
function bandFor(layout: 'slide' | 'square') {
	const meta = heatmapMeta(model, rows, '', '');
	const input: ComposeInput = {
		chart: { markup: '', width: 1100, height: 1200 },
		title: meta.title,
		subtitle: meta.subtitle,
		notes: meta.notes,
		altText: meta.altText,
		source:
			'Source: WeProtect Global Alliance and UNICEF, Framing the Future, 2022 — via MNR Explorer (dataset version cf22cfd5a51d)',
		permalink: 'https://example.org/mnr-explorer/capabilities?breakdown=countries&v=cf22cfd5a51d',
		linkLabel: 'Interactive version and data',
		palette: { bg: '#fff', fg: '#000', muted: '#555', link: '#00f' },
		fontFamily: 'system-ui, sans-serif',
		layout,
		measure: roughMeasure,
		side: false,
		chartFont: EXPORT_FONT
	};
	return exportBand(input).band;
}

function expectSound(l: HeatExportLayout, band: { width: number; height: number }) {
	const f = l.font;
	expect(f).toBeGreaterThanOrEqual(8);
	// Inside the band.
	expect(l.width).toBeLessThanOrEqual(band.width);
	expect(l.height).toBeLessThanOrEqual(band.height);
	expect(l.columns.at(-1)!.x + l.cellWidth).toBeLessThanOrEqual(l.width + 0.01);
	// Row labels fit left of the cells, and rows do not overlap (their pitch holds a line).
	for (const r of l.rows) expect(estimate(r.label, f)).toBeLessThanOrEqual(l.labelWidth);
	expect(estimate(l.totalLabel, f)).toBeLessThanOrEqual(l.labelWidth);
	expect(l.cellHeight).toBeGreaterThanOrEqual(f * 1.125);
	for (let i = 1; i < l.rows.length; i++)
		expect(l.rows[i].y).toBeGreaterThanOrEqual(l.rows[i - 1].y + l.cellHeight);
	expect(l.rows[0].y).toBeGreaterThan(l.headBottom);
	// Column heads (three capitals written upwards) fit above the grid and beside each other.
	expect(l.headBottom).toBeGreaterThanOrEqual(3 * 0.7 * f);
	expect(l.cellWidth).toBeGreaterThanOrEqual(f * 0.9);
	// The totals row and the key come after the last row, the key's lines inside the drawing.
	const last = l.rows.at(-1)!.y + l.cellHeight;
	if (l.totalY !== null) expect(l.totalY).toBeGreaterThanOrEqual(last);
	const below = l.totalY === null ? last : l.totalY + l.cellHeight;
	for (const e of l.key) {
		expect(e.y).toBeGreaterThanOrEqual(below);
		expect(e.y + l.keyLine).toBeLessThanOrEqual(l.height);
		expect(e.x + e.width).toBeLessThanOrEqual(l.width);
		expect(exportKeyTextX(f, e) + estimate(e.text, f)).toBeLessThanOrEqual(e.x + e.width + 0.01);
	}
	// Entries of one key line do not touch.
	for (let i = 1; i < l.key.length; i++)
		if (l.key[i].y === l.key[i - 1].y)
			expect(l.key[i].x).toBeGreaterThan(l.key[i - 1].x + l.key[i - 1].width);
	expect(keySwatch(f).height).toBeLessThanOrEqual(l.keyLine);
	// The sentence on codes follows the scale after a dot, or starts its own line as a sentence.
	const codes = l.key.at(-1)!;
	expect(codes.text).toBe(codes.x === 0 ? 'Countries by their ISO3 code' : `· ${words.codes}`);
}

describe('export layout of the countries heatmap', () => {
	it('turns the grid: 42 countries as columns, 21 capabilities as rows, in domain order', () => {
		const l = heatExportLayout(model, bandFor('slide'), words)!;
		expect(l.columns.map((c) => c.key)).toEqual(model.rows.map((r) => r.key));
		expect(l.columns).toHaveLength(42);
		expect(l.rows.map((r) => r.key)).toEqual(model.cols.map((c) => c.key));
		expect(l.rows[2].label).toBe('3. Legislation');
		// A thin gap between domains, none inside one.
		const pitch = l.rows.slice(1).map((r, i) => r.y - l.rows[i].y);
		const gaps = pitch.filter((p) => p > l.cellHeight + 0.01);
		expect(gaps).toHaveLength(new Set(model.cols.map((c) => c.group)).size - 1);
		expect(l.rules).toEqual([]);
		// The cell of capability 5 for Kenya is the model's cell of Kenya and capability 5.
		const ken = l.columns.find((c) => c.key === 'KEN')!;
		const cell = exportCell(model, ken.r, l.rows[4].c);
		expect(cell.data.row_key).toBe('KEN');
		expect(cell.data.capability_id).toBe(5);
	});

	it.each(['slide', 'square'] as const)(
		'%s: labels at the floor or above, inside the band, nothing overlapping',
		(layout) => {
			const band = bandFor(layout);
			const l = heatExportLayout(model, band, words);
			expect(l).not.toBeNull();
			expectSound(l!, band);
			// The chart fills its band's width (a print grid, not a thumbnail).
			expect(l!.width).toBeGreaterThanOrEqual(band.width * 0.97);
		}
	);

	it('the slide writes the numbers in the cells and the totals per country', () => {
		const l = heatExportLayout(model, bandFor('slide'), words)!;
		expect(l.values).toBe(true);
		expect(l.totalY).not.toBeNull();
		// Two digits fit a cell.
		expect(l.cellWidth).toBeGreaterThanOrEqual(2 * 0.62 * l.font + 3);
	});

	it('a band too short for numbers gets colour alone; one too small gets none', () => {
		const roomy = heatExportLayout(model, { width: 896, height: 330 }, words)!;
		expect(roomy.values).toBe(true);
		const short = heatExportLayout(model, { width: 488, height: 250 }, words)!;
		expect(short.values).toBe(false);
		expect(short.key.at(-1)!.x).toBe(0);
		// Tighter still: no gaps between domains, a hairline on each boundary instead.
		const tight = heatExportLayout(model, { width: 488, height: 230 }, words)!;
		expect(tight.rules).toHaveLength(5);
		for (const y of tight.rules)
			expect(tight.rows.some((r) => Math.abs(r.y - y) < 0.01)).toBe(true);
		expectSound(tight, { width: 488, height: 230 });
		expect(short.totalY).toBeNull();
		expectSound(short, { width: 488, height: 250 });
		expect(heatExportLayout(model, { width: 488, height: 150 }, words)).toBeNull();
		expect(heatExportLayout(model, { width: 300, height: 540 }, words)).toBeNull();
	});

	it('lays out only the countries breakdown, and only for a band of fixed height', () => {
		expect(heatExportLayout(model, { width: 896, height: Infinity }, words)).toBeNull();
		expect(heatExportLayout({ ...model, breakdown: 'income' }, bandFor('slide'), words)).toBeNull();
		expect(heatExportLayout({ ...model, rows: [], cells: [] }, bandFor('slide'), words)).toBeNull();
	});

	it('the chart asks the exporter for a stacked footer exactly where it has a print layout', () => {
		const stacked = (m: HeatmapModel) =>
			/<svg[^>]*data-export-stacked/.test(
				render(Heatmap, { props: { model: m, label: 'x' } }).body
			);
		const income = { ...model, breakdown: 'income' as const };
		const empty = { ...model, rows: [], cells: [] };
		for (const m of [model, income, empty]) {
			expect(stacked(m)).toBe(hasExportLayout(m));
			expect(heatExportLayout(m, bandFor('slide'), words) !== null).toBe(hasExportLayout(m));
		}
		expect([model, income, empty].map(hasExportLayout)).toEqual([true, false, false]);
	});

	it('keeps the cells to a readable size for a few countries', () => {
		const few = { ...model, rows: model.rows.slice(0, 3), cells: model.cells.slice(0, 3) };
		const l = heatExportLayout(few, bandFor('slide'), words)!;
		expect(l.cellWidth).toBeLessThanOrEqual(4 * l.font);
		expectSound(l, bandFor('slide'));
	});
});
