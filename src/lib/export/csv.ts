/**
 * CSV of exactly the rows a chart shows, with the columns named as in the data dictionary
 * (the `key`s of `meta.columns`, not the display labels), RFC 4180 style:
 * - fields holding a comma, quote, CR or LF are quoted, quotes doubled; lines end in CRLF;
 * - null and missing values are empty fields (never 0: "not reported" is not zero);
 * - numbers and booleans are written as the dataset files write them (`76.19…`, `true`);
 * - text that a spreadsheet would run as a formula gets a leading apostrophe, the usual guard
 *   against CSV formula injection: text starting with = + - @ | ; or their full-width forms,
 *   also after leading spaces, and text starting with a tab or a line break. Numbers are untouched.
 * - a UTF-8 byte-order mark leads the file by default, because Excel otherwise reads UTF-8 as a
 *   legacy code page and garbles names like "Côte d'Ivoire" and the em dash; pandas, readr,
 *   DuckDB and LibreOffice all skip it. Pass `{ bom: false }` for a bare file.
 */
import type { ChartColumn } from '$lib/charts/kit/meta';

export const BOM = '\ufeff';

// Quote on separators and line breaks, and on edge spaces, which some readers trim.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^(?:[\s\u3000]*[=+\-@|;\uFF1D\uFF0B\uFF0D\uFF20\uFF5C\uFF1B]|[\t\r\n])/;

export function csvField(value: unknown): string {
	if (value === null || value === undefined) return '';
	let s: string;
	if (typeof value === 'number') s = Number.isFinite(value) ? String(value) : '';
	else if (typeof value === 'bigint' || typeof value === 'boolean') s = String(value);
	else if (value instanceof Date) s = value.toISOString();
	// Nested values (lists, structs from the SQL console) as JSON, so nothing is lost.
	else if (typeof value === 'object')
		s = JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
	else {
		s = String(value);
		if (FORMULA_START.test(s)) s = `'${s}`;
	}
	return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(
	columns: ChartColumn[],
	rows: Record<string, unknown>[],
	{ bom = true }: { bom?: boolean } = {}
): string {
	const lines = [columns.map((c) => csvField(c.key)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvField(row[c.key])).join(','));
	return (bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}
