/**
 * DuckDB's error messages are precise but terse. The console shows them as they are (they carry
 * the position of the problem) and adds a hint in plain words for the common slips: a table or
 * column name that does not exist, a typo, a type mismatch, a result too big for the browser.
 */
import { copy } from '$lib/copy';

export interface ExplainedError {
	/** DuckDB's message, unchanged. */
	message: string;
	/** A plain-words hint, or null when there is nothing useful to add. */
	hint: string | null;
}

const hints = copy.data.console.hints;

/** The hint for a DuckDB error message, given the names of the tables that exist. */
export function explainError(message: string, tables: readonly string[]): ExplainedError {
	const table = /Table with name "?([^"\s!]+)"? does not exist/i.exec(message);
	if (table) return { message, hint: hints.unknownTable(table[1], tables.join(', ')) };
	const column = /Referenced column "([^"]+)" not found/i.exec(message);
	if (column) return { message, hint: hints.unknownColumn(column[1]) };
	const fn = /(?:Scalar|Table|Aggregate) Function with name "?([^"\s!]+)"? does not exist/i.exec(
		message
	);
	if (fn) return { message, hint: hints.unknownFunction(fn[1]) };
	if (/^Parser Error/i.test(message)) return { message, hint: hints.syntax };
	if (
		/Could not choose a best candidate function|Conversion Error|No function matches/i.test(message)
	)
		return { message, hint: hints.types };
	if (/Permission Error|disabled by configuration|external access/i.test(message))
		return { message, hint: hints.noFiles };
	if (/out of memory|memory limit|Allocation failure/i.test(message))
		return { message, hint: hints.memory };
	return { message, hint: null };
}
