/**
 * What every chart hands to its frame: the words and rows that travel with it when it leaves the
 * explorer (export, embed, briefing pack). Pages build this from the same rows the chart draws,
 * so an export can never say something the screen does not.
 */
export interface ChartColumn {
	/** Column name as in the data dictionary. */
	key: string;
	/** Header shown in the table alternative. */
	label: string;
}

export interface ChartMeta {
	/** Stable id of the chart kind, also the /embed/<id> route. */
	id: 'coverage' | 'map' | 'heatmap' | 'compare' | 'capability' | 'country' | 'assess';
	title: string;
	/** The population and n. */
	subtitle: string;
	/** Caveats that apply to what is shown (derived, ambiguous, discrepancy, small n). */
	notes: string[];
	/** Plain-language description of what the chart shows, for alt text. */
	altText: string;
	/** Exactly the rows shown, with dictionary column names; always includes source_ref. */
	columns: ChartColumn[];
	rows: Record<string, unknown>[];
	/** Query string of the view (without "?"), for permalinks and embeds. */
	search: string;
	/** Route path of the page the chart lives on, e.g. "/" or "/capabilities/4". */
	path: string;
}
