/**
 * The heatmap's key drawn inside its SVG, for exports: an exported heatmap has to explain its
 * colours, patterns and marks on its own, and the on-screen key is HTML (HeatmapLegend, which
 * stays). This one sits below the grid's viewBox and is shown only in the export copy (see
 * Heatmap.svelte and export/inline.ts, whose copy grows to take it in). Pure, so it is
 * unit-tested; the same choices as the HTML key: only what the view contains is listed.
 *
 * Text is not measured (no DOM in the prerender): widths are estimated from character counts
 * with the same per-character allowance the chart's wrapping uses, rounded up generously.
 */
import { formatPct } from '$lib/format';
import type { Caveat } from '$lib/data/caveats';
import { wrapText } from '$lib/text/wrapText';
import type { HeatmapModel } from './model';
import { legendStops, type CellColour } from './scale';

/** Which stand-ins and marks the view contains (the key lists only those). */
export interface HeatPresence {
	notReported: boolean;
	ambiguous: boolean;
	caveats: Caveat[];
}

export function heatPresence(model: HeatmapModel): HeatPresence {
	const cells = model.cells.flat();
	return {
		notReported: cells.some((c) => c.kind === 'not-reported'),
		ambiguous: cells.some((c) => c.kind === 'ambiguous'),
		caveats: [...new Set(cells.flatMap((c) => c.caveats))]
	};
}

export type HeatKeySwatch = 'scaled' | 'zero' | 'not-reported' | 'ambiguous' | 'mark' | 'none';

export interface HeatKeyEntry {
	key: string;
	swatch: HeatKeySwatch;
	/** Fill of a scaled swatch (light scheme: exports are always light). */
	colour: CellColour | null;
	/** The mark written in a 'mark' swatch (†, *, ≠, ?). */
	mark: string;
	text: string;
	/** Top-left of the swatch, in chart units. */
	x: number;
	y: number;
}

export interface HeatLegendLayout {
	title: string;
	titleY: number;
	entries: HeatKeyEntry[];
	/** Bottom edge of the key, in chart units. */
	bottom: number;
}

/** Width of a column of the capability index (countries breakdown). */
const INDEX_COLUMN = 250;

export interface HeatLegendWords {
	pct: string;
	count: string;
	zero: string;
	notReported: string;
	ambiguous: string;
	derived: string;
	smallN: string;
	discrepancy: string;
	marks: Record<'derived' | 'small-n' | 'discrepancy' | 'ambiguous', string>;
}

export const KEY_SWATCH = { width: 24, height: 14 } as const;
export const KEY_FONT = 12;
const ROW = 22;
const GAP_ABOVE = 22;
const TITLE = 18;
const TEXT_GAP = 6;
const ITEM_GAP = 16;
/** Per-character allowance at KEY_FONT, a little wider than the wrapping's to be safe. */
const CHAR = KEY_FONT * 0.6;

const textWidth = (text: string) => Math.ceil(text.length * CHAR);

export function heatLegendLayout(
	model: Pick<HeatmapModel, 'breakdown' | 'max'> & { cols?: HeatmapModel['cols'] },
	present: HeatPresence,
	words: HeatLegendWords,
	width: number,
	top: number
): HeatLegendLayout {
	const kind = model.breakdown === 'countries' ? 'count' : 'pct';
	const stops = legendStops(kind === 'count' ? model.max : 100, kind);
	const scale: Omit<HeatKeyEntry, 'x' | 'y'>[] = [
		...(kind === 'count'
			? [
					{
						key: 'zero',
						swatch: 'zero' as const,
						colour: null,
						mark: '',
						text: `0 (${words.zero})`
					}
				]
			: []),
		...stops.map((s) => ({
			key: `stop-${s.value}`,
			swatch: 'scaled' as const,
			colour: s.colour,
			mark: '',
			text: kind === 'pct' ? formatPct(s.value) : String(s.value)
		}))
	];
	const keys: Omit<HeatKeyEntry, 'x' | 'y'>[] = [];
	if (present.notReported)
		keys.push({
			key: 'not-reported',
			swatch: 'not-reported',
			colour: null,
			mark: '',
			text: words.notReported
		});
	if (present.ambiguous)
		keys.push({
			key: 'ambiguous',
			swatch: 'ambiguous',
			colour: null,
			mark: words.marks.ambiguous,
			text: words.ambiguous
		});
	const markText = {
		derived: words.derived,
		'small-n': words.smallN,
		discrepancy: words.discrepancy
	};
	for (const m of ['derived', 'small-n', 'discrepancy'] as const)
		if (present.caveats.includes(m))
			keys.push({ key: m, swatch: 'mark', colour: null, mark: words.marks[m], text: markText[m] });

	const titleY = top + GAP_ABOVE + 12;
	let y = top + GAP_ABOVE + TITLE + 4;
	const entries: HeatKeyEntry[] = [];
	// The scale flows along a row, wrapping at the chart's width.
	let x = 0;
	for (const e of scale) {
		const w = KEY_SWATCH.width + TEXT_GAP + textWidth(e.text);
		if (x > 0 && x + w > width) {
			x = 0;
			y += ROW;
		}
		entries.push({ ...e, x, y });
		x += w + ITEM_GAP;
	}
	y += ROW;
	// Stand-ins and marks are sentences: one a line, as in the HTML key.
	for (const e of keys) {
		entries.push({ ...e, x: 0, y });
		y += ROW;
	}
	// The countries breakdown heads its columns with capability numbers only (the names are in
	// hover titles on screen): a file has to name them, in a grid of short names.
	if (kind === 'count' && model.cols?.length) {
		const columns = Math.max(1, Math.floor(width / INDEX_COLUMN));
		const perColumn = Math.ceil(model.cols.length / columns);
		const top = y + 6;
		model.cols.forEach((c, i) => {
			entries.push({
				key: `col-${c.key}`,
				swatch: 'none',
				colour: null,
				mark: '',
				text: wrapText(`${c.key}. ${c.label}`, Math.floor((INDEX_COLUMN - 12) / CHAR), 1)[0],
				x: Math.floor(i / perColumn) * (width / columns) - KEY_SWATCH.width - TEXT_GAP,
				y: top + (i % perColumn) * (ROW - 4)
			});
		});
		y = top + perColumn * (ROW - 4) + 4;
	}
	return { title: kind === 'pct' ? words.pct : words.count, titleY, entries, bottom: y };
}

/** Where a key entry's text starts and sits (baseline). */
export const keyTextAt = (e: Pick<HeatKeyEntry, 'x' | 'y'>) => ({
	x: e.x + KEY_SWATCH.width + TEXT_GAP,
	y: e.y + KEY_SWATCH.height - 3
});
