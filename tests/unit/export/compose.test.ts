import { describe, expect, it } from 'vitest';
import {
	compose,
	exportBand,
	FIXED_SIZE,
	smallestFontSize,
	type ComposeInput
} from '$lib/export/compose';
import { roughMeasure, wrap, xml } from '$lib/export/svgText';

const input = (
	layout: ComposeInput['layout'],
	overrides: Partial<ComposeInput> = {}
): ComposeInput => ({
	chart: {
		markup:
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400" data-chart="x"><rect data-value="76" width="10" height="10"/></svg>',
		width: 600,
		height: 400
	},
	title: 'How many countries report each capability',
	subtitle: 'Share of surveyed countries (n up to 42)',
	notes: ['Figures marked "derived" are computed by MNR Explorer.', 'Small n < 10 & more.'],
	altText: 'Bar chart of 21 capabilities.',
	source:
		'Source: WeProtect Global Alliance and UNICEF, Framing the Future, 2022 — via MNR Explorer',
	permalink: 'https://example.org/?sort=high&domain=4',
	linkLabel: 'Interactive version and data',
	palette: { bg: '#ffffff', fg: '#111111', muted: '#555555', link: '#1a5bb0' },
	fontFamily: "system-ui, 'Segoe UI', sans-serif",
	layout,
	measure: roughMeasure,
	...overrides
});

/** Text content of every <text>, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('wrap and escape', () => {
	it('wraps greedily within the width', () => {
		const lines = wrap('one two three four five six', 60, '10px x', roughMeasure);
		expect(lines.join(' ')).toBe('one two three four five six');
		for (const l of lines) expect(roughMeasure(l, '10px x')).toBeLessThanOrEqual(60);
	});
	it('breaks a long URL at its separators', () => {
		const lines = wrap(
			'https://example.org/embed/coverage?sort=high&domain=4',
			120,
			'10px x',
			roughMeasure
		);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe('https://example.org/embed/coverage?sort=high&domain=4');
	});
	it('escapes XML', () => {
		expect(xml(`a<b>&"c"'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;');
	});
});

describe('compose', () => {
	it('frames the chart with title, subtitle, notes, source and a linked permalink', () => {
		const { svg, width, height } = compose(input('chart'));
		expect(width).toBe(648);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).toContain(
			'<title id="mnr-export-title">How many countries report each capability</title>'
		);
		expect(svg).toContain('<desc id="mnr-export-desc">Bar chart of 21 capabilities.</desc>');
		expect(svg).toContain('data-value="76"');
		const all = texts(svg).join(' ');
		expect(all).toContain('Share of surveyed countries');
		expect(all).toContain('• Figures marked &quot;derived&quot;');
		expect(all).toContain('Small n &lt; 10 &amp; more.');
		expect(all).toContain('Framing the Future, 2022 — via MNR Explorer');
		expect(svg).toContain(
			'<a href="https://example.org/?sort=high&amp;domain=4" xlink:href="https://example.org/?sort=high&amp;domain=4">'
		);
		expect(all).toContain(
			'Interactive version and data: https://example.org/?sort=high&amp;domain=4'
		);
		// Everything fits: the last line's baseline is inside the picture.
		const ys = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(Math.max(...ys)).toBeLessThan(height);
		// The chart is drawn at its own size, below the header.
		expect(svg).toMatch(/<g transform="translate\([\d.]+ [\d.]+\)">/);
	});

	it('no external references: only the permalink is a URL', () => {
		const { svg } = compose(input('chart'));
		const urls = [...svg.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
		expect(urls.every((u) => u.startsWith('https://example.org/'))).toBe(true);
		expect(svg).not.toContain('<image');
		expect(svg).not.toContain('@import');
	});

	it('fits slide and square layouts to their fixed sizes', () => {
		for (const layout of ['slide', 'square'] as const) {
			const { svg, width, height } = compose(input(layout));
			expect({ width, height }).toEqual(FIXED_SIZE[layout]);
			const scale = Number(/scale\(([\d.]+)\)/.exec(svg)?.[1] ?? 1);
			const [, x, y] = /translate\(([\d.]+) ([\d.]+)\)/.exec(svg)!.map(Number);
			expect(x + 600 * scale).toBeLessThanOrEqual(width);
			expect(y + 400 * scale).toBeLessThanOrEqual(height);
			expect(scale).toBeGreaterThan(0.3);
			expect(texts(svg).join(' ')).toContain('Framing the Future');
		}
	});

	it('slide and square: title largest, chart text at least the notes, chart fills its band', () => {
		const markup =
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400"><text style="font-size: 11px">a</text><text font-size="13">b</text></svg>';
		for (const layout of ['slide', 'square'] as const) {
			for (const [w, h] of [
				[600, 400],
				[600, 900],
				[900, 300],
				[200, 60]
			]) {
				const { placement: p, svg } = compose(
					input(layout, { chart: { markup, width: w, height: h } })
				);
				const where = `${layout} ${w}×${h}`;
				expect(p.sizes.title, where).toBeGreaterThan(p.sizes.subtitle);
				expect(p.sizes.subtitle, where).toBeGreaterThan(p.sizes.notes);
				// The footer never drops below 8 px: a chart drawn so small that its text is under
				// 8 px (a tall chart on a slide) is the one case where the notes end up larger.
				if (p.sizes.chartSmallest! >= 8)
					expect(p.sizes.chartSmallest!, where).toBeGreaterThanOrEqual(p.sizes.notes);
				else expect(p.sizes.notes, where).toBe(8);
				const fill = Math.max(p.chart.width / p.band.width, p.chart.height / p.band.height);
				if (p.chart.scale < 3) expect(fill, where).toBeGreaterThanOrEqual(0.99);
				expect(p.chart.y + p.chart.height, where).toBeLessThanOrEqual(p.band.y + p.band.height);
				// Every footer line sits inside the frame.
				const ys = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
				expect(Math.max(...ys), where).toBeLessThan(FIXED_SIZE[layout].height);
			}
		}
	});

	it("reads the chart's smallest font size from attributes and inline styles", () => {
		expect(smallestFontSize('<text font-size="12"/><text style="fill:red;font-size:9.5px"/>')).toBe(
			9.5
		);
		expect(smallestFontSize('<rect/>')).toBeUndefined();
	});
});

describe('the band a chart is laid out for', () => {
	// A chart drawn at the band's size whose smallest text is at the footer's floor: compose then
	// sets the footer at the floor, so the band it gives is the floorHeight exportBand promised.
	const drawnAt = (width: number, height: number) => ({
		markup: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" data-chart="x"><text font-size="8">a</text></svg>`,
		width,
		height
	});

	it.each([
		['slide', undefined],
		['slide', false],
		['square', undefined]
	] as const)(
		'%s (side: %s): floorHeight is the band once the footer shrinks to its floor',
		(layout, asked) => {
			const { band, side, floorHeight } = exportBand(input(layout, { side: asked }));
			// Words beside the chart on a slide leave it the full height whatever the footer.
			if (side) expect(floorHeight).toBe(band.height);
			else expect(floorHeight).toBeGreaterThan(band.height);
			const chart = drawnAt(Math.floor(band.width), Math.floor(floorHeight));
			const { placement } = compose({ ...input(layout, { side }), chart });
			expect(placement.sizes.notes).toBe(8);
			expect(placement.band.height).toBeCloseTo(floorHeight, 6);
			// Laid out for floorHeight, the chart is drawn at its own size: its text keeps its size.
			expect(placement.chart.scale).toBe(1);
		}
	);

	it('a chart laid out for floorHeight with text above the floor keeps the footer clear of it', () => {
		// Its 10 px text would let the footer grow back past the 8 px the band was made for, and
		// shrink the chart to make room: told so (floorFooter), compose keeps the footer at 8 px.
		const { band, floorHeight } = exportBand(input('square'));
		const chart = {
			...drawnAt(Math.floor(band.width), Math.floor(floorHeight)),
			markup: drawnAt(Math.floor(band.width), Math.floor(floorHeight)).markup.replace(
				'font-size="8"',
				'font-size="10"'
			)
		};
		const { placement, svg } = compose({ ...input('square'), chart, floorFooter: true });
		expect(placement.chart.scale).toBe(1);
		expect(placement.sizes.chartSmallest).toBe(10);
		expect(placement.sizes.notes).toBe(8);
		const hairline = Number(/<line x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)"/.exec(svg)![1]);
		expect(placement.chart.y + placement.chart.height).toBeLessThanOrEqual(hairline);
	});
});

describe('the band of a chart that says its type size (chartFont, as the heatmap does)', () => {
	it.each(['slide', 'square'] as const)(
		'%s: the footer is planned at that size, and compose gives the chart exactly that band',
		(layout) => {
			const notes = [
				'A mention is a place where the review cites the country as an example (a table row, a box, a list or a sentence).',
				'The review does not assess or rank countries.'
			];
			const full = exportBand(input(layout, { notes, side: false })).band;
			const planned = exportBand(input(layout, { notes, side: false, chartFont: 8 })).band;
			// Smaller notes leave the chart more height; the width is the frame's.
			expect(planned.height).toBeGreaterThan(full.height);
			expect(planned.width).toBe(full.width);
			// A chart laid out at that band, its text 8 px, is drawn at its own size and fills it.
			const { width, height } = { width: planned.width, height: Math.floor(planned.height) };
			const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><text font-size="8">KEN</text></svg>`;
			const { placement } = compose(
				input(layout, { notes, side: false, chart: { markup, width, height } })
			);
			expect(placement.chart.scale).toBe(1);
			expect(placement.sizes.notes).toBe(8);
			expect(placement.sizes.chartSmallest).toBe(8);
			expect(placement.band).toEqual(planned);
		}
	);
});
