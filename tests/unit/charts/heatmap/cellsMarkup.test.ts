// The heatmap's cells written as one SVG string (cellsMarkup.ts), which hydration adopts as it is:
// every value escaped, one link per cell carrying what the grid's keys and card read, and the same
// markup the server writes (the render snapshot in tests/unit/render holds the whole chart).
import { describe, expect, it } from 'vitest';
import { heatmapModel, type HeatmapRow } from '../../../../src/lib/charts/heatmap/model';
import { heatmapLayout } from '../../../../src/lib/charts/heatmap/layout';
import { heatCellsMarkup } from '../../../../src/lib/charts/heatmap/cellsMarkup';
import { copy } from '../../../../src/lib/copy';
import { heatRow } from './rows';
import { markupElements as elements } from '../markupElements';

/** A stated figure: 32 of 42 (76%). */
const row = (over: Partial<HeatmapRow>): HeatmapRow =>
	heatRow({
		indicator_id: 'c01',
		population: 'all',
		yes: 32,
		n: 42,
		pct: 76.2,
		pct_printed: 76,
		status: 'stated',
		...over
	});

const hostile = `<img src=x onerror="alert(1)">'&`;
const rows = [
	row({ row_short: hostile }),
	row({ col_key: 'hic', yes: null, n: null, pct: null, pct_printed: null, status: null }),
	row({ col_key: 'lmic', status: 'ambiguous', candidate_values: '14|15', yes: null, pct: null })
];
const model = heatmapModel(rows, 'income', copy.capabilities.populations);
const layout = heatmapLayout(model, 760);
const href = (cell: { data: { capability_id: number } }) =>
	`/capabilities/${cell.data.capability_id}`;
const markup = heatCellsMarkup(model, layout, href);

describe('heatCellsMarkup', () => {
	it('escapes every word it writes, so a label can never become markup', () => {
		expect(markup).not.toContain('<img');
		expect(markup).not.toContain(`"alert(1)"`);
		const links = elements(markup).filter((e) => e.name === 'a');
		expect(links[0].attrs['aria-label']).toContain(hostile);
	});

	it('writes one link per cell with what the grid reads: position, kind, capability, value', () => {
		const links = elements(markup).filter((e) => e.name === 'a');
		expect(links.map((l) => l.attrs['data-cell'])).toEqual(['0-0', '0-1', '0-2']);
		expect(links.map((l) => l.attrs['data-kind'])).toEqual(['figure', 'not-reported', 'ambiguous']);
		expect(links.map((l) => l.attrs['data-col-key'])).toEqual(['all', 'hic', 'lmic']);
		expect(links[0].attrs).toMatchObject({ href: '/capabilities/1', 'data-capability': '1' });
		expect(links[0].attrs['data-value']).toBe(String(model.cells[0][0].value));
		expect(links[1].attrs['data-value']).toBe('');
		// Without JavaScript (the prerender) every cell is a link Tab reaches.
		expect(markup).not.toContain('tabindex');
	});

	it('draws every cell out of the tab order when the page keeps it (gridFocus puts one back)', () => {
		const links = elements(heatCellsMarkup(model, layout, href, true)).filter(
			(e) => e.name === 'a'
		);
		expect(links.map((l) => l.attrs.tabindex)).toEqual(['-1', '-1', '-1']);
	});

	it('fills a figure on the colour scale and stand-ins with their patterns, words muted', () => {
		const rects = elements(markup).filter((e) => e.name === 'rect');
		expect(rects.map((r) => r.attrs.class)).toEqual([
			'cell scaled',
			'cell not-reported',
			'cell ambiguous'
		]);
		// The colours are written once per cell, on its link; the rect and words inherit them.
		const links = elements(markup).filter((e) => e.name === 'a');
		expect(links[0].attrs.style).toMatch(/^--fill-light:#[0-9a-f]{6};--fill-dark:/);
		expect(links[1].attrs.style).toBeUndefined();
		expect(elements(markup).filter((e) => e.name !== 'a' && e.attrs.style)).toEqual([]);
		const texts = elements(markup).filter((e) => e.name === 'text');
		expect(texts[0].attrs.class).toBe('value on-scale');
		expect(texts.filter((t) => t.attrs.class === 'value muted')).toHaveLength(2);
		expect(markup).toContain('<tspan class="marks">');
	});
});
