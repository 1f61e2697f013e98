/**
 * CSV of a query result: the same field rules as every other CSV the explorer writes
 * (src/lib/export/csv.ts: RFC 4180 quoting, NULL as an empty field, nested values as JSON,
 * the spreadsheet-formula guard), for a result given as column names and row arrays.
 */
import { csvField } from '$lib/export/csv';

export { csvField };

/** The whole result: a header line, then one line per row, each ending in a newline. */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
	const lines = [columns.map(csvField).join(',')];
	for (const row of rows) lines.push(columns.map((_, i) => csvField(row[i])).join(','));
	return lines.join('\n') + '\n';
}
