/**
 * Where the labels, bars and values of a horizontal bar chart go at a given width: the one rule
 * every bar chart (coverage, a country's mentions) lays out by. Decided by measurement, not by a
 * breakpoint per page: labels sit beside the bars only when the longest label, the minimum plot
 * and the room for values all fit; otherwise labels stack above their bars, as on phones. Axis
 * ticks thin out to the space they have, and the end labels are anchored inside the chart.
 */
import { formatPct } from '$lib/format';
import { textWidth } from '$lib/text/wrapText';

/** The type size bar charts are designed at (ChartSvg's font); an export band may close them up. */
export const BAR_CHART_FONT = 13;
/** The narrowest plot whose bars still compare at a glance. */
export const MIN_PLOT_WIDTH = 160;
/** Labels beside the bars may take at most this share of the width. */
const MAX_LABEL_SHARE = 0.45;
/** Between a label and its bar, and around tick labels. */
const GAP = 8;
/** Tick label size (the charts' .axis text). */
const TICK_FONT = 11;
/** Narrower charts leave some of these out. */
const TICK_SETS = [
	[0, 25, 50, 75, 100],
	[0, 50, 100],
	[0, 100]
];

export interface BarFrame {
	/** Labels on a line of their own above each bar. */
	stacked: boolean;
	/** x where bars start. */
	barX: number;
	/** Length of a full bar. */
	barMax: number;
}

/**
 * @param labels every label the chart shows beside its bars
 * @param valueRoom room right of the longest bar for its value label
 */
export function barFrame(
	width: number,
	labels: readonly string[],
	labelFont: number,
	valueRoom: number
): BarFrame {
	const labelWidth = Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l, labelFont)))) + GAP;
	const beside =
		labelWidth <= width * MAX_LABEL_SHARE && width - labelWidth - valueRoom >= MIN_PLOT_WIDTH;
	const barX = beside ? labelWidth : 0;
	return { stacked: !beside, barX, barMax: Math.max(40, width - barX - valueRoom) };
}

/** Row sizes on screen, set by each chart's design: beside its labels, and with labels stacked. */
export interface ScreenRows {
	/** Row height with labels beside the bars. */
	beside: number;
	/** Row height with labels on a line of their own above each bar. */
	stacked: number;
	/** Row height less bar height: the space around a bar in its row. */
	barGap: number;
	/** Height of a domain heading. */
	heading: number;
}

/** What every horizontal bar chart's layout holds besides its bars: the frame, rows and type. */
export interface BarRows extends BarFrame {
	width: number;
	rowHeight: number;
	/** Label size in px (the chart's own on screen; smaller in a short export band). */
	font: number;
	/** Beside the labels: the bar's top inside its row, and its height. */
	barInset: number;
	barHeight: number;
	/** Height of a domain heading, with the space above it. */
	headingHeight: number;
}

/**
 * The rows of a bar chart with its frame: on screen by the chart's design, or closed up to its
 * label type in an export band (COMPACT, per px of type). The chart adds its height once its rows
 * and headings are placed.
 */
export function barRows(
	frame: BarFrame,
	width: number,
	font: number,
	compact: boolean,
	screen: ScreenRows
): BarRows {
	const rowHeight = compact ? font * COMPACT.row : frame.stacked ? screen.stacked : screen.beside;
	const barHeight = compact ? font * COMPACT.bar : rowHeight - screen.barGap;
	return {
		width,
		barX: frame.barX,
		barMax: frame.barMax,
		stacked: frame.stacked,
		rowHeight,
		font,
		barInset: (rowHeight - barHeight) / 2,
		barHeight,
		headingHeight: compact ? font * COMPACT.heading : screen.heading
	};
}

export interface AxisTick {
	value: number;
	x: number;
	anchor: 'start' | 'middle' | 'end';
	label: string;
}

/** Percentage ticks for a 0–100 axis: as many as fit without touching, none outside the chart. */
export function percentTicks(frame: BarFrame, width: number): AxisTick[] {
	const widest = textWidth(formatPct(100), TICK_FONT) + GAP;
	const values = TICK_SETS.find((set) => (frame.barMax * (set[1] - set[0])) / 100 >= widest) ?? [0];
	return values.map((value) => {
		const x = frame.barX + (frame.barMax * value) / 100;
		const label = formatPct(value);
		const half = textWidth(label, TICK_FONT) / 2;
		const anchor = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
		return { value, x, anchor, label };
	});
}

/**
 * An export band shorter than a bar chart closes it up: rows, bars, headings and the axis band are
 * set per px of label type (below), and the type shrinks to fit, never under MIN_EXPORT_FONT (its
 * axis ticks, 11/13 of it, then stay above 8 px: the frame's floor for notes). Rows are set
 * like lines of text (1.25 of the type) so a square's band holds the 27 rows of a capability chart
 * at a size no smaller than its notes.
 */
export const COMPACT = { row: 1.25, bar: 0.8, heading: 1.6, axis: 24 / 13 } as const;
export const MIN_EXPORT_FONT = 9.5;

/** The label size (to a quarter px) at which the rows, headings and axis fill `height`. */
export function compactFont(
	height: number,
	rows: number,
	headings: number,
	axis: boolean,
	design: number
): number {
	const perFont = (axis ? COMPACT.axis : 0) + headings * COMPACT.heading + rows * COMPACT.row;
	const font = Math.max(MIN_EXPORT_FONT, Math.min(design, height / perFont));
	return Math.floor(font * 4) / 4;
}

/**
 * A bar chart for a band of `fitHeight`: the screen drawing when it fits, else laid out again
 * (`at(font)`) at the compact size, smaller still to the minimum where the labels need it to stay
 * beside their bars; the screen drawing (scaled by the frame) when even that stacks them.
 */
export function closeUp<L extends { height: number; stacked: boolean }>(
	screen: L & { headings: readonly unknown[] },
	fitHeight: number,
	rows: number,
	axis: boolean,
	at: (font: number) => L
): L {
	if (screen.height <= fitHeight) return screen;
	let font = compactFont(fitHeight, rows, screen.headings.length, axis, 13);
	let compact = at(font);
	while (compact.stacked && font > MIN_EXPORT_FONT) {
		font = Math.max(MIN_EXPORT_FONT, font - 0.25);
		compact = at(font);
	}
	return compact.stacked ? screen : compact;
}
