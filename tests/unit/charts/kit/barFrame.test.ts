// The bar charts' one layout rule, measured rather than set by breakpoints: labels beside the
// bars only when the label, the minimum plot and the values all fit; ticks thinned to fit and
// anchored inside the chart. The widths are the ones the overview broke at (600 px: a label cut
// at the left, "0%25%50%75%100%").
import { describe, expect, it } from 'vitest';
import { barFrame, barRows, COMPACT, MIN_PLOT_WIDTH, percentTicks } from '$lib/charts/kit/barFrame';
import { textWidth } from '$lib/text/wrapText';

const LONGEST = '19. Corporate responsibility (CSR)';
const labels = ['1. Leadership', LONGEST];

describe('barFrame', () => {
	it('puts labels beside the bars when label, minimum plot and values fit', () => {
		const f = barFrame(1120, labels, 13, 230);
		expect(f.stacked).toBe(false);
		// The whole longest label fits left of the bars: nothing is cut at the left edge.
		expect(f.barX).toBeGreaterThanOrEqual(textWidth(LONGEST, 13));
		expect(f.barMax).toBeGreaterThanOrEqual(MIN_PLOT_WIDTH);
	});
	it('stacks labels above the bars in a blog column, where the plot would fall under its minimum', () => {
		const f = barFrame(568, labels, 13, 230);
		expect(f).toMatchObject({ stacked: true, barX: 0 });
	});
	it('keeps short labels beside the bars at a width where long ones stack', () => {
		expect(barFrame(340, ['1. Policy'], 13, 40).stacked).toBe(false);
		expect(barFrame(340, ['1. Policy and Governance'], 13, 40).stacked).toBe(true);
	});
});

describe('percentTicks', () => {
	const width = (w: number) => ({ stacked: true, barX: 0, barMax: w - 120 });
	it('shows five ticks where they fit and thins them where they would touch', () => {
		expect(percentTicks(width(1120), 1120).map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
		expect(percentTicks(width(240), 240).map((t) => t.value)).toEqual([0, 50, 100]);
	});
	it('never lets two tick labels touch', () => {
		for (let w = 200; w <= 1920; w += 10) {
			const ticks = percentTicks(width(w), w);
			for (let i = 1; i < ticks.length; i++)
				expect(ticks[i].x - ticks[i - 1].x).toBeGreaterThan(textWidth('100%', 11));
		}
	});
	it('anchors the end labels inside the chart', () => {
		const ticks = percentTicks({ stacked: true, barX: 0, barMax: 300 }, 300);
		expect(ticks[0]).toMatchObject({ value: 0, x: 0, anchor: 'start' });
		expect(ticks.at(-1)).toMatchObject({ value: 100, x: 300, anchor: 'end' });
	});
});

describe('barRows', () => {
	// The coverage chart's screen rows: both bar charts size their rows by this one rule.
	const screen = { beside: 28, stacked: 44, barGap: 12, heading: 34 };
	const beside = { stacked: false, barX: 200, barMax: 500 };
	it('sizes rows by the design on screen: taller where labels stack, the bar centred in its row', () => {
		expect(barRows(beside, 760, 13, false, screen)).toEqual({
			width: 760,
			barX: 200,
			barMax: 500,
			stacked: false,
			rowHeight: 28,
			font: 13,
			barInset: 6,
			barHeight: 16,
			headingHeight: 34
		});
		const stacked = barRows({ stacked: true, barX: 0, barMax: 300 }, 375, 13, false, screen);
		expect(stacked).toMatchObject({ rowHeight: 44, barHeight: 32, barInset: 6, barX: 0 });
	});
	it('closes rows, bars and headings up to the type in an export band', () => {
		const rows = barRows(beside, 760, 10, true, screen);
		expect(rows).toMatchObject({
			rowHeight: 10 * COMPACT.row,
			barHeight: 10 * COMPACT.bar,
			headingHeight: 10 * COMPACT.heading,
			font: 10
		});
		expect(rows.barInset).toBeCloseTo((10 * (COMPACT.row - COMPACT.bar)) / 2);
	});
});
