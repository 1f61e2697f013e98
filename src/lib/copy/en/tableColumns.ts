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

/** A heading of the catalogue, by its name. */
export type TableHeading = keyof typeof tableColumns;

/**
 * The heading each dataset column takes in a chart's table, one list for every chart, so "pct"
 * reads "% (recomputed)" and "source_ref" "Where in the review" under each of them. A view names
 * another heading only where its column means something else there (`tableColumnsOf`'s second
 * argument).
 */
const HEADING_OF = {
	iso3: 'iso3',
	country: 'country',
	capability_id: 'capability',
	capability: 'capabilityName',
	short_name: 'shortName',
	name: 'name',
	domain: 'domain',
	domain_name: 'domain',
	population: 'population',
	indicator_id: 'indicator',
	label: 'figure',
	group: 'figure',
	yes: 'yes',
	n: 'n',
	pct: 'pctRecomputed',
	pct_printed: 'pctPrinted',
	status: 'status',
	candidate_values: 'candidateValues',
	discrepancy: 'discrepancy',
	note_number: 'note',
	mentions: 'namedAsExample',
	named_in_all_capabilities: 'namedInAll',
	income_group: 'incomeGroup',
	region: 'region',
	survey: 'survey',
	safe_online: 'safeOnline',
	safe_online_scope: 'scope',
	map_iso3: 'drawnAs',
	attribute_ref: 'attributeSource',
	source_ref: 'sourceRef'
} as const satisfies Record<string, TableHeading>;

/** A dataset column that a chart's table can show. */
export type TableColumnKey = keyof typeof HEADING_OF;

/**
 * A figure's own columns, in the order every table of figures shows them: counts, the share
 * recomputed from them, the share the review prints, and whether the figure is stated or derived.
 */
export const FIGURE_COLUMNS = [
	'yes',
	'n',
	'pct',
	'pct_printed',
	'status'
] as const satisfies readonly TableColumnKey[];

/**
 * A chart table's columns (ChartMeta.columns): each dataset key with its heading in the page's
 * language, read now, so call it when the view is built.
 */
export function tableColumnsOf(
	keys: readonly TableColumnKey[],
	headings: Partial<Record<TableColumnKey, TableHeading>> = {}
): { key: string; label: string }[] {
	return keys.map((key) => ({ key, label: tableColumns[headings[key] ?? HEADING_OF[key]] }));
}
