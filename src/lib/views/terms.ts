/**
 * The terminology list as a view: its URL parameters (search text, status), the SQL for a state
 * (answered by DuckDB-WASM), and the same filter in plain TypeScript, which answers at once while
 * the engine starts and keeps the page working where the engine cannot run.
 */
import { checkSql, TERM_STATUS_PARAMS, termStatusOf, type TermStatusParam } from '$lib/query/check';
import type { ParamState } from '$lib/url/params';
import type { CheckTerm } from '$lib/check/types';

/** Longest search text kept in the URL. */
export const MAX_QUERY = 100;

export const termsParams = {
	q: { values: (v: string) => v.length <= MAX_QUERY, default: null },
	status: { values: TERM_STATUS_PARAMS, default: null }
} as const;

export type TermsState = ParamState<typeof termsParams>;

export const termsSql = (s: TermsState) =>
	checkSql.terms({ q: s.q, status: s.status as TermStatusParam | null });

/** The filter of `termsSql`, in TypeScript (same fields, same case-insensitive substring match). */
export function filterTerms(terms: CheckTerm[], s: TermsState): CheckTerm[] {
	const q = s.q?.trim().toLowerCase();
	const status = s.status ? termStatusOf(s.status as TermStatusParam) : null;
	return terms.filter(
		(t) =>
			(!status || t.status === status) &&
			(!q ||
				t.term.toLowerCase().includes(q) ||
				(t.use_instead ?? '').toLowerCase().includes(q) ||
				t.note.toLowerCase().includes(q))
	);
}
