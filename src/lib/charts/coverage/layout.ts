/**
 * Layout of the coverage snapshot: one bar per capability, optionally under domain headings.
 * Pure (rows and a width in, positions out) so it is unit-tested and identical in the
 * prerender and the browser. Rows arrive already sorted by the query.
 */
import { scaleLinear } from 'd3-scale';
import { CAVEAT_LABEL, caveatsOf, type Caveat } from '$lib/data/caveats';
import { formatCount, formatShare } from '$lib/format';
import type { Status } from '$lib/data/schema';
import { capabilityLabel } from '../kit/capabilityName';
import { columnsLayout } from './columns';
import {
	BAR_CHART_FONT,
	barFrame,
	barRows,
	closeUp,
	COMPACT,
	percentTicks,
	type AxisTick,
	type BarRows
} from '../kit/barFrame';

/** Size of the capability labels (the chart's svg font). */
export const LABEL_FONT = BAR_CHART_FONT;

export interface CoverageRow {
	capability_id: number;
	domain_id: number;
	domain_name: string;
	name: string;
	short_name: string;
	indicator_id: string | null;
	label: string | null;
	yes: number | null;
	n: number | null;
	pct: number | null;
	pct_printed: number | null;
	status: Status | null;
	discrepancy: boolean | null;
	source_ref: string | null;
	note: string | null;
	/** Reader reference (readerRef.ts); absent in older fixtures. */
	section?: string | null;
	figure?: string | null;
	search_phrase?: string | null;
	phrase_count?: number | null;
	page?: number | null;
}

export interface CoverageBar {
	row: CoverageRow;
	/** "32 of 42 · 76%", or "not reported". */
	value: string;
	/** "derived, small n" — empty when the figure carries no caveat. */
	caveatText: string;
	/** Row height: stacked rows with caveats get a line of their own for them. */
	height: number;
	y: number;
	/** Left edge of the row's column: 0 but in the square export's second column. */
	x: number;
	/** Bar length in px; 0 when the review gives no figure. */
	width: number;
	caveats: Caveat[];
	/** The caveats' marks ("*", "†") written after the value instead of their words; '' if none. */
	mark: string;
}

export interface CoverageHeading {
	domain_id: number;
	name: string;
	x: number;
	y: number;
}

/** A line of the key to the caveat marks: "† printed figures disagree". */
export interface CoverageKeyLine {
	mark: string;
	text: string;
	x: number;
	y: number;
}

/** Label size is LABEL_FONT on screen, smaller in a short export band. */
export interface CoverageLayout extends BarRows {
	height: number;
	/** Baseline of the axis' tick labels, and the top of its grid lines. */
	axisY: number;
	bars: CoverageBar[];
	headings: CoverageHeading[];
	ticks: AxisTick[];
	/** Width of a row's link area: the chart's, or a column's. */
	columnWidth: number;
	/** Labels stacked: a row's label baseline and bar top below its top, and the bar's height. */
	lines: StackedLines;
	/** The key to the caveat marks, when the caveats are marks (empty otherwise). */
	key: CoverageKeyLine[];
}

export interface StackedLines {
	label: number;
	bar: number;
	barHeight: number;
}

/** The value and caveats of a row, as the chart writes them. */
export interface LabelledRow {
	row: CoverageRow;
	caveats: Caveat[];
	value: string;
	caveatText: string;
}

const CAVEAT_LINE = 16;
const SCREEN_LINES: StackedLines = { label: 14, bar: 20, barHeight: 16 };
/** On screen: rows beside or under their labels, and the domain headings. */
const SCREEN_ROWS = { beside: 28, stacked: 44, barGap: 12, heading: 34 };

/**
 * @param fitHeight the height an export band gives the chart: rows, headings and type close up
 *   (kit/barFrame's compactFont) so the chart fits it at its own size; Infinity on screen. A band
 *   too short for that even at the smallest export type (a square's) gets the rows in two columns
 *   (columns.ts) when they fit so; otherwise the frame scales the drawing to the band.
 * @param floorHeight the band's height once the footer shrinks to its floor beside small chart
 *   type (compose's ExportFit): the columns may take it when `fitHeight` is too short for them.
 */
export function coverageLayout(
	rows: CoverageRow[],
	width: number,
	grouped: boolean,
	notReported = 'not reported',
	fitHeight = Infinity,
	floorHeight = fitHeight
): CoverageLayout {
	const labelled = labelRows(rows, notReported);
	const screen = layoutAt(labelled, width, grouped, LABEL_FONT, false);
	const closed = closeUp(screen, fitHeight - 8, rows.length, true, (font) =>
		layoutAt(labelled, width, grouped, font, true)
	);
	if (closed.height <= fitHeight) return closed;
	return (
		columnsLayout(labelled, width, grouped, fitHeight) ??
		columnsLayout(labelled, width, grouped, Math.max(fitHeight, floorHeight)) ??
		closed
	);
}

function labelRows(rows: CoverageRow[], notReported: string): LabelledRow[] {
	return rows.map((row) => {
		const caveats = caveatsOf(row);
		const value =
			row.pct === null
				? notReported
				: `${formatCount(row.yes, row.n)} · ${formatShare(row.yes, row.n)}`;
		return { row, caveats, value, caveatText: caveats.map((c) => CAVEAT_LABEL[c]).join(', ') };
	});
}

function layoutAt(
	labelled: LabelledRow[],
	width: number,
	grouped: boolean,
	font: number,
	compact: boolean
): CoverageLayout {
	const rows = labelled.map((l) => l.row);
	// Room right of the bars for the longest value label (about 7 px per character at 13 px).
	// Stacked, the caveats get a line of their own under the bar, so they need no room there.
	const valueRoom = (withCaveats: boolean) =>
		12 +
		Math.ceil(
			((7 * font) / LABEL_FONT) *
				Math.max(
					0,
					...labelled.map(
						(l) => l.value.length + (l.caveatText && withCaveats ? l.caveatText.length + 3 : 0)
					)
				)
		);
	const labels = rows.map(capabilityLabel);
	const measured = barFrame(width, labels, font, valueRoom(true));
	const { stacked, barX } = measured;
	const barMax = stacked ? Math.max(40, width - valueRoom(false)) : measured.barMax;
	const frame = { stacked, barX, barMax };
	const rowSizes = barRows(frame, width, font, compact, SCREEN_ROWS);
	const { rowHeight, headingHeight } = rowSizes;
	const axisBand = compact ? font * COMPACT.axis : 24;
	const x = scaleLinear().domain([0, 100]).range([0, barMax]);

	const bars: CoverageBar[] = [];
	const headings: CoverageHeading[] = [];
	let y = axisBand; // room for the axis
	let domain: number | null = null;
	for (const { row, caveats, value, caveatText } of labelled) {
		if (grouped && row.domain_id !== domain) {
			domain = row.domain_id;
			headings.push({
				domain_id: row.domain_id,
				name: row.domain_name,
				x: 0,
				y: y + (headingHeight * 22) / 34
			});
			y += headingHeight;
		}
		const height = rowHeight + (stacked && caveatText ? CAVEAT_LINE : 0);
		bars.push({
			row,
			value,
			caveatText,
			y,
			x: 0,
			height,
			width: row.pct === null ? 0 : x(row.pct),
			caveats,
			mark: ''
		});
		y += height;
	}
	const ticks = percentTicks(frame, width);
	return {
		...rowSizes,
		height: y + 8,
		axisY: (axisBand * 12) / 24,
		bars,
		headings,
		ticks,
		columnWidth: width,
		lines: SCREEN_LINES,
		key: []
	};
}
