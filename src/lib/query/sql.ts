/**
 * Every SQL statement the explorer runs, in one place. The prerender runs these against the
 * Parquet files with DuckDB in Node; the browser runs the same text in DuckDB-WASM. Each builder
 * takes typed arguments and inlines them as escaped literals.
 */
import { TABLES } from '$lib/data/schema';

export const TABLE_NAMES = TABLES.map((t) => t.name);

/** A SQL string literal. */
export function lit(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/** A SQL integer literal; throws on anything that is not a whole number. */
export function int(value: number): string {
	if (!Number.isInteger(value)) throw new Error(`Not an integer: ${value}`);
	return String(value);
}

/** Columns every indicator query returns (the dictionary's names), on table alias `i`. */
export const INDICATOR_COLUMNS = `i.indicator_id, i.label, i.population, i.yes, i.n, i.pct, i.pct_printed,
	i.status, i.candidate_values, i.discrepancy, i.source_ref, i.note,
	i.section, i.figure, i.search_phrase, i.phrase_count, i.page`;

export interface CountryFilter {
	income_group?: string | null;
	region?: string | null;
	survey?: string | null;
}

/** WHERE clause (without the keyword) for a country filter on table alias `c`. */
export function countryWhere(f: CountryFilter): string {
	const parts = ['TRUE'];
	if (f.income_group) parts.push(`c.income_group = ${lit(f.income_group)}`);
	if (f.region) parts.push(`c.region = ${lit(f.region)}`);
	if (f.survey) parts.push(`c.survey = ${lit(f.survey)}`);
	return parts.join(' AND ');
}

export const sql = {
	/** A whole table in its natural order. */
	table: (name: string, orderBy: string) => {
		if (!TABLE_NAMES.includes(name)) throw new Error(`Unknown table ${name}`);
		return `SELECT * FROM ${name} ORDER BY ${orderBy}`;
	},

	/**
	 * One row per capability with its headline coverage figure (nulls where the review has none),
	 * in MNR order. The chart sorts, groups and picks a domain itself (charts/coverage/order.ts).
	 */
	capabilityCoverage: () => `
		SELECT k.capability_id, k.domain_id, k.name, k.short_name, d.name AS domain_name,
		       i.indicator_id, i.label, i.yes, i.n, i.pct, i.pct_printed, i.status, i.discrepancy, i.source_ref, i.note,
		       i.section, i.figure, i.search_phrase, i.phrase_count, i.page
		FROM capabilities k
		JOIN domains d USING (domain_id)
		LEFT JOIN indicators i ON i.capability_id = k.capability_id AND i.headline
		ORDER BY k.capability_id`,

	/** Headline counts for the overview. */
	totals: () => `
		SELECT (SELECT count(*) FROM countries)::INTEGER AS countries,
		       (SELECT count(*) FROM countries WHERE survey = 'alliance')::INTEGER AS alliance,
		       (SELECT count(*) FROM countries WHERE survey = 'unicef')::INTEGER AS unicef,
		       (SELECT count(*) FROM mentions)::INTEGER AS mentions`,

	/** Income-group splits of each headline figure (high-income vs low- and middle-income). */
	incomeSplits: () => `
		SELECT h.capability_id, s.indicator_id, s.population, s.label, s.yes, s.n, s.pct, s.status,
		       s.candidate_values, s.source_ref, s.note
		FROM indicators h
		JOIN indicators s ON s.parent_id = h.indicator_id AND s.population IN ('hic', 'lmic', 'alliance', 'unicef')
		WHERE h.headline
		ORDER BY h.capability_id, s.population`,

	/** Mention counts per country and capability, for countries passing the filter. */
	mentionMatrix: (f: CountryFilter = {}) => `
		SELECT c.iso3, c.name, m.capability_id, count(*)::INTEGER AS mentions
		FROM mentions m JOIN countries c USING (iso3)
		WHERE m.capability_id IS NOT NULL AND ${countryWhere(f)}
		GROUP BY ALL
		ORDER BY c.name, m.capability_id`,

	/** Countries with their attributes and how often they are named (optionally for one capability). */
	countryProfiles: (capabilityId: number | null = null, f: CountryFilter = {}) => `
		SELECT c.iso3, c.name, c.map_iso3, c.income_group, c.region, c.survey, c.safe_online, c.safe_online_scope,
		       count(m.mention_id)::INTEGER AS mentions
		FROM countries c
		LEFT JOIN mentions m ON m.iso3 = c.iso3
		  AND m.capability_id IS NOT NULL
		  ${capabilityId === null ? '' : `AND m.capability_id = ${int(capabilityId)}`}
		WHERE ${countryWhere(f)}
		GROUP BY ALL
		ORDER BY c.name`,

	/** Every indicator of one capability, headline first. */
	capabilityIndicators: (capabilityId: number) => `
		SELECT * FROM indicators WHERE capability_id = ${int(capabilityId)}
		ORDER BY headline DESC, parent_id NULLS FIRST, indicator_id`,

	/** Printings of a set of indicators. */
	printingsFor: (indicatorIds: string[]) =>
		indicatorIds.length === 0
			? `SELECT * FROM printings WHERE FALSE`
			: `SELECT * FROM printings WHERE indicator_id IN (${indicatorIds.map(lit).join(', ')}) ORDER BY indicator_id`,

	/** Mentions for a capability, with country names. */
	capabilityMentions: (capabilityId: number) => `
		SELECT m.*, c.name AS country_name FROM mentions m JOIN countries c USING (iso3)
		WHERE m.capability_id = ${int(capabilityId)} ORDER BY c.name, m.mention_id`,

	/** Mentions of one country, with capability names. */
	countryMentions: (iso3: string) => `
		SELECT m.*, k.name AS capability_name, k.domain_id FROM mentions m
		LEFT JOIN capabilities k USING (capability_id)
		WHERE m.iso3 = ${lit(iso3)} ORDER BY m.capability_id NULLS LAST, m.mention_id`,

	/** Survey questions measuring a capability. */
	capabilityQuestions: (capabilityId: number) => `
		SELECT * FROM survey_questions WHERE capability_id = ${int(capabilityId)} ORDER BY CAST(number AS INTEGER)`
};
