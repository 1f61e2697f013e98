/**
 * The countries heatmap laid out for a slide or square export, as a print designer would set it:
 * the grid turned so its long axis (the countries) runs along the frame's long side, countries as
 * columns headed by their ISO3 codes (written upwards), capabilities as rows with their short
 * names, a thin gap between domains, the totals per country in a last row, and a one-line key
 * under the grid. One type size for all of it (EXPORT_FONT, the notes' size: the footer is never
 * larger than the chart's text); the cells take all the room the band gives. When they are too
 * small to hold their numbers they are drawn in colour alone, and the key explains the colours. The screen layout (layout.ts) is untouched: this one is used only while
 * the exporter copies the chart (see kit/exportFit).
 *
 * Widths are estimated from character counts like every chart label here (no DOM in tests).
 * Pure, so it is unit-tested: labels at least the floor, inside the band, nothing overlapping.
 */
import { capabilityLabel } from '$lib/charts/kit/capabilityName';
import type { HeatCell, HeatmapModel } from './model';
import { heatColour, legendStops, scalePosition, type CellColour } from './scale';

/**
 * The one type size of the export grid: the exports' floor for notes (compose.ts MIN_SMALL). The
 * chart tells the exporter (data-export-font), which plans the footer at this size, so the band
 * it gives the chart is the band the chart gets in the composed picture.
 */
export const EXPORT_FONT = 8;
/** ISO3 codes are capitals, wider than the average character the estimate assumes. */
const CAPS_EM = 0.7;
/** Row pitch as a share of the type size (8 px type on a 9 px pitch): closer, lines touch. */
const ROW_LEAD = 1.125;
/** Rotated heads may sit a little closer than rows: capitals have no descenders. */
const HEAD_PITCH = 0.9;
/**
 * Average advance of a character as a share of the type size, a little wider than the charts'
 * wrapping allowance (0.56): a label that runs long here would run into the cells or the next
 * entry of the key, with no wrapping to catch it.
 */
const CHAR_EM = 0.6;
const textWidth = (text: string, font: number) => text.length * font * CHAR_EM;

/** The key's swatch and the gap after it, at a type size. */
export const keySwatch = (font: number) => ({
	width: Math.round(font * 1.6),
	height: Math.round(font * 0.9),
	gap: Math.round(font * 0.4)
});

export interface HeatExportColumn {
	/** The country's ISO3 code (its row key in the model). */
	key: string;
	/** Index of the country in model.rows. */
	r: number;
	x: number;
}

export interface HeatExportRow {
	/** The capability's id (its column key in the model). */
	key: string;
	/** Index of the capability in model.cols. */
	c: number;
	y: number;
	label: string;
}

export type HeatExportSwatch = 'zero' | 'scaled' | 'none';

export interface HeatExportKeyEntry {
	swatch: HeatExportSwatch;
	colour: CellColour | null;
	text: string;
	/** Left edge of the swatch (or of the text, without one) and the line's top. */
	x: number;
	y: number;
	/** Width of the entry, swatch and text. */
	width: number;
}

export interface HeatExportLayout {
	width: number;
	height: number;
	/** The one type size of the grid, its heads, labels, numbers and key. */
	font: number;
	labelWidth: number;
	cellWidth: number;
	cellHeight: number;
	/** Bottom of the column heads: the rotated codes start here, going up. */
	headBottom: number;
	columns: HeatExportColumn[];
	rows: HeatExportRow[];
	/** Where a hairline divides one domain's rows from the next (only when they have no gap). */
	rules: number[];
	/** Whether the cells write their numbers (false: colour alone). */
	values: boolean;
	/** Top of the totals row (per country) and its label, or null when the numbers do not fit. */
	totalY: number | null;
	totalLabel: string;
	/** Height of one key line; the key's entries, flowed over one or more lines. */
	keyLine: number;
	key: HeatExportKeyEntry[];
}

export interface HeatExportWords {
	/** The key's title, e.g. "Times named as an example". */
	title: string;
	/** Said of a zero cell, e.g. "not named". */
	zero: string;
	/** How the columns are headed, e.g. "Countries by ISO3 code". */
	codes: string;
	/** The totals row's label, e.g. "All capabilities". */
	total: string;
}

/** The cell of capability row `c` and country column `r` (the model has countries in rows). */
export const exportCell = (model: HeatmapModel, r: number, c: number): HeatCell =>
	model.cells[r][c];

/** The fill of a cell with mentions; null for zero (drawn as an empty, outlined cell). */
export function exportCellColour(model: HeatmapModel, cell: HeatCell): CellColour | null {
	if (!cell.value) return null;
	return heatColour(scalePosition(cell.value, model.max, 'count'));
}

/**
 * Whether a heatmap has a print layout of its own: the countries grid (with countries to draw).
 * The chart tells the exporter so (its footer stacked, at EXPORT_FONT); other breakdowns are
 * scaled from the screen drawing.
 */
export const hasExportLayout = (model: HeatmapModel): boolean =>
	model.breakdown === 'countries' && model.rows.length > 0 && model.cols.length > 0;

/**
 * The export layout of the countries heatmap in a band of `width` × `height` px, or null when
 * it does not apply (another breakdown, no countries) or cannot fit at the floor; the exporter
 * then scales the screen drawing, as for any chart.
 */
export function heatExportLayout(
	model: HeatmapModel,
	band: { width: number; height: number },
	words: HeatExportWords,
	font = EXPORT_FONT
): HeatExportLayout | null {
	if (!hasExportLayout(model)) return null;
	if (!(band.width > 0) || !Number.isFinite(band.height) || !(band.height > 0)) return null;
	// In order of what a reader loses least: the numbers in the cells come first, then the gaps
	// between domains (a rule still divides them), then the key's title (the subtitle says what is
	// counted). With none of them it may not fit at all.
	for (const values of [true, false])
		for (const gaps of [true, false])
			for (const keyTitle of [true, false]) {
				const layout = attempt(model, band, words, font, { values, gaps, keyTitle });
				if (layout) return layout;
			}
	return null;
}

function attempt(
	model: HeatmapModel,
	band: { width: number; height: number },
	words: HeatExportWords,
	font: number,
	{ values, gaps, keyTitle }: { values: boolean; gaps: boolean; keyTitle: boolean }
): HeatExportLayout | null {
	const countries = model.rows.length;
	const labels = model.cols.map((col) =>
		capabilityLabel({ capability_id: Number(col.key), short_name: col.label || col.key })
	);
	const labelGap = Math.round(font * 0.6);
	const labelWidth = Math.ceil(
		Math.max(...labels.map((l) => textWidth(l, font)), textWidth(words.total, font)) + labelGap
	);
	// Wide enough for the rotated codes; never so wide that a few countries stretch across a slide.
	const cellWidth = Math.min(font * 4, (band.width - labelWidth) / countries);
	if (cellWidth < font * HEAD_PITCH) return null;
	const digits = String(Math.max(model.max, ...model.rows.map((r) => r.total ?? 0))).length;
	if (values && cellWidth < digits * font * 0.62 + 3) return null;

	const headBottom = Math.ceil(3 * CAPS_EM * font) + Math.round(font * 0.4);
	const headGap = 1;
	const groupGap = gaps ? Math.max(2, Math.round(font * 0.3)) : 0;
	const groups = new Set(model.cols.map((c) => c.group)).size;
	const keyLine = Math.ceil(font * 1.5);
	const keyGap = Math.round(font * 0.6);
	const width = Math.ceil(labelWidth + countries * cellWidth);
	const key = flowKey(model, words, font, width, keyTitle);
	const keyLines = Math.max(...key.map((e) => e.y)) + 1;
	const rowCount = model.cols.length + (values ? 1 : 0);
	const fixed =
		headBottom +
		headGap +
		(groups - 1) * groupGap +
		(values ? Math.max(2, groupGap) * 2 : 0) +
		keyGap +
		keyLines * keyLine;
	const cellHeight = Math.min(font * 2.2, (band.height - fixed) / rowCount);
	if (cellHeight < font * ROW_LEAD) return null;

	const rows: HeatExportRow[] = [];
	const rules: number[] = [];
	let y = headBottom + headGap;
	let group: number | null | undefined;
	for (const [c, col] of model.cols.entries()) {
		if (group !== undefined && col.group !== group) {
			// With no room for a gap, a hairline on the boundary divides the domains.
			if (!groupGap) rules.push(y);
			y += groupGap;
		}
		group = col.group;
		rows.push({ key: col.key, c, y, label: labels[c] });
		y += cellHeight;
	}
	let totalY: number | null = null;
	if (values) {
		totalY = y + Math.max(2, groupGap) * 2;
		y = totalY + cellHeight;
	}
	const keyTop = y + keyGap;
	const columns = model.rows.map((row, r) => ({ key: row.key, r, x: labelWidth + r * cellWidth }));
	return {
		width,
		// Sums of fractions: a hair over a whole number is that number.
		height: Math.ceil(keyTop + keyLines * keyLine - 1e-6),
		font,
		labelWidth,
		cellWidth,
		cellHeight,
		headBottom,
		columns,
		rows,
		rules,
		values,
		totalY,
		totalLabel: words.total,
		keyLine,
		key: key.map((e) => ({ ...e, y: keyTop + e.y * keyLine }))
	};
}

/**
 * The key's entries in reading order, flowed into lines of `width`: its title (if wanted), a swatch per
 * step of the scale (zero first), and how the columns are headed. `y` is the line's number.
 */
function flowKey(
	model: HeatmapModel,
	words: HeatExportWords,
	font: number,
	width: number,
	withTitle: boolean
): HeatExportKeyEntry[] {
	const swatch = keySwatch(font);
	const items: Omit<HeatExportKeyEntry, 'x' | 'y' | 'width'>[] = [
		...(withTitle ? [{ swatch: 'none' as const, colour: null, text: `${words.title}:` }] : []),
		{ swatch: 'zero', colour: null, text: `0 (${words.zero})` },
		...legendStops(model.max, 'count').map((s) => ({
			swatch: 'scaled' as const,
			colour: s.colour,
			text: String(s.value)
		})),
		{ swatch: 'none', colour: null, text: words.codes }
	];
	const codes = items.at(-1);
	const out: HeatExportKeyEntry[] = [];
	let x = 0;
	let line = 0;
	for (const item of items) {
		// The sentence on codes follows the scale after a dot, or starts a line of its own as a
		// sentence does (its words are written to follow the dot).
		const textAt = (start: boolean) =>
			item !== codes ? item.text : start ? capitalised(item.text) : `· ${item.text}`;
		const widthOf = (text: string) =>
			(item.swatch === 'none' ? 0 : swatch.width + swatch.gap) + Math.ceil(textWidth(text, font));
		let text = textAt(x === 0);
		if (x > 0 && x + widthOf(text) > width) {
			x = 0;
			line++;
			text = textAt(true);
		}
		const w = widthOf(text);
		out.push({ ...item, text, x, y: line, width: w });
		x += w + font;
	}
	return out;
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Where a key entry's text starts. */
export function exportKeyTextX(font: number, e: HeatExportKeyEntry): number {
	const swatch = keySwatch(font);
	return e.swatch === 'none' ? e.x : e.x + swatch.width + swatch.gap;
}
