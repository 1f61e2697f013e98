/**
 * Column headings of the tables under the charts (ChartMeta.columns), one catalogue for every
 * chart. Headings follow the page's language; downloads keep the dictionary's column keys
 * (export/csv.ts writes `key`, never `label`).
 */
import * as m from '$lib/paraglide/messages';
import { texts } from '../texts';

export const tableColumns = texts(
	{
		capability: m.heat_col_capability,
		capabilityName: m.tcol_capability_name,
		capabilityCounted: m.tcol_capability_counted,
		domain: m.heat_col_domain,
		population: m.heat_col_population,
		country: m.heat_col_country,
		timesNamed: m.heat_col_mentions,
		namedInAll: m.heat_col_total,
		namedAsExample: m.map_list_mentions,
		indicator: m.tcol_indicator,
		figure: m.tcol_figure,
		countries: m.tcol_countries,
		yes: m.tcol_yes,
		pctRecomputed: m.tcol_pct_recomputed,
		pctPrinted: m.tcol_pct_printed,
		status: m.tcol_status,
		candidateValues: m.tcol_candidate_values,
		discrepancy: m.tcol_discrepancy,
		note: m.tcol_note,
		name: m.tcol_name,
		shortName: m.tcol_short_name,
		incomeGroup: m.tcol_income_group,
		region: m.tcol_region,
		survey: m.tcol_survey,
		scope: m.tcol_scope,
		drawnAs: m.tcol_drawn_as,
		attributeSource: m.tcol_attribute_source,
		sourceRef: m.reader_ref_where
	},
	// The same in every language: a code, the statistician's symbol and a programme's name.
	{ iso3: 'ISO3', n: 'n', safeOnline: 'Safe Online' }
);
