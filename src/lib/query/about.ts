/**
 * Queries behind the about page: who answered which survey, the make-up of the 42 countries,
 * the size of the dataset, and the findings (discrepancies, ambiguous figures) it records.
 * Run at prerender time, so every number on the page comes from the data.
 */
import { INCOME_GROUPS, REGIONS } from '$lib/data/schema';
import { lit } from './sql';

const listOf = (values: readonly string[]) => `[${values.map(lit).join(', ')}]`;

export const aboutSql = {
	/** Countries per survey. */
	surveys: () => `
		SELECT count(*)::INTEGER AS countries,
		       (count(*) FILTER (WHERE survey = 'alliance'))::INTEGER AS alliance,
		       (count(*) FILTER (WHERE survey = 'unicef'))::INTEGER AS unicef
		FROM countries`,

	/** Countries per income group (in the World Bank's order), split by survey, with the printed totals. */
	incomeGroups: () => `
		SELECT g.income_group AS code, g.name, g.countries_printed,
		       count(c.iso3)::INTEGER AS countries,
		       (count(c.iso3) FILTER (WHERE c.survey = 'alliance'))::INTEGER AS alliance,
		       (count(c.iso3) FILTER (WHERE c.survey = 'unicef'))::INTEGER AS unicef,
		       g.source_ref
		FROM income_groups g
		LEFT JOIN countries c ON c.income_group = g.income_group
		GROUP BY g.income_group, g.name, g.countries_printed, g.source_ref
		ORDER BY list_position(${listOf(INCOME_GROUPS)}, g.income_group)`,

	/** Countries per UNICEF region (in the order the methodology prints them), split by survey. */
	regions: () => `
		SELECT r.region AS code, r.name, r.countries_printed,
		       count(c.iso3)::INTEGER AS countries,
		       (count(c.iso3) FILTER (WHERE c.survey = 'alliance'))::INTEGER AS alliance,
		       (count(c.iso3) FILTER (WHERE c.survey = 'unicef'))::INTEGER AS unicef,
		       r.source_ref
		FROM regions r
		LEFT JOIN countries c ON c.region = r.region
		GROUP BY r.region, r.name, r.countries_printed, r.source_ref
		ORDER BY list_position(${listOf(REGIONS)}, r.region)`,

	/** Alliance respondents outside the high-income group (the review calls that group mainly high-income). */
	allianceNotHighIncome: () => `
		SELECT name, income_group FROM countries
		WHERE survey = 'alliance' AND income_group <> 'HIC'
		ORDER BY name`,

	/** Sizes of the dataset, for the account of how it was built. */
	datasetCounts: () => `
		SELECT (SELECT count(*) FROM domains)::INTEGER AS domains,
		       (SELECT count(*) FROM capabilities)::INTEGER AS capabilities,
		       (SELECT count(*) FROM indicators)::INTEGER AS indicators,
		       (SELECT count(*) FROM indicators WHERE status = 'stated')::INTEGER AS stated,
		       (SELECT count(*) FROM indicators WHERE status = 'derived')::INTEGER AS derived,
		       (SELECT count(*) FROM indicators WHERE status = 'ambiguous')::INTEGER AS ambiguous,
		       (SELECT count(*) FROM indicators WHERE discrepancy)::INTEGER AS discrepancies,
		       (SELECT count(*) FROM printings)::INTEGER AS printings,
		       (SELECT count(*) FROM printings WHERE agrees = false)::INTEGER AS printings_disagreeing,
		       (SELECT count(*) FROM excluded_figures)::INTEGER AS exclusions,
		       (SELECT count(*) FROM mentions)::INTEGER AS mentions,
		       (SELECT count(*) FROM terms)::INTEGER AS terms,
		       (SELECT count(*) FROM survey_questions)::INTEGER AS questions,
		       (SELECT count(*) FROM indicators WHERE headline)::INTEGER AS headlines,
		       (SELECT min(n) FROM indicators WHERE headline)::INTEGER AS headline_min_n,
		       (SELECT max(n) FROM indicators WHERE headline)::INTEGER AS headline_max_n,
		       (SELECT n FROM indicators WHERE indicator_id = 'x-mnr-used-reference')::INTEGER AS mnr_use_n`,

	/** Figures whose printings disagree with their counts or with each other. */
	discrepancies: () => `
		SELECT i.indicator_id, i.capability_id, k.name AS capability_name, i.label, i.population,
		       i.yes, i.n, i.pct, i.pct_printed, i.source_ref, i.note, i.method_note
		FROM indicators i
		LEFT JOIN capabilities k USING (capability_id)
		WHERE i.discrepancy
		ORDER BY i.capability_id NULLS LAST, i.indicator_id`,

	/** Every printing of the discrepant figures, with whether it agrees with the counts. */
	discrepancyPrintings: () => `
		SELECT p.indicator_id, p.printed, p.value_kind, p.agrees, p.source_ref, p.note, p.method_note
		FROM printings p
		JOIN indicators i USING (indicator_id)
		WHERE i.discrepancy AND (p.value_kind <> 'words' OR p.agrees = false)
		ORDER BY p.indicator_id, p.agrees NULLS LAST, p.source_ref`,

	/** Figures the text cannot settle. */
	ambiguous: () => `
		SELECT i.indicator_id, i.capability_id, k.name AS capability_name, i.label, i.population,
		       i.n, i.candidate_values, i.source_ref, i.note, i.method_note
		FROM indicators i
		LEFT JOIN capabilities k USING (capability_id)
		WHERE i.status = 'ambiguous'
		ORDER BY i.capability_id NULLS LAST, i.indicator_id`
};
