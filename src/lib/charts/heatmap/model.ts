/**
 * The heatmap's state: query rows in, a matrix of typed cells out. Decides, once and testably,
 * what each cell is — a figure with its n, an ambiguous figure (no value), a figure the review
 * does not report (never zero), or a count of mentions — so the markup only draws.
 */
import { caveatsOf, type Caveat } from '$lib/data/caveats';
import { roundedPct } from '$lib/data/figures';
import { capabilityLabel } from '$lib/charts/kit/capabilityName';

/** What the heatmap sets the capabilities against, in the order a reader picks from. */
export const BREAKDOWNS = ['overall', 'income', 'countries'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

import type { HeatmapRow } from './query';

// The row type belongs to the query that returns it.
export type { HeatmapRow } from './query';

export type CellKind = 'figure' | 'ambiguous' | 'not-reported' | 'mentions';

export interface HeatAxisItem {
	key: string;
	label: string;
	short: string;
	group: number | null;
	groupLabel: string | null;
	/** Row total (mentions over all capabilities), when the breakdown has one. */
	total: number | null;
}

export interface HeatCell {
	r: number;
	c: number;
	kind: CellKind;
	/** Whole-number percentage (figures) or count (mentions); null when nothing may be drawn. */
	value: number | null;
	caveats: Caveat[];
	/** Candidate values of an ambiguous figure, as the text offers them. */
	candidates: string[];
	data: HeatmapRow;
}

export interface HeatmapModel {
	breakdown: Breakdown;
	rows: HeatAxisItem[];
	cols: HeatAxisItem[];
	/** cells[r][c]; every position is filled. */
	cells: HeatCell[][];
	/** Largest value drawn (100 for percentages; the top count for mentions). */
	max: number;
}

export interface PopulationLabel {
	label: string;
	short: string;
}

/** What kind of cell a query row is. Unsettled counts are "not reported", never 0. */
export function cellKind(row: HeatmapRow, breakdown: Breakdown): CellKind {
	if (breakdown === 'countries') return 'mentions';
	if (row.status === 'ambiguous') return 'ambiguous';
	if (row.indicator_id === null || row.yes === null || row.n === null || row.n === 0)
		return 'not-reported';
	return 'figure';
}

export function cellValue(row: HeatmapRow, kind: CellKind): number | null {
	if (kind === 'mentions') return row.mentions ?? 0;
	if (kind === 'figure') return roundedPct(row.yes as number, row.n as number);
	return null;
}

export function splitCandidates(values: string | null): string[] {
	return values
		? values
				.split('|')
				.map((v) => v.trim())
				.filter(Boolean)
		: [];
}

export function heatmapModel(
	rows: HeatmapRow[],
	breakdown: Breakdown,
	populations: Record<string, PopulationLabel>
): HeatmapModel {
	const rowIndex = new Map<string, number>();
	const colIndex = new Map<string, number>();
	const axisRows: HeatAxisItem[] = [];
	const axisCols: HeatAxisItem[] = [];
	for (const row of rows) {
		if (!rowIndex.has(row.row_key)) {
			rowIndex.set(row.row_key, axisRows.length);
			axisRows.push({
				key: row.row_key,
				label: row.row_label,
				// A capability row is labelled as every chart labels a capability ("3. Legislation").
				short:
					breakdown === 'countries'
						? row.row_short
						: capabilityLabel({ capability_id: Number(row.row_key), short_name: row.row_short }),
				group: row.row_group,
				groupLabel: row.row_group_label,
				total: row.row_total
			});
		}
		if (!colIndex.has(row.col_key)) {
			colIndex.set(row.col_key, axisCols.length);
			const population = populations[row.col_key];
			axisCols.push({
				key: row.col_key,
				label: row.col_label ?? population?.label ?? row.col_key,
				short: population?.short ?? row.col_key,
				group: row.col_group,
				groupLabel: row.col_group_label,
				total: null
			});
		}
	}
	const cells: HeatCell[][] = axisRows.map(() => new Array<HeatCell>(axisCols.length));
	let max = 0;
	for (const row of rows) {
		const r = rowIndex.get(row.row_key) as number;
		const c = colIndex.get(row.col_key) as number;
		const kind = cellKind(row, breakdown);
		const value = cellValue(row, kind);
		if (kind === 'mentions' && value !== null) max = Math.max(max, value);
		cells[r][c] = {
			r,
			c,
			kind,
			value,
			caveats: kind === 'figure' || kind === 'ambiguous' ? caveatsOf(row) : [],
			candidates: kind === 'ambiguous' ? splitCandidates(row.candidate_values) : [],
			data: row
		};
	}
	// A query always returns the full cross product; guard anyway so markup never meets a hole.
	for (let r = 0; r < axisRows.length; r++)
		for (let c = 0; c < axisCols.length; c++)
			cells[r][c] ??= {
				r,
				c,
				kind: breakdown === 'countries' ? 'mentions' : 'not-reported',
				value: breakdown === 'countries' ? 0 : null,
				caveats: [],
				candidates: [],
				data: emptyRow(axisRows[r], axisCols[c], breakdown)
			};
	return {
		breakdown,
		rows: axisRows,
		cols: axisCols,
		cells,
		max: breakdown === 'countries' ? max : 100
	};
}

/** A cell's figure fields when nothing is known about it. */
export const NO_FIGURE = {
	indicator_id: null,
	label: null,
	population: null,
	yes: null,
	n: null,
	pct: null,
	pct_printed: null,
	status: null,
	candidate_values: null,
	discrepancy: null,
	source_ref: null,
	note: null
} satisfies Partial<HeatmapRow>;

/** A cell the query did not return: nothing is known about it. */
function emptyRow(row: HeatAxisItem, col: HeatAxisItem, breakdown: Breakdown): HeatmapRow {
	return {
		row_key: row.key,
		row_label: row.label,
		row_short: row.short,
		row_group: row.group,
		row_group_label: row.groupLabel,
		col_key: col.key,
		col_group: col.group,
		col_label: col.label,
		col_group_label: col.groupLabel,
		capability_id: Number(breakdown === 'countries' ? col.key : row.key),
		...NO_FIGURE,
		mentions: breakdown === 'countries' ? 0 : null,
		others: null,
		row_total: row.total
	};
}
