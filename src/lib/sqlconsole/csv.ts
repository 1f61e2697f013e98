/**
 * CSV of a query result (RFC 4180): comma-separated, a header row, fields quoted when they hold a
 * comma, a quote, a line break or edge spaces, quotes doubled inside quoted fields. NULL is an
 * empty field; nested values (lists, structs) are written as JSON so nothing is lost.
 */

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field as CSV text. */
export function csvField(value: unknown): string {
	if (value === null || value === undefined) return '';
	const text =
		typeof value === 'string'
			? value
			: typeof value === 'object'
				? JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))
				: String(value);
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole result: a header line, then one line per row, each ending in a newline. */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
	const lines = [columns.map(csvField).join(',')];
	for (const row of rows) lines.push(columns.map((_, i) => csvField(row[i])).join(','));
	return lines.join('\n') + '\n';
}
