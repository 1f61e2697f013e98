/**
 * The coverage chart in two columns, for an export band too short to hold its rows in one (a
 * square's, about 488 × 290 px for 21 bars under 6 headings). Laid out like a printed table of
 * bars: each label on a line of its own above its bar, the value after the bar, the domains split
 * between the columns where they balance best (never one domain across two columns), and each
 * caveat a mark after the value ("*", "†") keyed once under the last row rather than a line of
 * words per bar. There is no axis: every bar has its value written beside it, and its track is
 * 100%. The type is as large as the band allows, never under the export minimum; labels never
 * wrap. Pure, like layout.ts.
 */
import { CAVEAT_LABEL, type Caveat } from '$lib/data/caveats';
import { capabilityLabel } from '../kit/capabilityName';
import { MIN_EXPORT_FONT } from '../kit/barFrame';
import { textWidth } from '$lib/text/wrapText';
import type {
	CoverageBar,
	CoverageHeading,
	CoverageKeyLine,
	CoverageLayout,
	LabelledRow
} from './layout';

/** Per px of label type: a row (label line, then bar), a domain heading, a key line. */
export const COLUMN_ROWS = { row: 2.2, heading: 1.4, key: 1.35, keyGap: 0.4 } as const;
/**
 * Inside a row, per px of type: the label's baseline, the bar's top and its height. The value,
 * centred on the bar, clears the label's descenders above it, and the label sits nearer its own
 * bar than the bar of the row before.
 */
const LINES = { label: 0.9, bar: 1.38, barHeight: 0.5 } as const;
/** The domain heading's baseline below the heading's top, per px of type: more room above than below. */
const HEADING_BASELINE = 1.05;
/** Heading type against the labels' (the chart's .heading style, 14 em / 13). */
const HEADING_EM = 14 / 13;
/** Between the two columns. */
const GUTTER = 24;
/** Under the last line, as the screen layout leaves under its last bar. */
const BOTTOM = 2;
/** The shortest full bar still worth comparing. */
const MIN_BAR = 80;
/** Marks for the caveats, given in the order the caveats first appear. */
export const CAVEAT_MARKS = ['*', '†', '‡', '§'] as const;
/** The largest type the columns use: the chart's own label size. */
const DESIGN_FONT = 13;

/** Rows in the order shown, in runs that must stay in one column (a domain, or one row). */
function runsOf(labelled: LabelledRow[], grouped: boolean): LabelledRow[][] {
	const runs: LabelledRow[][] = [];
	for (const l of labelled) {
		const last = runs.at(-1);
		if (grouped && last && last[0].row.domain_id === l.row.domain_id) last.push(l);
		else runs.push([l]);
	}
	return runs;
}

/** Height of a column in px of type. */
function units(runs: LabelledRow[][], grouped: boolean, keyLines: number): number {
	const rows = runs.reduce((n, r) => n + r.length, 0);
	const key = keyLines ? COLUMN_ROWS.keyGap + keyLines * COLUMN_ROWS.key : 0;
	return (grouped ? runs.length * COLUMN_ROWS.heading : 0) + rows * COLUMN_ROWS.row + key;
}

/**
 * The two-column layout at `width` × `fitHeight`, or null when it cannot keep its type at the
 * export minimum with every label on one line inside its column.
 */
export function columnsLayout(
	labelled: LabelledRow[],
	width: number,
	grouped: boolean,
	fitHeight: number
): CoverageLayout | null {
	const runs = runsOf(labelled, grouped);
	if (runs.length < 2) return null;
	const kinds = [...new Set(labelled.flatMap((l) => l.caveats))];
	const markOf = new Map<Caveat, string>(kinds.map((c, i) => [c, CAVEAT_MARKS[i] ?? '*']));
	// The split whose taller column is shortest; the key goes under the second column.
	let split = 1;
	let tallest = Infinity;
	for (let k = 1; k < runs.length; k++) {
		const h = Math.max(
			units(runs.slice(0, k), grouped, 0),
			units(runs.slice(k), grouped, kinds.length)
		);
		if (h < tallest) [split, tallest] = [k, h];
	}
	const columnWidth = (width - GUTTER) / 2;
	const marked = labelled.map((l) => l.caveats.map((c) => markOf.get(c)).join(''));
	const widest = (font: number) =>
		Math.max(
			...labelled.map((l) => textWidth(capabilityLabel(l.row), font)),
			...runs.map((r) => (grouped ? textWidth(headingText(r[0]), font * HEADING_EM) : 0)),
			...kinds.map((c) => textWidth(`${markOf.get(c)} ${CAVEAT_LABEL[c]}`, font))
		);
	// Room after a full bar for the longest value and its marks (as layout.ts counts it).
	const valueRoom = (font: number) =>
		12 +
		Math.ceil(
			((7 * font) / DESIGN_FONT) *
				Math.max(...labelled.map((l, i) => l.value.length + (marked[i] ? marked[i].length + 1 : 0)))
		);
	let font = Math.floor(Math.min(DESIGN_FONT, (fitHeight - BOTTOM) / tallest) * 4) / 4;
	while (font >= MIN_EXPORT_FONT && widest(font) > columnWidth) font -= 0.25;
	const barMax = columnWidth - valueRoom(font);
	if (font < MIN_EXPORT_FONT || barMax < MIN_BAR) return null;

	const rowHeight = font * COLUMN_ROWS.row;
	const headingHeight = font * COLUMN_ROWS.heading;
	const bars: CoverageBar[] = [];
	const headings: CoverageHeading[] = [];
	const key: CoverageKeyLine[] = [];
	let bottom = 0;
	const columns = [runs.slice(0, split), runs.slice(split)];
	columns.forEach((column, c) => {
		const x = c * (columnWidth + GUTTER);
		let y = 0;
		for (const run of column) {
			if (grouped) {
				headings.push({
					domain_id: run[0].row.domain_id,
					name: run[0].row.domain_name,
					x,
					y: y + font * HEADING_BASELINE
				});
				y += headingHeight;
			}
			for (const l of run) {
				bars.push({
					row: l.row,
					value: l.value,
					caveatText: l.caveatText,
					caveats: l.caveats,
					mark: marked[labelled.indexOf(l)],
					x,
					y,
					height: rowHeight,
					width: l.row.pct === null ? 0 : (barMax * l.row.pct) / 100
				});
				y += rowHeight;
			}
		}
		if (c === 1 && kinds.length) {
			y += font * COLUMN_ROWS.keyGap;
			for (const kind of kinds) {
				key.push({ mark: markOf.get(kind)!, text: CAVEAT_LABEL[kind], x, y: y + font });
				y += font * COLUMN_ROWS.key;
			}
		}
		bottom = Math.max(bottom, y);
	});
	return {
		width,
		height: bottom + BOTTOM,
		stacked: true,
		barX: 0,
		barMax,
		rowHeight,
		font,
		barInset: 0,
		barHeight: font * LINES.barHeight,
		headingHeight,
		axisY: 0,
		bars,
		headings,
		ticks: [],
		columnWidth,
		lines: {
			label: font * LINES.label,
			bar: font * LINES.bar,
			barHeight: font * LINES.barHeight
		},
		key
	};
}

/** A domain heading as the chart writes it. */
function headingText(l: LabelledRow): string {
	return `${l.row.domain_id}. ${l.row.domain_name}`;
}
