/**
 * SQL for the figure and wording check (/check) and the terminology page (/terms). The prerender
 * runs these with DuckDB in Node; /terms filters run the same text in DuckDB-WASM.
 */
import { lit } from './sql';

/** Term statuses as they appear in the URL (no spaces). */
export const TERM_STATUS_PARAMS = ['preferred', 'avoid', 'use-with-care', 'alternative'] as const;
export type TermStatusParam = (typeof TERM_STATUS_PARAMS)[number];

export const termStatusOf = (p: TermStatusParam) => p.replaceAll('-', ' ');

export interface TermsFilter {
	/** Free text searched in the term, its replacement and its reason (case-insensitive). */
	q?: string | null;
	status?: TermStatusParam | null;
}

/** Sort key that ignores quotation marks and case, so "‘self-produced’ CSAM" sorts under s. */
const TERM_ORDER = `regexp_replace(lower(term), '[^a-z0-9 ]', '', 'g'), term`;

export const checkSql = {
	/**
	 * Every indicator with its capability's names (in English, and in French and Spanish from the
	 * translations table, so a French or Spanish sentence naming a capability finds its figures)
	 * and its reader reference (the review's verbal printings come with the printings below).
	 */
	indicators: () => `
		SELECT i.indicator_id, i.capability_id, k.name AS capability_name,
		       k.short_name AS capability_short_name, t.names AS capability_translated_names,
		       i.parent_id, i.label, i.population,
		       i.yes, i.n, i.pct, i.pct_printed, i.status, i.candidate_values, i.discrepancy,
		       i.headline, i.source_ref, i.note,
		       i.section, i.figure, i.search_phrase, i.phrase_count, i.page
		FROM indicators i
		LEFT JOIN capabilities k USING (capability_id)
		LEFT JOIN (
		  SELECT CAST(row_key AS INTEGER) AS capability_id,
		         string_agg(DISTINCT text, '|' ORDER BY text) AS names
		  FROM translations
		  WHERE table_name = 'capabilities' AND column_name IN ('name', 'short_name')
		  GROUP BY ALL
		) t USING (capability_id)
		ORDER BY i.capability_id NULLS FIRST, i.indicator_id`,

	/**
	 * Every printing of a figure, without its notes: the check reports a claim that repeats a
	 * printing the review's own counts contradict as the review's inconsistency, not as a match,
	 * and takes the dataset's judgement of the review's verbal printings ("Over three-quarters").
	 */
	printings: () => `
		SELECT indicator_id, printed, value, value_kind, agrees, source_ref FROM printings
		ORDER BY indicator_id, source_ref, printed`,

	/**
	 * The footnote numbers the dataset records (in printings' places and notes, mostly the method
	 * notes: "Footnote 15", "footnote marker 23"), so the check can split a marker glued to a number
	 * ("29 of 4123").
	 */
	footnotes: () => `
		SELECT DISTINCT CAST(f AS INTEGER) AS footnote
		FROM (SELECT unnest(regexp_extract_all(
		                     source_ref || ' ' || coalesce(note, '') || ' ' || coalesce(method_note, ''),
		                     '(?i)footnote(?: marker)? (\\d+)', 1)) AS f FROM printings)
		ORDER BY footnote`,

	/** The terminology guidance, alphabetically, optionally filtered. */
	terms: (f: TermsFilter = {}) => {
		const where = ['TRUE'];
		const q = f.q?.trim().toLowerCase();
		if (q)
			where.push(
				`(contains(lower(term), ${lit(q)}) OR contains(lower(coalesce(use_instead, '')), ${lit(q)}) OR contains(lower(note), ${lit(q)}))`
			);
		if (f.status) where.push(`status = ${lit(termStatusOf(f.status))}`);
		return `
		SELECT term, status, use_instead, note, source_ref,
		       section, figure, search_phrase, phrase_count, page FROM terms
		WHERE ${where.join(' AND ')}
		ORDER BY ${TERM_ORDER}`;
	}
};
