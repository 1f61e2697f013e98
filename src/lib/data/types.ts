/**
 * Row types of the published tables (see schema.ts for what each column means). Written by hand
 * for readable unions; tests/unit/data/rowTypes.test.ts holds each to schema.ts column by column.
 */
import type {
	AnswerType,
	IncomeGroup,
	Population,
	Region,
	Status,
	Survey,
	TranslatedTable,
	TranslationLocale,
	TranslationSource,
	TranslationStatus,
	ValueKind
} from './schema';

export interface Country {
	iso3: string;
	name: string;
	income_group: IncomeGroup;
	region: Region;
	survey: Survey;
	safe_online: boolean;
	safe_online_scope: 'global' | 'regional' | null;
	map_iso3: string;
	source_ref: string;
	income_group_ref: string;
	region_ref: string;
	survey_ref: string;
	safe_online_ref: string;
	note: string | null;
}

export interface RegionRow {
	region: Region;
	name: string;
	countries_printed: number;
	source_ref: string;
}

export interface IncomeGroupRow {
	income_group: IncomeGroup;
	name: string;
	countries_printed: number;
	source_ref: string;
}

export interface Domain {
	domain_id: number;
	name: string;
	summary: string;
	source_ref: string;
}

export interface Capability {
	capability_id: number;
	domain_id: number;
	name: string;
	short_name: string;
	summary: string;
	why_needed: string;
	figure_1_label: string | null;
	source_ref: string;
}

export interface FrameworkElement {
	element_id: string;
	kind: 'goal' | 'enabler' | 'outcome';
	domain_id: number | null;
	name: string;
	summary: string;
	source_ref: string;
}

export interface Indicator {
	indicator_id: string;
	capability_id: number | null;
	parent_id: string | null;
	label: string;
	population: Population;
	yes: number | null;
	n: number | null;
	pct: number | null;
	pct_printed: number | null;
	status: Status;
	candidate_values: string | null;
	discrepancy: boolean;
	headline: boolean;
	source_ref: string;
	/** Reader reference (see readerRef.ts). */
	section: string | null;
	figure: string | null;
	search_phrase: string | null;
	phrase_count: number | null;
	page: number | null;
	note: string | null;
	method_note: string | null;
}

export interface Printing {
	indicator_id: string;
	printed: string;
	value: number | null;
	value_kind: ValueKind;
	agrees: boolean | null;
	source_ref: string;
	/** Reader reference (see readerRef.ts). */
	section: string | null;
	figure: string | null;
	search_phrase: string | null;
	phrase_count: number | null;
	page: number | null;
	note: string | null;
	method_note: string | null;
}

export interface ExcludedFigure {
	printed: string;
	source_ref: string;
	/** Reader reference (see readerRef.ts). */
	section: string | null;
	figure: string | null;
	search_phrase: string | null;
	phrase_count: number | null;
	page: number | null;
	reason: string;
}

export interface Mention {
	mention_id: number;
	iso3: string;
	capability_id: number | null;
	kind: 'table' | 'box' | 'text' | 'list' | 'figure';
	category: string | null;
	subject: string | null;
	source_ref: string;
	/** Reader reference (see readerRef.ts). */
	section: string | null;
	figure: string | null;
	search_phrase: string | null;
	phrase_count: number | null;
	page: number | null;
	summary: string;
}

export interface Term {
	term: string;
	status: 'preferred' | 'avoid' | 'use with care' | 'alternative';
	use_instead: string | null;
	note: string;
	source_ref: string;
	/** Reader reference (see readerRef.ts). */
	section: string | null;
	figure: string | null;
	search_phrase: string | null;
	phrase_count: number | null;
	page: number | null;
	method_note: string | null;
}

export interface SurveyQuestion {
	question_id: string;
	number: string;
	section: string;
	text: string;
	answer_type: AnswerType;
	options: string | null;
	capability_id: number | null;
	source_ref: string;
}

/** A French or Spanish version of one label (see TRANSLATED_COLUMNS in schema.ts). */
export interface Translation {
	table_name: TranslatedTable;
	row_key: string;
	column_name: string;
	locale: TranslationLocale;
	text: string;
	status: TranslationStatus;
	source: TranslationSource;
}
