import { describe, expect, it } from 'vitest';
import { coverageLayout, LABEL_FONT } from '../../../../src/lib/charts/coverage/layout';
import { MIN_EXPORT_FONT } from '../../../../src/lib/charts/kit/barFrame';
import { coverageRow } from './rows';

const row = coverageRow;

describe('coverage layout', () => {
	const rows = [
		row(1, 1, 76.2),
		row(3, 1, null),
		row(20, 6, 54.8, { discrepancy: true }),
		row(21, 6, 100, { n: 8, yes: 8 })
	];

	it('labels values with counts, and missing figures as not reported (never zero)', () => {
		const l = coverageLayout(rows, 760, true);
		expect(l.bars.map((b) => b.value)).toEqual([
			'32 of 42 · 76%',
			'not reported',
			'23 of 42 · 55%',
			'8 of 8 · 100%'
		]);
		expect(l.bars[1].width).toBe(0);
		expect(l.bars[2].caveatText).toBe('printed figures disagree');
		expect(l.bars[3].caveatText).toBe('small n');
	});

	it('puts a heading before each domain only when grouped', () => {
		expect(coverageLayout(rows, 760, true).headings.map((h) => h.domain_id)).toEqual([1, 6]);
		expect(coverageLayout(rows, 760, false).headings).toEqual([]);
	});

	it('leaves room for the longest value label beside a full bar', () => {
		for (const width of [375, 760, 1100]) {
			const l = coverageLayout(rows, width, false);
			const valueChars = (b: (typeof l.bars)[number]) =>
				b.value.length + (l.stacked ? 0 : b.caveatText.length + 3);
			const longest = Math.max(...l.bars.map(valueChars));
			expect(l.barX + l.barMax + longest * 6.5).toBeLessThanOrEqual(width);
			if (l.stacked)
				for (const b of l.bars) {
					expect((b.caveatText.length + 2) * 6.5).toBeLessThanOrEqual(width);
					expect(b.height).toBe(l.rowHeight + (b.caveatText ? 16 : 0));
				}
		}
	});

	it('stacks labels above the bars on narrow screens', () => {
		expect(coverageLayout(rows, 375, true).stacked).toBe(true);
		expect(coverageLayout(rows, 760, true).stacked).toBe(false);
	});
});

describe('coverage shares', () => {
	it('rounds the exact counts once (38 of 42 is 90%, not 91%)', () => {
		const l = coverageLayout([row(12, 4, 90.5, { yes: 38, n: 42 })], 760, false);
		expect(l.bars[0].value).toBe('38 of 42 · 90%');
	});
});

describe('coverage layout at an export band', () => {
	// All 21 capabilities under their 6 domains, with the review's longest short label.
	const domains = [3, 4, 4, 4, 4, 2];
	let id = 0;
	const rows = domains.flatMap((n, d) =>
		Array.from({ length: n }, () =>
			row(++id, d + 1, 50 + id, id === 19 ? { short_name: 'Corporate responsibility (CSR)' } : {})
		)
	);

	it('is the screen drawing when the band is tall enough', () => {
		expect(coverageLayout(rows, 582, true, 'not reported', 2000)).toEqual(
			coverageLayout(rows, 582, true)
		);
	});

	it('closes up rows and type to fit a slide band at its own size, labels beside the bars', () => {
		// The slide's band beside the words (582 × 476) is shorter than the 824 px screen chart.
		expect(coverageLayout(rows, 582, true).height).toBeGreaterThan(800);
		const l = coverageLayout(rows, 582, true, 'not reported', 476);
		expect(l.height).toBeLessThanOrEqual(476);
		expect(l.stacked).toBe(false);
		expect(l.font).toBeLessThan(LABEL_FONT);
		expect(l.font).toBeGreaterThanOrEqual(MIN_EXPORT_FONT);
		// Rows never overlap: each starts where the previous one ends or later.
		for (let i = 1; i < l.bars.length; i++)
			expect(l.bars[i].y).toBeGreaterThanOrEqual(l.bars[i - 1].y + l.rowHeight - 0.001);
		expect(l.barHeight).toBeLessThan(l.rowHeight);
	});

	it('never shrinks its type under the export minimum: a band too short is left to the frame to scale', () => {
		const l = coverageLayout(rows, 488, true, 'not reported', 230);
		expect(l.font).toBe(MIN_EXPORT_FONT);
		expect(l.height).toBeGreaterThan(230);
	});
});
