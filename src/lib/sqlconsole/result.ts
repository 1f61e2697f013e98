/**
 * What of a result the page draws: at most RENDER_LIMIT rows, and whether it should say that
 * more exist (and whether the CSV holds them all). Cell text for the table lives here too.
 */
import { RENDER_LIMIT } from './limits';
import type { QueryResult } from './run';

export interface ResultView {
	/** Rows to draw. */
	shown: unknown[][];
	/** Rows the query returned. */
	total: number;
	/** Rows held for the CSV. */
	kept: number;
	/** More rows exist than are drawn. */
	capped: boolean;
	/** The CSV holds every row. */
	complete: boolean;
}

export function viewOf(
	result: Pick<QueryResult, 'rows' | 'total'>,
	limit = RENDER_LIMIT
): ResultView {
	const shown = result.rows.slice(0, limit);
	return {
		shown,
		total: result.total,
		kept: result.rows.length,
		capped: result.total > shown.length,
		complete: result.rows.length >= result.total
	};
}

/** Longest text drawn in one cell; the CSV keeps the whole value. */
export const CELL_CHARS = 400;

/** A cell as text for the table (null is handled by the caller, which marks it up). */
export function cellText(value: unknown): string {
	const text =
		typeof value === 'string'
			? value
			: typeof value === 'object' && value !== null
				? JSON.stringify(value)
				: String(value);
	return text.length > CELL_CHARS ? text.slice(0, CELL_CHARS) + '…' : text;
}

/** Right-align numbers, as tables of figures do. */
export const isNumeric = (value: unknown) => typeof value === 'number';
