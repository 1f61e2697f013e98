/**
 * Every user-facing string of the interface is reached from here. Texts moved to the message
 * catalogue (messages/{en,fr,es}.json, compiled by Paraglide) are getters: each read returns the
 * text in the language of the page being rendered, so components keep reading `copy.x.y`.
 */
import * as m from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locales';
import { texts, int } from './texts';
import { map } from './en/map';
import { capabilities } from './en/capabilities';
import { compare } from './en/compare';
import { data } from './en/data';
import { about } from './en/about';
import { check } from './en/check';
import { terms } from './en/terms';
import { exports } from './en/exports';
import { assess } from './en/assess';
import { versions } from './en/versions';
import { tableColumns } from './en/tableColumns';

export const en = {
	productName: 'MNR Explorer',
	get tagline() {
		return m.tagline();
	},
	/** A colon after a label, as the page's language spaces it ("Source:", "Source :"). */
	get colon() {
		return m.punct_colon();
	},
	/** A semicolon between parts of one text, spaced as the page's language wants. */
	get semicolon() {
		return m.punct_semicolon();
	},
	get skipToContent() {
		return m.skip_to_content();
	},
	nav: {
		get label() {
			return m.nav_label();
		},
		get overview() {
			return m.nav_overview();
		},
		get map() {
			return m.nav_map();
		},
		get capabilities() {
			return m.nav_capabilities();
		},
		get compare() {
			return m.nav_compare();
		},
		get data() {
			return m.nav_data();
		},
		get check() {
			return m.nav_check();
		},
		get terms() {
			return m.nav_terms();
		},
		get assess() {
			return m.nav_assess();
		},
		get about() {
			return m.nav_about();
		},
		/** The trail above a capability or country page. */
		get breadcrumb() {
			return m.nav_breadcrumb();
		}
	},
	footer: {
		get sourceIntro() {
			return m.footer_source_intro();
		},
		get findReview() {
			return m.footer_find_review();
		},
		get findHelp() {
			return m.footer_find_help();
		},
		get notAnAssessment() {
			return m.footer_not_an_assessment();
		},
		get code() {
			return m.footer_code();
		}
	},
	get placeholder() {
		return m.placeholder();
	},
	readerRef: {
		get where() {
			return m.reader_ref_where();
		},
		get technical() {
			return m.reader_ref_technical();
		},
		get technicalHelp() {
			return m.reader_ref_technical_help();
		}
	},
	engine: {
		get ignoredIntro() {
			return m.engine_ignored_intro();
		},
		get starting() {
			return m.engine_starting();
		},
		get querying() {
			return m.engine_querying();
		},
		get unavailable() {
			return m.engine_unavailable();
		},
		get queryFailed() {
			return m.engine_query_failed();
		},
		get mismatchIntro() {
			return m.engine_mismatch_intro();
		},
		get deferred() {
			return m.engine_deferred();
		},
		get loadNow() {
			return m.engine_load_now();
		}
	},
	chart: {
		get showTable() {
			return m.chart_show_table();
		},
		/** A data table's region name where no caption names it. */
		get tableLabel() {
			return m.chart_table_label();
		},
		/** Below a table that renders only its first rows. */
		tableCapped: (shown: number, total: number) =>
			m.chart_table_capped({ shown: int(shown), total: int(total) }),
		/** A true or false cell. */
		get yes() {
			return m.chart_table_yes();
		},
		get no() {
			return m.chart_table_no();
		},
		get needsScript() {
			return m.chart_needs_script();
		},
		get source() {
			return m.chart_source();
		},
		/** Beside a chart whose rows show a name translated in draft (see DraftNamesNote). */
		get draftNames() {
			return m.chart_draft_names();
		},
		get draftNamesLink() {
			return m.chart_draft_names_link();
		},
		get notes() {
			return m.chart_notes();
		},
		get notReported() {
			return m.chart_not_reported();
		}
		// The caveats' markers ("derived", "small n" …) are CAVEAT_LABEL in data/caveats.ts, keyed
		// by caveat, beside the notes that explain them.
	},
	language: {
		get label() {
			return m.language_label();
		},
		/** The suggestion is written in the language it suggests. */
		suggest: (locale: Locale) => m.language_suggest({}, { locale }),
		suggestGo: (locale: Locale) => m.language_suggest_go({}, { locale }),
		suggestDismiss: (locale: Locale) => m.language_suggest_dismiss({}, { locale })
	},
	map,
	capabilities,
	compare,
	data,
	about,
	check,
	terms,
	exports,
	assess,
	versions,
	tableColumns,
	overview: texts(
		{
			title: m.overview_title,
			sortLabel: m.overview_sort_label,
			groupLabel: m.overview_group_label,
			domainLabel: m.overview_domain_label,
			allDomains: m.overview_all_domains,
			domainsTitle: m.overview_domains_title,
			nextTitle: m.overview_next_title,
			noFigure: m.overview_no_figure,
			missingNote: m.overview_missing_note
		},
		{
			subtitle: (n: number) => m.overview_subtitle({ n: int(n) }),
			/** What the review is and what the explorer makes of it, with its counts. */
			lede: (year: number, countries: number, alliance: number, unicef: number) =>
				m.overview_lede({
					year: String(year),
					countries: int(countries),
					alliance: int(alliance),
					unicef: int(unicef)
				}),
			description: (title: string, year: number, countries: number) =>
				m.overview_description({ title, year: String(year), countries: int(countries) }),
			/** The hover card's figure: "32 of 42 countries (76.2% recomputed; printed 76%)". */
			cardFigure: (count: string, recomputed: string, printed: string | null) =>
				printed === null
					? m.overview_card_figure({ count, recomputed })
					: m.overview_card_figure_printed({ count, recomputed, printed }),
			/** The chart's text alternative: the most and least reported capabilities. */
			alt: (count: number, top: string, bottom: string) =>
				m.overview_alt({ count: int(count), top, bottom }),
			altMissing: (n: number) =>
				n === 1 ? m.overview_alt_missing_one({ n: int(n) }) : m.overview_alt_missing({ n: int(n) }),
			get altNone() {
				return m.overview_alt_none();
			},
			/** Appended to the subtitle when one domain is chosen. */
			domainOnly: (domain: string) => m.overview_domain_only({ domain }),
			sort: texts({
				mnr: m.overview_sort_mnr,
				high: m.overview_sort_high,
				low: m.overview_sort_low
			}),
			next: texts({
				map: m.overview_next_map,
				capabilities: m.overview_next_capabilities,
				compare: m.overview_next_compare,
				data: m.overview_next_data,
				check: m.overview_next_check
			})
		}
	)
};

export type Copy = typeof en;
