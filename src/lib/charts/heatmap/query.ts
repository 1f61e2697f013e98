/**
 * SQL of the capabilities heatmap (/capabilities, /embed/heatmap): its cells for each breakdown and
 * the options of its country filters. Same text at prerender (DuckDB in Node) and in the browser
 * (DuckDB-WASM); every argument is inlined through `lit`/`int`.
 */
import { countryWhere, INDICATOR_COLUMNS, int, lit, type CountryFilter } from '$lib/query/sql';
import type { ReaderRefFields } from '$lib/data/readerRef';
import type { Status } from '$lib/data/schema';

/** One row of the heatmap queries (heatmapQueries): one cell. */
export interface HeatmapRow extends ReaderRefFields {
	row_key: string;
	row_label: string;
	/** The capability's short name (aggregate breakdowns; the model numbers it), or the ISO3 code. */
	row_short: string;
	row_group: number | null;
	row_group_label: string | null;
	col_key: string;
	col_group: number | null;
	col_label: string | null;
	col_group_label: string | null;
	capability_id: number;
	indicator_id: string | null;
	label: string | null;
	population: string | null;
	yes: number | null;
	n: number | null;
	pct: number | null;
	pct_printed: number | null;
	status: Status | null;
	candidate_values: string | null;
	discrepancy: boolean | null;
	source_ref: string | null;
	note: string | null;
	/** Times the country is named in the capability's section (countries breakdown only). */
	mentions: number | null;
	/** Other figures of the capability for this population (aggregate breakdowns only). */
	others: number | null;
	/** The row's mentions over all capabilities (countries breakdown only). */
	row_total: number | null;
}

export const heatmapQueries = {
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
		       k.short_name AS row_short,
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
		ORDER BY facet, value`
};
