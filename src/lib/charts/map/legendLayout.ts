/**
 * The map as an export draws it: the part of the map shown (the whole world, or the zoomed box)
 * and, inside the same SVG, a compact legend, because an exported map has to explain its colours
 * on its own (the on-screen legend is HTML, readable at any width, so it stays). The legend is a
 * column of swatch rows beside the map or a tight grid below it, whichever leaves the map larger
 * in the export's band; its type is set in px of the export and converted to map units, so it
 * keeps its size however far the map is zoomed. Pure, so it is unit-tested.
 *
 * Text is not measured here (no DOM in the prerender): widths are the kit's character estimate.
 */
import { charsThatFit, textWidth, wrapText } from '$lib/text/wrapText';
import type { ExportFit } from '../kit/exportFit.svelte';
import type { LegendItem } from './palette';
import type { ViewBox } from './zoom';

export interface LegendEntry {
	key: string;
	/** "Label (count)" or just the label for countries outside the review. */
	text: string;
	fill: string;
	/** True for the muted "not in the review" swatch. */
	other: boolean;
	/** Top-left of the swatch, in map units. */
	x: number;
	y: number;
}

/** A line of the legend's heading or of its note on the zoom, in map units. */
export interface LegendLine {
	text: string;
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
const GAP = 12;
/** The widest the legend's column may be beside the map. */
const COLUMN_MAX = 230;

/**
 * @param title what the colours stand for (the legend's heading)
 * @param note a line on the part of the map shown ("Zoomed in 3× on Europe…"), or null
 */
export function mapExportLayout(
	items: LegendItem[],
	otherLabel: string,
	title: string,
	note: string | null,
	box: ViewBox,
	fit: ExportFit
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
	const entryWidth =
		SWATCH + 6 + Math.ceil(Math.max(...all.map((e) => textWidth(e.text, LEGEND_FONT)))) + GAP;
	const words = (width: number) => {
		const chars = charsThatFit(width, LEGEND_FONT);
		return { heading: wrapText(title, chars), note: note ? wrapText(note, chars) : [] };
	};

	// Beside: one column of rows right of the map.
	const colWidth = Math.min(COLUMN_MAX, Math.max(entryWidth, 160));
	const sideWords = words(colWidth);
	const sideHeight = (sideWords.heading.length + all.length + sideWords.note.length) * ROW + GAP;
	const sideScale = Math.min((fit.width - colWidth - GAP) / box.width, fit.height / box.height);
	// Below: a grid of as many columns as fit the width.
	const columns = Math.max(1, Math.min(all.length, Math.floor(fit.width / entryWidth)));
	const belowWords = words(fit.width);
	const belowHeight =
		// The gap above the legend is part of its height.
		(belowWords.heading.length + Math.ceil(all.length / columns) + belowWords.note.length) * ROW +
		GAP;
	const belowScale = Math.min(fit.width / box.width, (fit.height - belowHeight) / box.height);
	const side = Number.isFinite(fit.height) && sideHeight <= fit.height && sideScale > belowScale;

	const scale = side ? sideScale : belowScale;
	const u = 1 / scale; // map units per px
	const mapW = box.width * scale;
	const mapH = box.height * scale;
	const width = side ? mapW + GAP + colWidth : mapW;
	const height = side ? Math.max(mapH, sideHeight) : mapH + belowHeight;
	const left = side ? box.x + (mapW + GAP) * u : box.x;
	let y = side ? box.y : box.y + (mapH + GAP) * u;
	const { heading: headingText, note: noteText } = side ? sideWords : belowWords;
	const line = (text: string) => ({ text, x: left, y: (y += ROW * u) - ROW * u * 0.3 });
	const heading = headingText.map(line);
	const step = side ? 1 : columns;
	const cellWidth = side ? colWidth : fit.width / columns;
	const top = y;
	const entries = all.map((e, i) => ({
		...e,
		x: left + (i % step) * cellWidth * u,
		y: top + (Math.floor(i / step) * ROW + (ROW - SWATCH) / 2) * u
	}));
	y = top + Math.ceil(all.length / step) * ROW * u;
	const noteLines = noteText.map(line);
	return {
		viewBox: { x: box.x, y: box.y, width: width * u, height: height * u },
		width,
		height,
		map: box,
		font: LEGEND_FONT * u,
		swatch: SWATCH * u,
		heading,
		entries,
		note: noteLines,
		side
	};
}
