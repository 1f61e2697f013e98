// The coverage chart in a square export's band: two columns of stacked rows, measured on the
// real 21 capabilities (the shared dataset fixture, as the overview page queries them).
import { describe, expect, it } from 'vitest';
import { query } from '../../fixture/dataset';
import {
	coverageLayout,
	type CoverageLayout,
	type CoverageRow
} from '../../../../src/lib/charts/coverage/layout';
import { CAVEAT_MARKS } from '../../../../src/lib/charts/coverage/columns';
import { coverageSql } from '../../../../src/lib/charts/coverage/view';
import { MIN_EXPORT_FONT } from '../../../../src/lib/charts/kit/barFrame';
import { capabilityLabel } from '../../../../src/lib/charts/kit/capabilityName';
import { textWidth } from '../../../../src/lib/text/wrapText';

/**
 * The square's chart band for the overview's words, as the browser measured them: 488 × 240 with
 * the footer at its full 11 px, 488 × 290 once it shrinks to its 8 px floor (compose.ts).
 */
const SQUARE = { width: 488, height: 240, floorHeight: 290 };
const square = (rows: CoverageRow[], grouped: boolean) =>
	coverageLayout(rows, SQUARE.width, grouped, 'not reported', SQUARE.height, SQUARE.floorHeight);

/** Every piece of text the layout places, as a box: left, right, top and bottom in px. */
function textBoxes(l: CoverageLayout) {
	const heading = l.font * (14 / 13);
	const line = (text: string, x: number, baseline: number, font: number) => ({
		text,
		left: x,
		right: x + textWidth(text, font),
		top: baseline - font * 0.8,
		bottom: baseline + font * 0.2
	});
	return [
		...l.headings.map((h) => line(`${h.domain_id}. ${h.name}`, h.x, h.y, heading)),
		...l.bars.flatMap((b) => [
			line(capabilityLabel(b.row), b.x, b.y + l.lines.label, l.font),
			line(
				`${b.value}${b.mark ? ` ${b.mark}` : ''}`,
				b.x + (b.row.pct === null ? 4 : b.width + 6),
				b.y + l.lines.bar + l.lines.barHeight / 2 + Math.round(l.font * 0.3),
				l.font
			)
		]),
		...l.key.map((k) => line(`${k.mark} ${k.text}`, k.x, k.y, l.font))
	];
}

const overlaps = (a: ReturnType<typeof textBoxes>[number], b: typeof a) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the coverage chart in a square export', async () => {
	const rows = await query<CoverageRow>(coverageSql());
	const grouped = square(rows, true);
	const flat = square(rows, false);

	it('is too tall for the band as the screen draws it', () => {
		expect(rows).toHaveLength(21);
		const screen = coverageLayout(rows, SQUARE.width, true);
		expect(screen.height).toBeGreaterThan(3 * SQUARE.floorHeight);
		expect(new Set(screen.bars.map((b) => b.x))).toEqual(new Set([0]));
	});

	it.each([
		['grouped by domain', grouped],
		['not grouped', flat]
	])('%s: two columns inside the band, type at or above the export minimum', (_, l) => {
		expect(new Set(l.bars.map((b) => b.x)).size).toBe(2);
		expect(l.font).toBeGreaterThanOrEqual(MIN_EXPORT_FONT);
		expect(l.height).toBeLessThanOrEqual(SQUARE.floorHeight);
		expect(l.stacked).toBe(true);
		expect(l.ticks).toEqual([]);
		for (const box of textBoxes(l)) {
			expect(box.left, box.text).toBeGreaterThanOrEqual(0);
			expect(box.top, box.text).toBeGreaterThanOrEqual(0);
			expect(box.bottom, box.text).toBeLessThanOrEqual(l.height);
			// Inside its own column, so nothing runs into the other one.
			const column = box.left < l.columnWidth ? 0 : l.width - l.columnWidth;
			expect(box.right, box.text).toBeLessThanOrEqual(column + l.columnWidth + 0.001);
		}
		for (const b of l.bars)
			expect(b.x + l.barX + l.barMax).toBeLessThanOrEqual(b.x + l.columnWidth);
	});

	it.each([
		['grouped by domain', grouped],
		['not grouped', flat]
	])('%s: no two pieces of text overlap, nor a label its bar', (_, l) => {
		const boxes = textBoxes(l);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++)
				expect(overlaps(boxes[i], boxes[j]), `${boxes[i].text} / ${boxes[j].text}`).toBe(false);
		for (const b of l.bars) {
			const label = b.y + l.lines.label + l.font * 0.2;
			expect(label).toBeLessThanOrEqual(b.y + l.lines.bar);
			expect(b.y + l.lines.bar + l.lines.barHeight).toBeLessThanOrEqual(b.y + b.height);
		}
	});

	it('keeps each domain in one column, under its heading, in the page order', () => {
		const columnOf = new Map<number, Set<number>>();
		for (const b of grouped.bars)
			columnOf.set(b.row.domain_id, (columnOf.get(b.row.domain_id) ?? new Set()).add(b.x));
		for (const xs of columnOf.values()) expect(xs.size).toBe(1);
		expect(grouped.bars.map((b) => b.row.capability_id)).toEqual(rows.map((r) => r.capability_id));
		for (const h of grouped.headings) {
			const first = grouped.bars.find((b) => b.row.domain_id === h.domain_id)!;
			expect(first.x).toBe(h.x);
			expect(h.y).toBeLessThan(first.y);
		}
	});

	it('writes caveats as marks after the value, keyed once under the last row', () => {
		const caveated = grouped.bars.filter((b) => b.caveats.length);
		expect(caveated.length).toBeGreaterThan(0);
		for (const b of caveated) expect(b.mark).toMatch(/^[*†‡§]+$/);
		for (const b of grouped.bars.filter((b) => !b.caveats.length)) expect(b.mark).toBe('');
		const kinds = [...new Set(caveated.flatMap((b) => b.caveats))];
		expect(grouped.key.map((k) => k.mark)).toEqual(CAVEAT_MARKS.slice(0, kinds.length));
		expect(grouped.key.map((k) => k.text)).toContain('printed figures disagree');
		const second = grouped.bars.filter((b) => b.x > 0);
		const last = Math.max(...second.map((b) => b.y + b.height));
		for (const k of grouped.key) {
			expect(k.x).toBe(second[0].x);
			expect(k.y - grouped.font * 0.8).toBeGreaterThan(last);
		}
	});

	it('is not used where one column fits (the slide) nor on screen', () => {
		const slide = coverageLayout(rows, 582, true, 'not reported', 476);
		expect(slide.height).toBeLessThanOrEqual(476);
		for (const l of [slide, coverageLayout(rows, 760, true), coverageLayout(rows, 375, true)]) {
			expect(new Set(l.bars.map((b) => b.x))).toEqual(new Set([0]));
			expect(l.key).toEqual([]);
			expect(l.bars.every((b) => b.mark === '')).toBe(true);
		}
	});

	it('takes the room a smaller footer leaves only when it needs it', () => {
		expect(grouped.height).toBeGreaterThan(SQUARE.height);
		const roomy = coverageLayout(rows, SQUARE.width, true, 'not reported', 400, 500);
		expect(roomy.height).toBeLessThanOrEqual(400);
		expect(roomy.font).toBeGreaterThan(grouped.font);
	});

	it('gives up on columns when even they would need type under the minimum', () => {
		const l = coverageLayout(rows, SQUARE.width, true, 'not reported', 150, 200);
		expect(new Set(l.bars.map((b) => b.x))).toEqual(new Set([0]));
		expect(l.key).toEqual([]);
	});
});
