/**
 * The dataset's contract: every table, every column, its type and meaning (DESIGN.md §3).
 * One definition serves the build (validation, Parquet types, manifest), the tests and the
 * data dictionary on /data, so they cannot drift apart.
 */

export type ColumnType = 'string' | 'int' | 'float' | 'bool';

export interface ColumnSpec {
	name: string;
	type: ColumnType;
	/** May the value be empty (null)? */
	nullable: boolean;
	/** What the column means, for the data dictionary. */
	description: string;
	/** Allowed values, when the column is a vocabulary. */
	values?: readonly string[];
	/** Computed by the build rather than curated in data/. */
	computed?: boolean;
}

export interface TableSpec {
	name: string;
	/** One line on what a row is. */
	description: string;
	/** Column(s) whose values are unique per row. */
	key: readonly string[];
	columns: readonly ColumnSpec[];
}

const c = (
	name: string,
	type: ColumnType,
	nullable: boolean,
	description: string,
	extra: Partial<ColumnSpec> = {}
): ColumnSpec => ({ name, type, nullable, description, ...extra });

const sourceRef = c(
	'source_ref',
	'string',
	false,
	'Where the value is printed: the figure, table, box or section, and a line range in the source text (framing-the-future-2022.txt unless another file is named first). Several places are separated by " ; ".'
);

/**
 * Why `page` is empty in this version: the text carries nine printed page numbers (13, 31, 35, 44,
 * 54, 61, 66, 72, 83), each after a running title and a list of link addresses, but nothing in the
 * text says whether a number belongs to the page before it or the page after it, so no line can be
 * given a page without guessing.
 */
export const READER_PAGE_NOTE =
	'Empty throughout this version: the source text keeps a few printed page numbers, but not on which side of a page break each falls, so no page is given rather than one that may be off by one.';

/**
 * What a reader needs to find a row in the published PDF, alongside the technical source_ref. Derived
 * from the source text by scripts/derive-reader-refs.ts, then reviewed; a test checks every phrase.
 */
const readerColumns: ColumnSpec[] = [
	c('section', 'string', true, 'The section of the review, headings as printed ("Hotline › Current status"), for the first place in source_ref.'),
	c('figure', 'string', true, 'The figure, table or box number as printed ("Figure 4"), when the first place is one.'),
	c('search_phrase', 'string', true, "A short verbatim phrase from that place; search for it (Ctrl+F) in the review's PDF."),
	c('phrase_count', 'int', true, 'How many places in the review hold the search phrase (1 means it leads straight there).'),
	c('page', 'int', true, `The printed page number. ${READER_PAGE_NOTE}`)
];

/** Tables whose rows carry a reader reference. */
export const READER_REF_TABLES = ['indicators', 'printings', 'excluded_figures', 'mentions', 'terms'] as const;

export const INCOME_GROUPS = ['HIC', 'UMIC', 'LMIC', 'LIC'] as const;
export const REGIONS = ['EAP', 'ESA', 'ECA', 'LAC', 'MENA', 'NA', 'SA', 'WCA', 'WE'] as const;
export const SURVEYS = ['alliance', 'unicef'] as const;
export const POPULATIONS = ['all', 'hic', 'lmic', 'alliance', 'unicef'] as const;
export const STATUSES = ['stated', 'derived', 'ambiguous'] as const;
export const VALUE_KINDS = ['pct', 'pct_no', 'count', 'count_no', 'fraction', 'n', 'words', 'words_no'] as const;
export const MENTION_KINDS = ['table', 'box', 'text', 'list', 'figure'] as const;
export const TERM_STATUSES = ['preferred', 'avoid', 'use with care', 'alternative'] as const;
/** The languages the dataset's labels are translated into (English is the tables themselves). */
export const TRANSLATION_LOCALES = ['fr', 'es'] as const;
export const TRANSLATION_STATUSES = ['reviewed', 'draft'] as const;
export const TRANSLATION_SOURCES = ['cldr', 'un', 'explorer'] as const;
/**
 * The label columns that have translations, per table: names and our own-words summaries. The
 * review's figures, notes and the names of laws, bodies and programmes are not translated.
 */
export const TRANSLATED_COLUMNS = {
	countries: ['name'],
	regions: ['name'],
	income_groups: ['name'],
	domains: ['name', 'summary'],
	capabilities: ['name', 'short_name', 'summary', 'why_needed']
} as const satisfies Record<string, readonly string[]>;
export type TranslatedTable = keyof typeof TRANSLATED_COLUMNS;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];
export type TranslationSource = (typeof TRANSLATION_SOURCES)[number];

export const ANSWER_TYPES = [
	'yes_no',
	'yes_no_unknown',
	'multi_select',
	'single_select',
	'open',
	'number'
] as const;

export type IncomeGroup = (typeof INCOME_GROUPS)[number];
export type Region = (typeof REGIONS)[number];
export type Survey = (typeof SURVEYS)[number];
export type Population = (typeof POPULATIONS)[number];
export type Status = (typeof STATUSES)[number];
export type ValueKind = (typeof VALUE_KINDS)[number];
export type AnswerType = (typeof ANSWER_TYPES)[number];

export const TABLES: readonly TableSpec[] = [
	{
		name: 'countries',
		description: 'The 42 countries whose survey answers the review analyses, one row each.',
		key: ['iso3'],
		columns: [
			c('iso3', 'string', false, 'ISO 3166-1 alpha-3 code. England and Wales, which answered the survey, is GBR.'),
			c('name', 'string', false, 'The name the review uses.'),
			c('income_group', 'string', false, 'World Bank income group (FY2022 list cited by the review).', { values: INCOME_GROUPS }),
			c('region', 'string', false, 'UNICEF region as the review used it.', { values: REGIONS }),
			c('survey', 'string', false, 'Which survey the country answered: the Alliance survey of governments, or the UNICEF/End Violence study.', { values: SURVEYS }),
			c('safe_online', 'bool', false, 'Listed by the review as receiving End Violence Fund Safe Online funding.'),
			c('safe_online_scope', 'string', true, 'Scope the review prints in brackets for the funding (global or regional); empty where it prints none.', { values: ['global', 'regional'] }),
			c('map_iso3', 'string', false, 'The polygon the world map colours for this row (GBR for England and Wales).'),
			sourceRef,
			c('income_group_ref', 'string', false, 'Where the income-group totals are printed.'),
			c('region_ref', 'string', false, 'Where the regional totals are printed.'),
			c('survey_ref', 'string', false, 'Where the list of countries for that survey is printed.'),
			c('safe_online_ref', 'string', false, 'Where the list of Safe Online recipients is printed.'),
			c('note', 'string', true, 'Other facts the review states about the country as a whole.')
		]
	},
	{
		name: 'regions',
		description: 'UNICEF regions, with the number of review countries the methodology prints for each.',
		key: ['region'],
		columns: [
			c('region', 'string', false, 'Region code.', { values: REGIONS }),
			c('name', 'string', false, 'Region name as printed.'),
			c('countries_printed', 'int', false, 'Number of review countries in the region, as printed.'),
			sourceRef
		]
	},
	{
		name: 'income_groups',
		description: 'World Bank income groups, with the number of review countries the methodology prints for each.',
		key: ['income_group'],
		columns: [
			c('income_group', 'string', false, 'Income group code.', { values: INCOME_GROUPS }),
			c('name', 'string', false, 'Group name as printed.'),
			c('countries_printed', 'int', false, 'Number of review countries in the group, as printed.'),
			sourceRef
		]
	},
	{
		name: 'domains',
		description: 'The six domains of the Model National Response.',
		key: ['domain_id'],
		columns: [
			c('domain_id', 'int', false, 'Domain number, 1–6.'),
			c('name', 'string', false, 'Domain name as the MNR prints it.'),
			c('summary', 'string', false, 'What the domain covers, in our words.'),
			sourceRef
		]
	},
	{
		name: 'capabilities',
		description: 'The 21 capabilities of the Model National Response.',
		key: ['capability_id'],
		columns: [
			c('capability_id', 'int', false, 'Capability number, 1–21, as in the MNR.'),
			c('domain_id', 'int', false, 'The domain the capability belongs to.'),
			c('name', 'string', false, 'Capability name as the MNR prints it.'),
			c('short_name', 'string', false, 'Short label for charts.'),
			c('summary', 'string', false, 'What the MNR asks for, in our words.'),
			c('why_needed', 'string', false, 'Why the MNR says it matters, in our words.'),
			c('figure_1_label', 'string', true, "The capability's label in the review's Figure 1 snapshot, if it has one."),
			sourceRef
		]
	},
	{
		name: 'framework_elements',
		description: "The MNR's goal, enablers and outcomes.",
		key: ['element_id'],
		columns: [
			c('element_id', 'string', false, 'Identifier.'),
			c('kind', 'string', false, 'goal, enabler or outcome.', { values: ['goal', 'enabler', 'outcome'] }),
			c('domain_id', 'int', true, 'The domain the framework ties it to, if any.'),
			c('name', 'string', false, 'Name as the MNR prints it.'),
			c('summary', 'string', false, 'What it means, in our words.'),
			sourceRef
		]
	},
	{
		name: 'indicators',
		description:
			'One row per aggregate figure the review publishes (or lets us derive), for one population of countries.',
		key: ['indicator_id'],
		columns: [
			c('indicator_id', 'string', false, 'Identifier: c<NN>-… for a capability, x-… for cross-cutting figures.'),
			c('capability_id', 'int', true, 'The capability the figure measures; empty for cross-cutting figures.'),
			c('parent_id', 'string', true, 'The figure this one breaks down (a sub-figure or an income-group split).'),
			c('label', 'string', false, 'What is counted, in our words.'),
			c('population', 'string', false, 'Which countries the figure is about (see the note for the exact group).', { values: POPULATIONS }),
			c('yes', 'int', true, 'Countries counted (the numerator). Empty when the review does not settle it.'),
			c('n', 'int', true, 'Countries in the denominator (those that answered). Empty when not settled.'),
			c('pct', 'float', true, 'Recomputed percentage: 100 × yes / n, to one decimal place.', { computed: true }),
			c('pct_printed', 'float', true, 'The percentage the review prints in its main place for this figure, if any.'),
			c('status', 'string', false, 'stated: printed by the review; derived: computed by us from printed figures (the note shows how); ambiguous: the text cannot settle it.', { values: STATUSES }),
			c('candidate_values', 'string', true, 'For ambiguous figures: the values the text offers, separated by |, without assigning them.'),
			c('discrepancy', 'bool', false, 'True when a printed value disagrees with the counts or with another printing of the same figure.', { computed: true }),
			c('headline', 'bool', false, "True for the capability's main coverage figure: its first figure about all surveyed countries that breaks nothing else down.", { computed: true }),
			sourceRef,
			...readerColumns,
			c('note', 'string', true, 'Reader note: what the figure means and its caveat (derived, ambiguous, disagreeing printings, small n), in plain words, at most two sentences.'),
			c('method_note', 'string', true, 'Method note: how the text was read (arithmetic, where each value sits, footnote markers, values lost from charts), with line numbers.')
		]
	},
	{
		name: 'printings',
		description: 'Every place the review prints a number that belongs to an indicator.',
		key: ['indicator_id', 'printed', 'value_kind', 'source_ref'],
		columns: [
			c('indicator_id', 'string', false, 'The indicator the printed number belongs to.'),
			c('printed', 'string', false, 'The characters as printed (footnote markers removed).'),
			c('value', 'float', true, 'The number printed (the numerator for "X of Y"); empty for verbal figures.'),
			c('value_kind', 'string', false, 'pct (share with), pct_no (share without), count, count_no, fraction ("X of Y"), n (a denominator), words (a verbal figure such as "over three-quarters"), words_no (a verbal figure for the share without, such as "almost a third").', { values: VALUE_KINDS }),
			c('agrees', 'bool', true, "True when the printed number or words fit the indicator's counts; empty for unsettled counts or words that name no share (\"over 40 countries\").", { computed: true }),
			sourceRef,
			...readerColumns,
			c('note', 'string', true, 'Reader note: anything a reader should know about this printing, in plain words.'),
			c('method_note', 'string', true, 'Method note: how the printing was read from the text (footnote markers, chart order, line breaks).')
		]
	},
	{
		name: 'excluded_figures',
		description:
			'Numbers printed in the review that look like survey figures but are not (shares of internet users, money, counts of projects…), with the reason.',
		key: ['printed', 'source_ref'],
		columns: [
			c('printed', 'string', false, 'The characters as printed.'),
			sourceRef,
			...readerColumns,
			c('reason', 'string', false, 'Why it is not a figure about the surveyed countries.')
		]
	},
	{
		name: 'mentions',
		description:
			'Every place the review names one of the 42 countries as an example. A mention is not an assessment: it says the country was cited, not that it has or lacks the capability.',
		key: ['mention_id'],
		columns: [
			c('mention_id', 'int', false, 'Row number, stable for a given dataset version.', { computed: true }),
			c('iso3', 'string', false, 'The country named.'),
			c('capability_id', 'int', true, 'The capability whose section names it; empty for cross-cutting lists.'),
			c('kind', 'string', false, 'table, box, text (an example in running text or a footnote), list (a list of countries) or figure.', { values: MENTION_KINDS }),
			c('category', 'string', true, 'The row type or topic under which the country is named.'),
			c('subject', 'string', true, 'The law, body, programme or initiative named, exactly as printed.'),
			sourceRef,
			...readerColumns,
			c('summary', 'string', false, 'What the review reports there, in one sentence of our own.')
		]
	},
	{
		name: 'terms',
		description: 'Terminology guidance from the review and the MNR: what to say, what to avoid, and why.',
		key: ['term'],
		columns: [
			c('term', 'string', false, 'The term.'),
			c('status', 'string', false, 'preferred, avoid, use with care, or alternative (an accepted equivalent).', { values: TERM_STATUSES }),
			c('use_instead', 'string', true, 'Suggested replacement(s), separated by |.'),
			c('note', 'string', false, 'Reader note: the reason, in our words.'),
			sourceRef,
			...readerColumns,
			c('method_note', 'string', true, 'Method note: how the entry was read from the text, when that needed a decision.')
		]
	},
	{
		name: 'survey_questions',
		description: "The questions of the Alliance survey instrument (the review's Appendix 2).",
		key: ['question_id'],
		columns: [
			c('question_id', 'string', false, 'Identifier, q<number>.'),
			c('number', 'string', false, 'Question number as printed.'),
			c('section', 'string', false, 'The section of the instrument.'),
			c('text', 'string', false, 'What the question asks, in our words.'),
			c('answer_type', 'string', false, 'How it is answered.', { values: ANSWER_TYPES }),
			c('options', 'string', true, 'The printed answer options, separated by |.'),
			c('capability_id', 'int', true, 'The MNR capability the question measures, if any.'),
			sourceRef
		]
	},
	{
		name: 'translations',
		description: 'French and Spanish versions of the labels: country, region and income-group names, and the names and summaries of domains and capabilities. English is in the tables themselves.',
		key: ['table_name', 'row_key', 'column_name', 'locale'],
		columns: [
			c('table_name', 'string', false, 'The table the label belongs to.', { values: Object.keys(TRANSLATED_COLUMNS) }),
			c('row_key', 'string', false, "The row's key in that table, as text (iso3, region, income_group, domain_id or capability_id)."),
			c('column_name', 'string', false, 'The column translated (name, short_name, summary or why_needed).'),
			c('locale', 'string', false, 'The language: fr (French) or es (Spanish).', { values: TRANSLATION_LOCALES }),
			c('text', 'string', false, 'The label in that language.'),
			c('status', 'string', false, 'reviewed: checked by a person who reads the language; draft: not yet checked, shown marked as such.', { values: TRANSLATION_STATUSES }),
			c('source', 'string', false, "cldr: the Unicode CLDR country name (the browser's own); un: the UN's official name in that language, kept because the review uses the UN's names; explorer: translated by the MNR Explorer maintainers.", { values: TRANSLATION_SOURCES })
		]
	}
];

export function tableSpec(name: string): TableSpec {
	const spec = TABLES.find((t) => t.name === name);
	if (!spec) throw new Error(`Unknown table "${name}"`);
	return spec;
}

/** The curated file in data/ behind a table (excluded_figures is curated as exclusions.csv). */
export function curatedFileName(table: string): string {
	return table === 'excluded_figures' ? 'exclusions.csv' : `${table}.csv`;
}
