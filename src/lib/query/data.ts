/**
 * The SQL console's example queries. They are shown to people as a starting point, so they are
 * written to be read: one clause a line, a comment saying what they answer. A unit test runs each
 * against the published Parquet files.
 */

export const EXAMPLE_QUERIES = {
	coverage: `-- Headline coverage of each MNR capability (NULL: the review gives no figure)
SELECT k.domain_id, k.capability_id, k.short_name,
       i.yes, i.n, i.pct, i.status
FROM capabilities k
LEFT JOIN indicators i
  ON i.capability_id = k.capability_id AND i.headline
ORDER BY k.capability_id`,

	domains: `-- Per domain: capabilities, how many have a headline figure,
-- and the lowest and highest share of countries reporting one
SELECT d.domain_id, d.name AS domain,
       count(*) AS capabilities,
       count(i.pct) AS with_figure,
       min(i.pct) AS lowest_pct,
       max(i.pct) AS highest_pct
FROM domains d
JOIN capabilities k USING (domain_id)
LEFT JOIN indicators i
  ON i.capability_id = k.capability_id AND i.headline
GROUP BY d.domain_id, d.name
ORDER BY d.domain_id`,

	named: `-- Countries the review names most often as examples.
-- Being named is a citation, not an assessment of the country.
SELECT c.name, c.income_group,
       count(*) AS times_named,
       count(DISTINCT m.capability_id) AS capabilities
FROM mentions m
JOIN countries c USING (iso3)
GROUP BY c.name, c.income_group
ORDER BY times_named DESC, c.name
LIMIT 10`,

	discrepancies: `-- Printed values that disagree with their own counts
-- or with another printing of the same figure
SELECT i.indicator_id, i.yes, i.n, i.pct,
       p.printed, p.value_kind, p.source_ref
FROM indicators i
JOIN printings p USING (indicator_id)
WHERE i.discrepancy AND p.agrees = false
ORDER BY i.indicator_id, p.source_ref`,

	income: `-- Figures for high-income (hic) and low- and middle-income (lmic)
-- countries; ambiguous ones list candidate values instead of a count
SELECT capability_id, indicator_id, population,
       yes, n, pct, status, candidate_values
FROM indicators
WHERE population IN ('hic', 'lmic')
ORDER BY capability_id, coalesce(parent_id, indicator_id), population`,

	ambiguous: `-- Figures the text cannot settle, with the values it offers
SELECT indicator_id, label, n, candidate_values, source_ref
FROM indicators
WHERE status = 'ambiguous'
ORDER BY indicator_id`,

	composition: `-- Countries by World Bank income group and by survey answered
SELECT income_group,
       count(*) FILTER (WHERE survey = 'alliance') AS alliance_survey,
       count(*) FILTER (WHERE survey = 'unicef') AS unicef_study,
       count(*) AS countries
FROM countries
GROUP BY income_group
ORDER BY list_position(['HIC', 'UMIC', 'LMIC', 'LIC'], income_group)`
} as const;

export type ExampleId = keyof typeof EXAMPLE_QUERIES;

/** The example the editor opens with. */
export const DEFAULT_EXAMPLE: ExampleId = 'coverage';
