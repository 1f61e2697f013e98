/**
 * SQL of the map area: the world map's rows (countries with their attributes, where each is
 * printed, and their mention counts) and the country pages. Counting rules come from sql.countryProfiles, so
 * the map, the heatmap and the country pages count mentions the same way.
 */
import { int, lit, sql } from '../../query/sql';

/** What the countries are coloured by. */
export const MAP_COLOURS = ['income', 'region', 'survey', 'safeonline', 'mentions'] as const;
export type MapColour = (typeof MAP_COLOURS)[number];

/** How the list is ordered. */
export const MAP_SORTS = ['name', 'attribute', 'mentions'] as const;
export type MapSort = (typeof MAP_SORTS)[number];

export interface MapQuery {
	capabilityId: number | null;
}

export const mapSql = {
	/**
	 * The review's countries for the map and its list, by name. The list's other orders are the
	 * model's (sortCountries), so the classes are computed in one language. Every colour asks the
	 * same rows: each carries where all four of its attributes are printed, and the view picks the
	 * colour's (attributeRef), so a change of colour is the model's, never a query.
	 */
	countries: (q: MapQuery) => `
		WITH p AS (${sql.countryProfiles(q.capabilityId)})
		SELECT p.iso3, p.name, p.map_iso3, p.income_group, g.name AS income_group_name,
		       p.region, r.name AS region_name, p.survey, p.safe_online, p.safe_online_scope,
		       p.mentions, ${q.capabilityId === null ? 'NULL' : int(q.capabilityId)}::INTEGER AS capability_id,
		       c.income_group_ref, c.region_ref, c.survey_ref, c.safe_online_ref, c.source_ref
		FROM p
		JOIN countries c USING (iso3)
		JOIN regions r ON r.region = p.region
		JOIN income_groups g ON g.income_group = p.income_group
		ORDER BY p.name`,

	/** Capabilities for the map's select. */
	capabilityChoices: () =>
		`SELECT capability_id, short_name, name FROM capabilities ORDER BY capability_id`,

	/** One country with the names of its coded attributes. */
	country: (iso3: string) => `
		SELECT c.*, g.name AS income_group_name, r.name AS region_name
		FROM countries c
		JOIN regions r USING (region)
		JOIN income_groups g USING (income_group)
		WHERE c.iso3 = ${lit(iso3)}`,

	/** Every country's code and name, for previous/next links. */
	countryNames: () => `SELECT iso3, name FROM countries ORDER BY name`,

	/**
	 * How often one country is named as an example, per capability (all 21, zeros included) or
	 * per domain (all 6). Cross-cutting mentions have no capability and are left out.
	 */
	countryMentionCounts: (iso3: string, by: 'capability' | 'domain') =>
		by === 'capability'
			? `
		SELECT k.capability_id, k.short_name, k.name, k.domain_id, d.name AS domain_name,
		       count(m.mention_id)::INTEGER AS mentions,
		       string_agg(m.source_ref, ' ; ' ORDER BY m.mention_id) AS source_ref
		FROM capabilities k
		JOIN domains d USING (domain_id)
		LEFT JOIN mentions m ON m.capability_id = k.capability_id AND m.iso3 = ${lit(iso3)}
		GROUP BY ALL
		ORDER BY k.capability_id`
			: `
		SELECT NULL::INTEGER AS capability_id, d.name AS short_name, d.name, d.domain_id, d.name AS domain_name,
		       count(m.mention_id)::INTEGER AS mentions,
		       string_agg(m.source_ref, ' ; ' ORDER BY m.mention_id) AS source_ref
		FROM domains d
		LEFT JOIN capabilities k USING (domain_id)
		LEFT JOIN mentions m ON m.capability_id = k.capability_id AND m.iso3 = ${lit(iso3)}
		GROUP BY ALL
		ORDER BY d.domain_id`
};
