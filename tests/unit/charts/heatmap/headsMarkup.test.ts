// The heatmap's heads and export key written as SVG strings (headsMarkup.ts), which hydration
// adopts as they are: every value escaped, and the texts, lines and marks each layer drew as
// Svelte markup (the render snapshot in tests/unit/render holds the whole chart as the server
// writes it).
import { describe, expect, it } from 'vitest';
import { heatmapModel, type HeatmapRow } from '../../../../src/lib/charts/heatmap/model';
import { heatmapLayout } from '../../../../src/lib/charts/heatmap/layout';
import {
	columnHeadsMarkup,
	exportKeyMarkup,
	rowHeadsMarkup
} from '../../../../src/lib/charts/heatmap/headsMarkup';
import { heatLegendLayout } from '../../../../src/lib/charts/heatmap/legendLayout';
import { copy } from '../../../../src/lib/copy';
import { countryMentionRows, heatRow } from './rows';
import { markupElements as elements, unescapeMarkup } from '../markupElements';

const hostile = `<img src=x onerror="alert(1)">'&`;
const populations = copy.capabilities.populations;
const TOTAL = 'Total';

/** Text of each element named `name`, in order (tags inside dropped, entities read back). */
const texts = (svg: string, name: string) =>
	[...svg.matchAll(new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'g'))].map(([, t]) =>
		unescapeMarkup(t.replace(/<title>[\s\S]*?<\/title>/g, '').replace(/<[^>]+>/g, ''))
	);

describe('heads of the income breakdown (capabilities in rows)', () => {
	const rows: HeatmapRow[] = [
		heatRow({ row_short: hostile, yes: 32, n: 42, pct: 76.2, pct_printed: 76, status: 'stated' }),
		heatRow({
			row_key: '12',
			row_label: 'A capability whose name is long enough to wrap over three lines on a phone',
			row_short: 'A capability whose name is long enough to wrap over three lines on a phone',
			row_group: 4,
			row_group_label: 'Society',
			capability_id: 12,
			yes: 10,
			n: 42,
			pct: 23.8,
			pct_printed: 24,
			status: 'stated'
		})
	];
	const model = heatmapModel(rows, 'income', populations);
	const layout = heatmapLayout(model, 375);
	const rowHeads = rowHeadsMarkup(model, layout);
	const columnHeads = columnHeadsMarkup(model, layout, TOTAL);

	it('escapes every word, so a label can never become markup', () => {
		expect(rowHeads).not.toContain('<img');
		expect(texts(rowHeads, 'text')[0]).toBe(layout.rows[0].lines.join(''));
		expect(layout.rows[0].lines.join(' ')).toContain('onerror');
	});

	it('writes one right-aligned text per row, a line per tspan, three lines or more set tighter', () => {
		const heads = elements(rowHeads).filter(
			(e) => e.name === 'text' && e.attrs.class !== 'heading'
		);
		expect(heads).toHaveLength(2);
		expect(heads.every((h) => h.attrs['text-anchor'] === 'end')).toBe(true);
		expect(heads.map((h) => h.attrs.x)).toEqual([0, 1].map(() => String(layout.labelWidth - 8)));
		const long = layout.rows[1];
		expect(long.lines.length).toBeGreaterThan(2);
		expect(heads[1].attrs.class).toBe('row-head tight');
		const lines = elements(rowHeads).filter((e) => e.name === 'tspan');
		expect(lines.map((l) => l.attrs.dy)).toEqual([
			...layout.rows[0].lines.map((_, i) => (i === 0 ? '0' : '15')),
			...long.lines.map((_, i) => (i === 0 ? '0' : '12.5'))
		]);
		// A row's lines are centred on it.
		const y = long.y + layout.cellHeight / 2 + 4 - ((long.lines.length - 1) * 12.5) / 2;
		expect(heads[1].attrs.y).toBe(String(y));
		// Names are shown in full: no title.
		expect(rowHeads).not.toContain('<title>');
	});

	it('writes the domain headings between rows on the row side, which rides with the scroll over its background', () => {
		expect(layout.headings.map((h) => h.label)).toEqual(['1. Policy and Governance', '4. Society']);
		expect(texts(rowHeads, 'text').slice(-2)).toEqual(layout.headings.map((h) => h.label));
		const headings = elements(rowHeads).filter((e) => e.attrs.class === 'heading');
		expect(headings.map((h) => [h.attrs.x, h.attrs.y])).toEqual(
			layout.headings.map((h) => ['0', String(h.y)])
		);
	});

	it('writes the column heads line by line', () => {
		expect(texts(columnHeads, 'text')).toEqual(layout.columns.map((c) => c.lines.join('')));
		const heads = elements(columnHeads).filter((e) => e.attrs.class === 'col-head');
		expect(heads.every((h) => h.attrs['text-anchor'] === 'middle')).toBe(true);
		expect(columnHeads).not.toContain('data-col-head');
		expect(columnHeads).not.toContain(TOTAL);
	});
});

describe('heads of the countries breakdown (countries in rows)', () => {
	const rows = countryMentionRows([
		['AUS', 'Australia', [0, 1, 2]],
		['GHA', hostile, [0, 1, 2]]
	]);
	const model = heatmapModel(rows, 'countries', populations);

	it('writes each column head upwards, with its number and full name as a title', () => {
		const layout = heatmapLayout(model, 1100);
		const columnHeads = columnHeadsMarkup(model, layout, TOTAL);
		const rotated = elements(columnHeads).filter((e) => e.attrs.class === 'col-head rotated');
		expect(rotated.map((e) => e.attrs['data-col-head'])).toEqual(['1', '2', '3']);
		const cx = layout.columns[0].x + layout.columns[0].width / 2 + 4;
		expect(rotated[0].attrs.transform).toBe(`rotate(-90 ${cx} ${layout.headerY})`);
		expect(columnHeads).toContain('<title>1. Leadership</title>');
		// The bands over the columns, each with its rule; the numbers again below; the total's head.
		expect(elements(columnHeads).filter((e) => e.name === 'line')).toHaveLength(
			layout.bands.length
		);
		expect(layout.bands.length).toBe(2);
		expect(texts(columnHeads, 'text').filter((t) => /^\d+$/.test(t))).toEqual(['1', '2', '3']);
		expect(texts(columnHeads, 'text').at(-1)).toBe(TOTAL);
	});

	it("gives a compact grid's short row heads the country's full name, escaped", () => {
		const layout = heatmapLayout(model, 375);
		expect(layout.compact).toBe(true);
		const rowHeads = rowHeadsMarkup(model, layout);
		expect(rowHeads).toContain('<title>Australia</title>');
		expect(rowHeads).not.toContain('<img');
		expect(rowHeads).toContain('<title>&lt;img');
		expect(rowHeadsMarkup(model, heatmapLayout(model, 1100))).not.toContain('<title>');
	});
});

describe('the export key', () => {
	const words = { ...copy.capabilities.heatmap.legend, marks: copy.capabilities.marks };
	const key = heatLegendLayout(
		{ breakdown: 'countries', max: 5 },
		{ notReported: true, ambiguous: true, caveats: ['derived'] },
		{ ...words, notReported: hostile },
		1100,
		0
	);
	const markup = exportKeyMarkup(key);

	it('writes its title, then every entry’s swatch and words, escaped', () => {
		expect(markup).not.toContain('<img');
		expect(texts(markup, 'text')[0]).toBe(key.title);
		expect(texts(markup, 'text').filter((_, i) => i > 0)).toEqual(
			key.entries.flatMap((e) => (e.mark ? [e.mark, e.text] : [e.text]))
		);
		expect(key.entries.some((e) => e.text === hostile)).toBe(true);
	});

	it('draws a swatch of the entry’s kind, filled where it is on the scale', () => {
		const swatches = elements(markup).filter((e) => e.name === 'rect');
		const drawn = key.entries.filter((e) => e.swatch !== 'none');
		expect(swatches.map((s) => s.attrs.class)).toEqual(drawn.map((e) => `key-swatch ${e.swatch}`));
		expect(swatches.map((s) => s.attrs.fill)).toEqual(drawn.map((e) => e.colour?.light));
		expect(drawn.map((e) => e.swatch)).toEqual(
			expect.arrayContaining(['zero', 'scaled', 'not-reported', 'ambiguous', 'mark'])
		);
	});
});
