/**
 * The one CSV writer: chart exports, the briefing pack, the SQL console and the build's dataset
 * files (scripts/data/write.ts, scripts/derive-reader-refs.ts) all write through `csvLines`, so a
 * field is quoted the same way wherever it ends up. RFC 4180 style:
 * - fields holding a comma, quote, CR or LF are quoted, quotes doubled; lines end in CRLF by default;
 * - null and missing values are empty fields (never 0: "not reported" is not zero);
 * - numbers and booleans are written as the dataset files write them (`76.19…`, `true`);
 * - text that a spreadsheet would run as a formula gets a leading apostrophe, the usual guard
 *   against CSV formula injection: text starting with = + - @ | ; or their full-width forms,
 *   also after leading spaces, and text starting with a tab or a line break. Numbers are untouched.
 *   The build turns the guard off: the dataset files are read by programs, and their bytes are the
 *   dataset version's hash;
 * - a UTF-8 byte-order mark leads the file by default, because Excel otherwise reads UTF-8 as a
 *   legacy code page and garbles names like "Côte d'Ivoire" and the em dash; pandas, readr,
 *   DuckDB and LibreOffice all skip it. Pass `{ bom: false }` for a bare file.
 */
import type { ChartColumn } from '$lib/export/meta';

export const BOM = '\ufeff';

// Quote on separators and line breaks, and on edge spaces, which some readers trim.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^(?:[\s\u3000]*[=+\-@|;\uFF1D\uFF0B\uFF0D\uFF20\uFF5C\uFF1B]|[\t\r\n])/;

export interface CsvOptions {
	/** Lead with a UTF-8 byte-order mark (default true). */
	bom?: boolean;
	/** Line ending (default CRLF, as RFC 4180 asks). */
	eol?: '\r\n' | '\n';
	/** Prefix text a spreadsheet would run as a formula with an apostrophe (default true). */
	formulaGuard?: boolean;
}

/** The options of the dataset files the build writes: what d3-dsv wrote before, byte for byte. */
export const DATASET_CSV: CsvOptions = { bom: false, eol: '\n', formulaGuard: false };

export function csvField(value: unknown, formulaGuard = true): string {
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
		if (formulaGuard && FORMULA_START.test(s)) s = `'${s}`;
	}
	return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header line, then one line per row (values by position, so names may repeat). */
export function csvLines(
	header: readonly string[],
	rows: readonly (readonly unknown[])[],
	{ bom = true, eol = '\r\n', formulaGuard = true }: CsvOptions = {}
): string {
	const line = (values: readonly unknown[]) =>
		values.map((v) => csvField(v, formulaGuard)).join(',') + eol;
	return (bom ? BOM : '') + line(header) + rows.map(line).join('');
}

/** Exactly the rows a chart shows, under the dictionary's column names (`key`, not the label). */
export function toCsv(
	columns: readonly ChartColumn[],
	rows: readonly Record<string, unknown>[],
	options: CsvOptions = {}
): string {
	return csvLines(
		columns.map((c) => c.key),
		rows.map((row) => columns.map((c) => row[c.key])),
		options
	);
}
