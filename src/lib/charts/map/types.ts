/** Rows and choices of the world map (shared by its query, view, chart and list). */
import type { IncomeGroup, Region, Survey } from '$lib/data/schema';

// The choices are defined with the query that reads them (query.ts).
export { MAP_COLOURS, MAP_SORTS, type MapColour, type MapSort } from './query';

/** Safe Online funding as the map shows it: the scope the review prints, or not listed. */
export type SafeOnlineKey = 'global' | 'regional' | 'unspecified' | 'none';

/** One review country with its attributes and how often it is named as an example. */
export interface MapCountryRow {
	iso3: string;
	name: string;
	map_iso3: string;
	income_group: IncomeGroup;
	income_group_name: string;
	region: Region;
	region_name: string;
	survey: Survey;
	safe_online: boolean;
	safe_online_scope: 'global' | 'regional' | null;
	/** Mentions tied to a capability (the chosen one, or any). */
	mentions: number;
	/** The chosen capability, or null for all. */
	capability_id: number | null;
	/** Where the review prints each attribute a map colour can show (see attributeRef). */
	income_group_ref: string;
	region_ref: string;
	survey_ref: string;
	safe_online_ref: string;
	/** Where the review lists the country among its 42. */
	source_ref: string;
}

/** A capability as the map's select and wording need it. */
export interface CapabilityChoice {
	capability_id: number;
	short_name: string;
	name: string;
}
