/**
 * The map's legend drawn inside its SVG, for exports: an exported map has to explain its colours
 * on its own, and the on-screen legend is HTML (readable at any width, so it stays). The SVG
 * legend sits below the map's viewBox and is shown only in the export copy (see WorldMap and
 * export/inline.ts), whose size grows to take it in. Pure, so it is unit-tested.
 *
 * A fixed grid rather than a flowing row: text is not measured here (no DOM in the prerender),
 * and columns wide enough for the longest label cannot overlap.
 */
import type { LegendItem } from './palette';

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

export interface MapLegendLayout {
	titleY: number;
	entries: LegendEntry[];
	/** Bottom edge of the legend, in map units. */
	bottom: number;
}

export const LEGEND_SWATCH = 14;
const COLUMN_MIN = 300;
const ROW = 22;
const GAP_ABOVE = 20;
const TITLE = 20;

export function mapLegendLayout(
	items: LegendItem[],
	otherLabel: string,
	width: number,
	top: number
): MapLegendLayout {
	const columns = Math.max(1, Math.floor(width / COLUMN_MIN));
	const columnWidth = width / columns;
	const titleY = top + GAP_ABOVE + 14;
	const first = top + GAP_ABOVE + TITLE + 4;
	const all = [
		...items.map((i) => ({
			key: i.key,
			text: `${i.label} (${i.count})`,
			fill: i.fill,
			other: false
		})),
		{ key: 'other', text: otherLabel, fill: '', other: true }
	];
	const entries = all.map((e, i) => ({
		...e,
		x: (i % columns) * columnWidth,
		y: first + Math.floor(i / columns) * ROW
	}));
	const rows = Math.ceil(all.length / columns);
	return { titleY, entries, bottom: first + rows * ROW };
}
