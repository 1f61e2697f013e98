/**
 * DuckDB's error messages are precise but terse, and some arrive as JSON. The console says what
 * kind of problem it is in a sentence, keeps DuckDB's own words and details, marks the spot in the
 * query (see engineError.ts), and adds a hint in plain words for the common slips: a table or
 * column name that does not exist, a typo, a type mismatch, a result too big for the browser.
 */
import { copy } from '$lib/copy';
import { readEngineError } from './engineError';

export interface ExplainedError {
	/** What went wrong, as a sentence. */
	message: string;
	/** DuckDB's kind of error ("Parser", "Binder", "Catalog", …), when it came from DuckDB. */
	kind?: string | null;
	/** DuckDB's further lines (candidate names, suggestions). */
	details?: string[];
	/** Where in the query the problem is (a character offset), when DuckDB says. */
	position?: number | null;
	/** A plain-words hint, or null when there is nothing useful to add. */
	hint: string | null;
}

const hints = copy.data.console.hints;

/** DuckDB's error for `sql` as a sentence, its details and spot, and a hint. */
export function explainError(raw: string, tables: readonly string[], sql = ''): ExplainedError {
	const e = readEngineError(raw, sql);
	const words = e.message.replace(/[!.]+$/, '');
	const sentence = `${copy.data.console.errorKind(e.kind)}${copy.colon} ${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
	return {
		message: sentence,
		kind: e.kind,
		details: e.details,
		position: e.position,
		hint: hintFor(e.kind ? `${e.kind} Error: ${e.message}` : e.message, tables)
	};
}

/** The hint for a DuckDB error message, given the names of the tables that exist. */
function hintFor(message: string, tables: readonly string[]): string | null {
	const table = /Table with name "?([^"\s!]+)"? does not exist/i.exec(message);
	if (table) return hints.unknownTable(table[1], tables.join(', '));
	const column = /Referenced column "([^"]+)" not found/i.exec(message);
	if (column) return hints.unknownColumn(column[1]);
	const fn = /(?:Scalar|Table|Aggregate) Function with name "?([^"\s!]+)"? does not exist/i.exec(
		message
	);
	if (fn) return hints.unknownFunction(fn[1]);
	if (/^Parser Error/i.test(message)) return hints.syntax;
	if (
		/Could not choose a best candidate function|Conversion Error|No function matches/i.test(message)
	)
		return hints.types;
	if (/Permission Error|disabled by configuration|external access/i.test(message))
		return hints.noFiles;
	if (/out of memory|memory limit|Allocation failure/i.test(message)) return hints.memory;
	return null;
}
