/**
 * SQL of the capabilities area: the heatmap (/capabilities), one capability's page and the
 * population comparisons (/compare). Same text at prerender (DuckDB in Node) and in the browser
 * (DuckDB-WASM); every argument is inlined through `lit`/`int`.
 */
import { countryWhere, int, lit, type CountryFilter } from './sql';

export type CompareOrder = 'mnr' | 'gap' | 'lmic';

/** Leading ORDER BY keys of each comparison order; figures without the values sort last. */
const COMPARE_ORDER: Record<CompareOrder, string> = {
	mnr: '',
	gap: '(keyed.hic_pct - keyed.lmic_pct) DESC NULLS LAST, ',
	lmic: 'keyed.lmic_pct ASC NULLS LAST, '
};

/** Columns every indicator query returns (the dictionary's names). */
const INDICATOR_COLUMNS = `i.indicator_id, i.label, i.population, i.yes, i.n, i.pct, i.pct_printed,
	i.status, i.candidate_values, i.discrepancy, i.source_ref, i.note,
	i.section, i.figure, i.search_phrase, i.phrase_count, i.page`;

export const capabilitiesSql = {
	/**
	 * Heatmap cells for an aggregate breakdown: one row per capability and population column.
	 * The "all" column holds the headline figure; the hic/lmic columns hold splits of that
	 * headline. A cell with no figure comes back with null counts (drawn as "not reported"), and
	 * `others` says how many other figures the capability has for that population, so the reader
	 * can be sent to them instead of being told nothing exists. The split populations come from
	 * the columns asked for, so a new breakdown needs no change here.
	 */
	heatmapFigures: (populations: readonly string[]) => {
		const cols = populations.map((p, i) => `(${lit(p)}, ${int(i + 1)})`).join(', ');
		const splits = populations.filter((p) => p !== 'all').map(lit);
		return `
		WITH cols(population, col_order) AS (VALUES ${cols}),
		cell AS (
			SELECT h.population AS cell_population, h.*
			FROM indicators h WHERE h.headline
			UNION ALL
			SELECT s.population AS cell_population, s.*
			FROM indicators h
			JOIN indicators s ON s.parent_id = h.indicator_id
			WHERE h.headline AND s.population IN (${splits.length ? splits.join(', ') : 'NULL'})
		)
		SELECT k.capability_id::VARCHAR AS row_key, k.name AS row_label,
		       k.capability_id || '. ' || k.short_name AS row_short,
		       k.domain_id AS row_group, d.name AS row_group_label,
		       c.population AS col_key, 1 AS col_group, k.capability_id,
		       NULL::VARCHAR AS col_label, NULL::VARCHAR AS col_group_label,
		       ${INDICATOR_COLUMNS},
		       NULL::INTEGER AS mentions, NULL::INTEGER AS row_total,
		       (SELECT count(*) FROM indicators o
		        WHERE o.capability_id = k.capability_id AND o.population = c.population
		          AND o.indicator_id IS DISTINCT FROM i.indicator_id)::INTEGER AS others
		FROM capabilities k
		JOIN domains d USING (domain_id)
		CROSS JOIN cols c
		LEFT JOIN cell i ON i.capability_id = k.capability_id AND i.cell_population = c.population
		ORDER BY k.domain_id, k.capability_id, c.col_order`;
	},

	/**
	 * Heatmap cells for countries × capabilities: how many times the review names each country as
	 * an example in each capability's section (0 when it does not). Mentions, not coverage.
	 */
	heatmapMentions: (filter: CountryFilter, order: 'name' | 'mentions') => `
		WITH named AS (
			SELECT iso3, capability_id, count(*)::INTEGER AS mentions
			FROM mentions WHERE capability_id IS NOT NULL GROUP BY ALL
		),
		grid AS (
			SELECT c.iso3, c.name, k.capability_id, k.short_name, k.domain_id, d.name AS domain_name,
			       coalesce(m.mentions, 0)::INTEGER AS mentions
			FROM countries c
			CROSS JOIN capabilities k
			JOIN domains d ON d.domain_id = k.domain_id
			LEFT JOIN named m ON m.iso3 = c.iso3 AND m.capability_id = k.capability_id
			WHERE ${countryWhere(filter)}
		)
		SELECT iso3 AS row_key, name AS row_label, iso3 AS row_short,
		       NULL::INTEGER AS row_group, NULL::VARCHAR AS row_group_label,
		       capability_id::VARCHAR AS col_key, domain_id AS col_group, capability_id,
		       short_name AS col_label, domain_name AS col_group_label,
		       NULL::VARCHAR AS indicator_id, NULL::VARCHAR AS label, NULL::VARCHAR AS population,
		       NULL::INTEGER AS yes, NULL::INTEGER AS n, NULL::DOUBLE AS pct, NULL::DOUBLE AS pct_printed,
		       NULL::VARCHAR AS status, NULL::VARCHAR AS candidate_values, NULL::BOOLEAN AS discrepancy,
		       NULL::VARCHAR AS source_ref, NULL::VARCHAR AS note,
		       NULL::VARCHAR AS section, NULL::VARCHAR AS figure, NULL::VARCHAR AS search_phrase,
		       NULL::INTEGER AS phrase_count, NULL::INTEGER AS page,
		       mentions, 0 AS others,
		       (sum(mentions) OVER (PARTITION BY iso3))::INTEGER AS row_total
		FROM grid
		ORDER BY ${order === 'mentions' ? 'row_total DESC, ' : ''}name, capability_id`,

	/** Options for the heatmap's country filters: every group with its number of countries. */
	countryFacets: () => `
		SELECT 'income' AS facet, income_group AS value, count(*)::INTEGER AS countries FROM countries GROUP BY ALL
		UNION ALL
		SELECT 'region', region, count(*)::INTEGER FROM countries GROUP BY ALL
		UNION ALL
		SELECT 'survey', survey, count(*)::INTEGER FROM countries GROUP BY ALL
		ORDER BY facet, value`,

	/** One capability with its domain's name and the ids either side of it. */
	capability: (capabilityId: number) => `
		SELECT k.*, d.name AS domain_name,
		       (SELECT max(capability_id) FROM capabilities WHERE capability_id < k.capability_id) AS prev_id,
		       (SELECT min(capability_id) FROM capabilities WHERE capability_id > k.capability_id) AS next_id
		FROM capabilities k JOIN domains d USING (domain_id)
		WHERE k.capability_id = ${int(capabilityId)}`,

	/** Names of every capability (for prev/next links and labels). */
	capabilityNames: () =>
		`SELECT capability_id, name, short_name FROM capabilities ORDER BY capability_id`,

	/**
	 * Every figure the review publishes about a group of countries (income group or survey),
	 * grouped with the figure it splits: the parent's all-countries figure rides along as a
	 * reference bar. `counterparts` counts the group figures in the same comparison, so a figure
	 * published for one group only can be told apart from a real comparison.
	 */
	comparisons: (capabilityId: number | null, order: CompareOrder = 'mnr') => `
		WITH split AS (
			SELECT coalesce(s.parent_id, s.indicator_id) AS group_id, s.*
			FROM indicators s
			WHERE s.population IN ('hic', 'lmic', 'alliance', 'unicef')
			  ${capabilityId === null ? '' : `AND s.capability_id = ${int(capabilityId)}`}
		),
		grouped AS (
			SELECT * FROM split
			UNION ALL
			SELECT p.indicator_id AS group_id, p.*
			FROM indicators p WHERE p.indicator_id IN (SELECT parent_id FROM split)
		),
		keyed AS (
			SELECT group_id,
			       max(pct) FILTER (WHERE population = 'hic') AS hic_pct,
			       max(pct) FILTER (WHERE population = 'lmic') AS lmic_pct
			FROM grouped GROUP BY group_id
		)
		SELECT g.group_id, coalesce(p.label, g.label) AS group_label, g.capability_id,
		       k.name AS capability_name, k.short_name,
		       ${INDICATOR_COLUMNS.replaceAll('i.', 'g.')},
		       (SELECT count(DISTINCT population) FROM split x WHERE x.group_id = g.group_id)::INTEGER AS counterparts,
		       CASE g.population WHEN 'all' THEN 0 WHEN 'hic' THEN 1 WHEN 'lmic' THEN 2 WHEN 'alliance' THEN 3 ELSE 4 END AS series_order
		FROM grouped g
		JOIN keyed USING (group_id)
		LEFT JOIN indicators p ON p.indicator_id = g.group_id
		LEFT JOIN capabilities k ON k.capability_id = g.capability_id
		ORDER BY ${COMPARE_ORDER[order]}g.capability_id, g.group_id, series_order`,

	/**
	 * Capabilities with a figure published for two or more groups of countries (a comparison),
	 * and those with group figures that have no counterpart.
	 */
	comparedCapabilities: () => `
		WITH split AS (
			SELECT capability_id, coalesce(parent_id, indicator_id) AS group_id,
			       count(DISTINCT population) AS populations
			FROM indicators WHERE population IN ('hic', 'lmic', 'alliance', 'unicef')
			GROUP BY ALL
		)
		SELECT k.capability_id, k.name, k.short_name,
		       bool_or(s.populations > 1) AS compared
		FROM split s JOIN capabilities k USING (capability_id)
		GROUP BY ALL
		ORDER BY k.capability_id`,

	/**
	 * Per region: review countries, how many of them the review names as an example at least once
	 * (in a capability's section), and how many such mentions there are. Mentions, not figures.
	 */
	mentionsByRegion: () => `
		SELECT r.region, r.name, count(DISTINCT c.iso3)::INTEGER AS countries,
		       count(DISTINCT m.iso3)::INTEGER AS countries_named,
		       count(m.mention_id)::INTEGER AS mentions,
		       r.source_ref
		FROM regions r
		JOIN countries c ON c.region = r.region
		LEFT JOIN mentions m ON m.iso3 = c.iso3 AND m.capability_id IS NOT NULL
		GROUP BY ALL
		ORDER BY r.name`,

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
