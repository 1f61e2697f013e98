/**
 * SQL of the population comparison (/compare, /embed/compare): every figure the review publishes
 * for a group of countries, which capabilities have such comparisons, and the mentions by region
 * the page shows beside them. Same text at prerender (DuckDB in Node) and in the browser
 * (DuckDB-WASM); none takes a value from the reader but the order, one of three fixed texts.
 */
import { INDICATOR_COLUMNS } from '$lib/query/sql';
import type { BarFigure } from '$lib/charts/bars/model';

/** A row of the comparisons query: a figure and the comparison group it belongs to. */
export interface ComparisonRow extends BarFigure {
	group_id: string;
	group_label: string;
	capability_name: string | null;
	short_name: string | null;
	counterparts: number;
}

/** A row of comparedCapabilities: a capability with group figures, and whether any is compared. */
export interface ComparedCapability {
	capability_id: number;
	name: string;
	short_name: string;
	compared: boolean;
}

/** A row of mentionsByRegion: a region's review countries and how often the review names them. */
export interface RegionMentions {
	region: string;
	name: string;
	countries: number;
	countries_named: number;
	mentions: number;
	source_ref: string;
}

export type CompareOrder = 'mnr' | 'gap' | 'lmic';

/** Leading ORDER BY keys of each comparison order; figures without the values sort last. */
const COMPARE_ORDER: Record<CompareOrder, string> = {
	mnr: '',
	gap: '(keyed.hic_pct - keyed.lmic_pct) DESC NULLS LAST, ',
	lmic: 'keyed.lmic_pct ASC NULLS LAST, '
};

export const compareQueries = {
	/**
	 * Every figure the review publishes about a group of countries (income group or survey),
	 * grouped with the figure it splits: the parent's all-countries figure rides along as a
	 * reference bar. `counterparts` counts the group figures in the same comparison, so a figure
	 * published for one group only can be told apart from a real comparison. Every capability's:
	 * the chart keeps one capability's itself (compareView), so choosing one asks no query.
	 */
	comparisons: (order: CompareOrder = 'mnr') => `
		WITH split AS (
			SELECT coalesce(s.parent_id, s.indicator_id) AS group_id, s.*
			FROM indicators s
			WHERE s.population IN ('hic', 'lmic', 'alliance', 'unicef')
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
		ORDER BY r.name`
};
