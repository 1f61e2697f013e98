/**
 * The map as an export draws it: the part of the map shown (the whole world, or the zoomed box)
 * and, inside the same SVG, a compact legend, because an exported map has to explain its colours
 * on its own (the on-screen legend is HTML, readable at any width, so it stays). The legend is a
 * column of swatch rows beside the map or a tight grid below it, whichever leaves the map larger
 * in the export's band; its type is set in px of the export and converted to map units, so it
 * keeps its size however far the map is zoomed. Pure, so it is unit-tested.
 *
 * Text is measured by the caller's `measure` (a canvas in the browser, where exports are composed):
 * a character estimate was too small for the real font, and long labels (the French and Spanish
 * income groups) ran out of the picture. A label wider than its column wraps.
 */
import { wrapLines } from '$lib/text/wrapText';
import type { Measure } from '$lib/export/svgText';
import type { ExportFit } from '../kit/exportFit.svelte';
import type { LegendItem } from './palette';
import type { ViewBox } from './zoom';

/** A line of the legend's text (heading, label or note): its baseline's start, in map units. */
export interface LegendLine {
	text: string;
	x: number;
	y: number;
}

export interface LegendEntry {
	key: string;
	/** "Label (count)" or just the label for countries outside the review. */
	text: string;
	/** The label as drawn, wrapped to its column. */
	lines: LegendLine[];
	fill: string;
	/** True for the muted "not in the review" swatch. */
	other: boolean;
	/** Top-left of the swatch, in map units. */
	x: number;
	y: number;
}

export interface MapExportLayout {
	/** The exported SVG's viewBox (map units): the part of the map shown plus the legend. */
	viewBox: ViewBox;
	/** Its size in px of the export (1×). */
	width: number;
	height: number;
	/** The part of the map drawn (the clip), in map units. */
	map: ViewBox;
	/** Legend type size, swatch size and row step, in map units. */
	font: number;
	swatch: number;
	heading: LegendLine[];
	entries: LegendEntry[];
	note: LegendLine[];
	/** The legend stands beside the map (true) or below it. */
	side: boolean;
}

/** Legend type in px of the export: the chart text, never under the frame's notes (12 px at most). */
export const LEGEND_FONT = 12;
const ROW = 18;
const SWATCH = 12;
/** From a swatch's left edge to its label's. */
const LABEL_INSET = SWATCH * 1.5;
const GAP = 12;
/** The widest the legend's column may be beside the map; longer labels wrap. */
const COLUMN_MAX = 230;
const COLUMN_MIN = 160;
/** Room left at the end of a measured line, for a font that renders a hair wider. */
const SLACK = 2;

/**
 * The legend's fonts as CSS shorthands, as WorldMap's styles set them (heading semi-bold, note
 * italic), for the measure.
 */
const FONTS = {
	heading: `600 ${LEGEND_FONT}px`,
	label: `400 ${LEGEND_FONT}px`,
	note: `italic 400 ${LEGEND_FONT}px`
} as const;

/**
 * @param title what the colours stand for (the legend's heading)
 * @param note a line on the part of the map shown ("Zoomed in 3× on Europe…"), or null
 * @param measure width in px of a text in a CSS font (canvasMeasure in the browser)
 * @param family the font family the export draws in
 */
export function mapExportLayout(
	items: LegendItem[],
	otherLabel: string,
	title: string,
	note: string | null,
	box: ViewBox,
	fit: ExportFit,
	measure: Measure,
	family: string
): MapExportLayout {
	const all = [
		...items.map((i) => ({
			key: i.key,
			text: `${i.label} (${i.count})`,
			fill: i.fill,
			other: false
		})),
		{ key: 'other', text: otherLabel, fill: '', other: true }
	];
	const width = (text: string, kind: keyof typeof FONTS) =>
		measure(text, `${FONTS[kind]} ${family}`);
	const wrapTo = (text: string, kind: keyof typeof FONTS, room: number) =>
		wrapLines(text, (line) => width(line, kind) + SLACK <= room);
	/** An entry's room: its swatch, its label on one line, and the gap to the next column. */
	const entryWidth =
		LABEL_INSET + Math.ceil(Math.max(...all.map((e) => width(e.text, 'label')))) + SLACK + GAP;

	/** The legend's words in a column of `room` px: heading, labels, note, and its height. */
	const words = (room: number, columns: number) => {
		const heading = wrapTo(title, 'heading', room);
		const noteLines = note ? wrapTo(note, 'note', room) : [];
		const cell = room / columns - (columns > 1 ? GAP : 0);
		const labels = all.map((e) => wrapTo(e.text, 'label', cell - LABEL_INSET));
		// A grid row is as tall as its longest label.
		const rowLines: number[] = [];
		for (let i = 0; i < labels.length; i += columns)
			rowLines.push(Math.max(...labels.slice(i, i + columns).map((l) => l.length)));
		const lines = heading.length + rowLines.reduce((a, b) => a + b, 0) + noteLines.length;
		return {
			heading,
			noteLines,
			labels,
			rowLines,
			cell: room / columns,
			height: lines * ROW + GAP
		};
	};

	// Beside: one column of rows right of the map.
	const colWidth = Math.min(COLUMN_MAX, Math.max(entryWidth, COLUMN_MIN));
	const sideWords = words(colWidth, 1);
	const sideScale = Math.min((fit.width - colWidth - GAP) / box.width, fit.height / box.height);
	// Below: a grid of as many columns as fit the width.
	const columns = Math.max(1, Math.min(all.length, Math.floor(fit.width / entryWidth)));
	// The gap above the legend is part of its height.
	const belowWords = words(fit.width, columns);
	const belowScale = Math.min(fit.width / box.width, (fit.height - belowWords.height) / box.height);
	const side =
		Number.isFinite(fit.height) && sideWords.height <= fit.height && sideScale > belowScale;

	const chosen = side ? sideWords : belowWords;
	const scale = side ? sideScale : belowScale;
	const u = 1 / scale; // map units per px
	const mapW = box.width * scale;
	const mapH = box.height * scale;
	const outWidth = side ? mapW + GAP + colWidth : mapW;
	const outHeight = side ? Math.max(mapH, chosen.height) : mapH + chosen.height;
	const left = side ? box.x + (mapW + GAP) * u : box.x;
	let y = side ? box.y : box.y + (mapH + GAP) * u;
	// A line's baseline sits 0.3 of a row above the row's bottom.
	const line = (text: string, x = left) => ({ text, x, y: (y += ROW * u) - ROW * u * 0.3 });
	const heading = chosen.heading.map((t) => line(t));
	const step = side ? 1 : columns;
	const entries: LegendEntry[] = [];
	chosen.rowLines.forEach((count, row) => {
		const top = y;
		const swatchTop = top + ((ROW - SWATCH) / 2) * u;
		for (let col = 0; col < step && row * step + col < all.length; col++) {
			const i = row * step + col;
			const x = left + col * chosen.cell * u;
			// The first line's baseline sits low beside the swatch, the others a row apart.
			const lines = chosen.labels[i].map((text, k) => ({
				text,
				x: x + LABEL_INSET * u,
				y: swatchTop + (SWATCH * 0.85 + k * ROW) * u
			}));
			entries.push({ ...all[i], lines, x, y: swatchTop });
		}
		y = top + count * ROW * u;
	});
	const noteLines = chosen.noteLines.map((t) => line(t));
	return {
		viewBox: { x: box.x, y: box.y, width: outWidth * u, height: outHeight * u },
		width: outWidth,
		height: outHeight,
		map: box,
		font: LEGEND_FONT * u,
		swatch: SWATCH * u,
		heading,
		entries,
		note: noteLines,
		side
	};
}
