/**
 * SQL of one capability's page (/capabilities/N, /embed/capability/N): the capability itself, the
 * printings of its figures and the countries named as examples. Its figures come from
 * sql.capabilityIndicators (shared with other pages). Every argument is inlined through `lit`/`int`.
 */
import { int, lit } from '$lib/query/sql';

import type { Capability } from '$lib/data/types';

export interface CapabilityDetail extends Capability {
	domain_name: string;
	prev_id: number | null;
	next_id: number | null;
}

export interface CapabilityMention {
	mention_id: number;
	iso3: string;
	country_name: string;
	kind: string;
	category: string | null;
	subject: string | null;
	summary: string;
	source_ref: string;
}

export const capabilityQueries = {
	/** One capability with its domain's name and the ids either side of it. */
	capability: (capabilityId: number) => `
		SELECT k.*, d.name AS domain_name,
		       (SELECT max(capability_id) FROM capabilities WHERE capability_id < k.capability_id) AS prev_id,
		       (SELECT min(capability_id) FROM capabilities WHERE capability_id > k.capability_id) AS next_id
		FROM capabilities k JOIN domains d USING (domain_id)
		WHERE k.capability_id = ${int(capabilityId)}`,

	/**
	 * Every printing of a set of figures, in the order they appear in the review (by the first
	 * line number of their source reference).
	 */
	printings: (indicatorIds: string[]) =>
		indicatorIds.length === 0
			? `SELECT * FROM printings WHERE FALSE`
			: `SELECT * FROM printings WHERE indicator_id IN (${indicatorIds.map(lit).join(', ')})
			   ORDER BY indicator_id,
			            TRY_CAST(regexp_extract(source_ref, 'lines? (\\d+)', 1) AS INTEGER) NULLS LAST,
			            source_ref, printed, value_kind`,

	/** The capability's countries named as examples, one row per mention. */
	capabilityMentions: (capabilityId: number) => `
		SELECT m.mention_id, m.iso3, c.name AS country_name, m.kind, m.category, m.subject,
		       m.summary, m.source_ref, m.section, m.figure, m.search_phrase, m.phrase_count, m.page
		FROM mentions m JOIN countries c USING (iso3)
		WHERE m.capability_id = ${int(capabilityId)}
		ORDER BY c.name, m.mention_id`
};
