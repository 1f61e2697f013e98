/**
 * Geometry of grouped bars: a heading per group (wrapped, indented by depth), then one row per
 * population with its label, its bar (when there is a value) and its value text. Wide screens put
 * population labels left of the bars and values after them; narrow ones stack the label and
 * value above a full-width bar. Pure, so prerender and browser agree and it is unit-tested.
 */
import { scaleLinear } from 'd3-scale';
import { charsThatFit, textWidth, wrapText } from '$lib/text/wrapText';
import type { Bar, BarGroup } from './model';
import { barValueText, rowLabel } from './barLabels';

export interface BarRowLayout {
	bar: Bar;
	/** Top of the row. */
	y: number;
	label: string;
	labelX: number;
	labelY: number;
	labelAnchor: 'start' | 'end';
	barY: number;
	barH: number;
	/** Bar length in px (0 when no bar is drawn). */
	length: number;
	valueText: string;
	valueX: number;
	valueY: number;
	valueAnchor: 'start' | 'end';
	/** Value text set smaller (long stand-in text in the narrow layout). */
	valueSmall: boolean;
}

export interface BarGroupLayout {
	group: BarGroup;
	/** Left edge of the heading (indent by depth). */
	x: number;
	/** Baseline of the heading's first line. */
	headingY: number;
	lines: string[];
	rows: BarRowLayout[];
	/** Top and bottom of the whole group, for its hover band. */
	top: number;
	bottom: number;
}

export interface GroupedBarLayout {
	width: number;
	height: number;
	stacked: boolean;
	barX: number;
	barMax: number;
	groups: BarGroupLayout[];
	ticks: { value: number; x: number }[];
}

export const BAR_FONT = { heading: 13, label: 12.5, value: 12.5, small: 11 } as const;
const NARROW = 600;
const HEADING_LINE = 17;
const INDENT = 16;

export function groupedBarLayout(groups: BarGroup[], containerWidth: number): GroupedBarLayout {
	const width = Math.max(280, Math.min(containerWidth, 980));
	const stacked = width < NARROW;
	const barX = stacked ? 0 : 190;
	const valueRoom = stacked ? 0 : Math.min(320, Math.round(width * 0.36));
	const barMax = stacked ? width : Math.max(120, Math.min(460, width - barX - valueRoom));
	const x = scaleLinear().domain([0, 100]).range([0, barMax]);
	const rowHeight = stacked ? 38 : 26;

	let y = 26; // room for the axis labels
	const out: BarGroupLayout[] = groups.map((group) => {
		const indent = Math.min(3, group.depth) * INDENT;
		const lines = wrapText(
			group.label,
			// Bold text runs about a tenth wider than the estimate for regular weight.
			charsThatFit(width - indent - 4, BAR_FONT.heading * 1.12),
			stacked ? 4 : 3
		);
		const top = y;
		const headingY = y + 14;
		y += lines.length * HEADING_LINE + 4;
		const rows: BarRowLayout[] = group.bars.map((bar) => {
			const rowTop = y;
			const length = bar.pct === null ? 0 : x(bar.pct);
			const valueText = barValueText(bar);
			if (stacked) {
				const label = rowLabel(bar, group.depth, true);
				// A value fits on the label line, or gets a line of its own under the bar; a stand-in
				// (not reported, ambiguous) is written into the empty track.
				const onLabelLine =
					bar.kind === 'value' &&
					textWidth(label, BAR_FONT.label) + textWidth(valueText, BAR_FONT.value) + 12 <= width;
				const ownLine = bar.kind === 'value' && !onLabelLine;
				y += rowHeight + (ownLine ? 14 : 0);
				return {
					bar,
					y: rowTop,
					label,
					labelX: indent,
					labelY: rowTop + 13,
					labelAnchor: 'start',
					barY: rowTop + 19,
					barH: 14,
					length,
					valueText,
					valueX: onLabelLine ? width : 4,
					valueY: onLabelLine ? rowTop + 13 : ownLine ? rowTop + 46 : rowTop + 30,
					valueAnchor: onLabelLine ? 'end' : 'start',
					valueSmall: !onLabelLine
				};
			}
			y += rowHeight;
			return {
				bar,
				y: rowTop,
				label: rowLabel(bar, group.depth, false),
				labelX: barX - 8,
				labelY: rowTop + 17,
				labelAnchor: 'end',
				barY: rowTop + 5,
				barH: rowHeight - 10,
				length,
				valueText,
				valueX: barX + (bar.kind === 'value' ? length + 6 : 6),
				valueY: rowTop + 17,
				valueAnchor: 'start',
				valueSmall: false
			};
		});
		y += 10;
		return { group, x: indent, headingY, lines, rows, top, bottom: y - 6 };
	});
	const ticks = [0, 25, 50, 75, 100].map((value) => ({ value, x: barX + x(value) }));
	return { width, height: y + 4, stacked, barX, barMax, groups: out, ticks };
}
