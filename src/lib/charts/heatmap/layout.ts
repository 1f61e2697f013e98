/**
 * Geometry of the heatmap: where every row, column, group heading and cell goes for a model and a
 * container width. Pure, so it is unit-tested and identical in the prerender and the browser.
 *
 * Two shapes: the aggregate breakdowns put the 21 capabilities in rows (grouped by domain) and a
 * few population columns beside them, which fits a phone; the countries breakdown puts the 42
 * countries in rows and the 21 capabilities in columns (grouped by domain), which is wider than a
 * phone and scrolls sideways inside its container while the page itself stays put.
 */
import { charsThatFit, wrapText } from '$lib/text/wrapText';
import type { HeatmapModel } from './model';

export interface HeatColumn {
	key: string;
	x: number;
	width: number;
	/** Header text, wrapped. */
	lines: string[];
}

export interface HeatRow {
	key: string;
	y: number;
	/** Row header text, wrapped. */
	lines: string[];
}

export interface HeatGroupBand {
	/** The domain's number and name, wrapped to the band's width. */
	lines: string[];
	x: number;
	width: number;
}

export interface HeatGroupHeading {
	label: string;
	y: number;
}

/** What every layer of the on-screen heatmap draws from: the model and where its parts sit. */
export interface HeatLayer {
	model: HeatmapModel;
	layout: HeatLayout;
}

export interface HeatLayout {
	width: number;
	height: number;
	/** Wider than the container: the chart scrolls sideways inside it. */
	scroll: boolean;
	/** Narrow variant (short labels). */
	compact: boolean;
	labelWidth: number;
	cellWidth: number;
	cellHeight: number;
	/** Top of the cell area (below the column headers). */
	bodyY: number;
	/** Baseline of the column header text's first line (rotated heads: where they start). */
	headerY: number;
	/** Column heads written upwards (the countries breakdown's capability names). */
	rotatedHeads: boolean;
	columns: HeatColumn[];
	rows: HeatRow[];
	/** Domain bands over the columns (countries breakdown). */
	bands: HeatGroupBand[];
	bandY: number | null;
	/** Domain headings between rows (aggregate breakdowns). */
	headings: HeatGroupHeading[];
	/** Column numbers repeated under the last row (countries breakdown). */
	footerY: number | null;
	/** Where the per-row total sits (countries breakdown). */
	total: { x: number; width: number } | null;
	/** Show the second line (n) inside cells. */
	cellDetail: boolean;
	/** Cells too narrow for "not reported" / "ambiguous" in full use the short forms. */
	shortStandIns: boolean;
}

export const FONT = { label: 13, header: 12, cell: 13, small: 11 } as const;

/** The narrowest a cell gets (below it the grid scrolls): room for a value, and to tap. */
export const MIN_CELL_WIDTH = { figures: 64, matrix: 26 } as const;

/** The plot's width (the cells) and its minimum, for the fit contract (data-plot-width). */
export function plotWidths(layout: HeatLayout, breakdown: string): { plot: number; min: number } {
	const n = layout.columns.length;
	return {
		plot: n * layout.cellWidth,
		min: n * (breakdown === 'countries' ? MIN_CELL_WIDTH.matrix : MIN_CELL_WIDTH.figures)
	};
}

/** Upper bounds so a single column never stretches across a wide screen. */
const AGGREGATE_MAX_WIDTH = { single: 560, several: 780 };

export function heatmapLayout(model: HeatmapModel, width: number): HeatLayout {
	return model.breakdown === 'countries' ? matrixLayout(model, width) : figureLayout(model, width);
}

/** Capabilities in rows, populations in columns. */
function figureLayout(model: HeatmapModel, containerWidth: number): HeatLayout {
	const ncols = Math.max(1, model.cols.length);
	const maxWidth = ncols === 1 ? AGGREGATE_MAX_WIDTH.single : AGGREGATE_MAX_WIDTH.several;
	const available = Math.max(280, Math.min(containerWidth, maxWidth));
	const compact = available < 480;
	const minLabel = compact ? 136 : 220;
	const cellWidth =
		ncols === 1
			? compact
				? 104
				: 132
			: Math.max(MIN_CELL_WIDTH.figures, Math.min(150, Math.floor((available - minLabel) / ncols)));
	const labelWidth = Math.min(320, Math.max(minLabel, available - ncols * cellWidth));
	const width = labelWidth + ncols * cellWidth;
	const cellHeight = 42;

	const headerLines = model.cols.map((c) =>
		wrapText(c.label, charsThatFit(cellWidth - 8, FONT.header), 3)
	);
	const headerRows = Math.max(1, ...headerLines.map((l) => l.length));
	const headerY = 14;
	const bodyY = headerY + headerRows * 15 + 6;
	const columns = model.cols.map((c, i) => ({
		key: c.key,
		x: labelWidth + i * cellWidth,
		width: cellWidth,
		lines: headerLines[i]
	}));

	const labelChars = charsThatFit(labelWidth - 12, FONT.label);
	// Narrow screens get a third line rather than a cut-off name.
	const labelLines = compact ? 3 : 2;
	const rows: HeatRow[] = [];
	const headings: HeatGroupHeading[] = [];
	let y = bodyY;
	let group: number | null = null;
	for (const row of model.rows) {
		if (row.group !== null && row.group !== group) {
			group = row.group;
			headings.push({ label: `${row.group}. ${row.groupLabel ?? ''}`.trim(), y: y + 20 });
			y += 28;
		}
		rows.push({ key: row.key, y, lines: wrapText(row.short, labelChars, labelLines) });
		y += cellHeight;
	}
	return {
		width,
		height: y + 4,
		scroll: width > containerWidth,
		compact,
		labelWidth,
		cellWidth,
		cellHeight,
		bodyY,
		headerY,
		columns,
		rows,
		bands: [],
		bandY: null,
		headings,
		rotatedHeads: false,
		footerY: null,
		total: null,
		cellDetail: true,
		shortStandIns: cellWidth < 84
	};
}

/** Countries in rows, capabilities in columns grouped by domain. */
function matrixLayout(model: HeatmapModel, containerWidth: number): HeatLayout {
	const compact = containerWidth < 640;
	const labelWidth = compact ? 46 : 172;
	const gap = compact ? 4 : 6;
	// Room for a two-digit total, and for the last domain's longest word above it.
	const totalWidth = compact ? 40 : 48;
	const groups = new Set(model.cols.map((c) => c.group)).size;
	const ncols = Math.max(1, model.cols.length);
	const room = containerWidth - labelWidth - totalWidth - (groups - 1) * gap;
	const cellWidth = Math.max(MIN_CELL_WIDTH.matrix, Math.min(40, Math.floor(room / ncols)));
	const cellHeight = compact ? 26 : 24;

	// Domain names wrap inside their band (up to three lines), and the capabilities' short names
	// stand upwards over their columns, so both fit however narrow a column gets.
	const BAND_LINE = 12;
	const bandChars = (width: number) => charsThatFit(width - 4, FONT.small);
	const columns: HeatColumn[] = [];
	const bands: HeatGroupBand[] = [];
	const bandIds: (number | null)[] = [];
	let x = labelWidth;
	let group: number | null | undefined;
	for (const col of model.cols) {
		if (group !== undefined && col.group !== group) x += gap;
		if (col.group !== group) {
			bands.push({ lines: [`${col.group}. ${col.groupLabel ?? ''}`.trim()], x, width: 0 });
			bandIds.push(col.group);
			group = col.group;
		}
		columns.push({ key: col.key, x, width: cellWidth, lines: [] });
		x += cellWidth;
		const band = bands[bands.length - 1];
		band.width = x - band.x;
	}
	// The last band's words may run on over the totals column, which has no band of its own.
	for (const [i, band] of bands.entries())
		band.lines = wrapText(
			band.lines[0],
			bandChars(band.width + (i === bands.length - 1 ? totalWidth : 0)),
			3
		);
	const bandLines = Math.max(1, ...bands.map((b) => b.lines.length));
	const bandY = 12;
	const headChars = compact ? 20 : 26;
	for (const [i, col] of model.cols.entries())
		columns[i].lines = wrapText(col.label || col.key, headChars, 1);
	const longest = Math.max(1, ...columns.map((c) => (c.lines[0] ?? '').length));
	const headerTop = bandY + (bandLines - 1) * BAND_LINE + 12;
	const headerY = headerTop + Math.ceil(longest * FONT.small * 0.56) + 6;
	const bodyY = headerY + 6;
	const total = { x: x + 4, width: totalWidth - 4 };
	const width = x + totalWidth;

	const rows: HeatRow[] = model.rows.map((row, i) => ({
		key: row.key,
		y: bodyY + i * cellHeight,
		lines: compact ? [row.short] : wrapText(row.label, charsThatFit(labelWidth - 10, 12), 1)
	}));
	const bodyEnd = bodyY + model.rows.length * cellHeight;
	return {
		width,
		height: bodyEnd + 24,
		scroll: width > containerWidth,
		compact,
		labelWidth,
		cellWidth,
		cellHeight,
		bodyY,
		headerY,
		columns,
		rows,
		bands,
		bandY,
		headings: [],
		rotatedHeads: true,
		footerY: bodyEnd + 16,
		total,
		cellDetail: false,
		shortStandIns: true
	};
}
