/**
 * CSV of a query result, through the explorer's one CSV writer (src/lib/export/csv.ts): the same
 * field rules as every other CSV it writes, for a result given as column names and row arrays,
 * with bare newlines and no byte-order mark, as the console has always offered it.
 */
import { csvLines } from '$lib/export/csv';

/** The whole result: a header line, then one line per row, each ending in a newline. */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
	return csvLines(columns, rows, { bom: false, eol: '\n' });
}
