/**
 * Interface strings of the about area (see ../en.ts). Every number is an argument: the page
 * fills them from queries at prerender time, so the prose cannot drift from the data. Line
 * references point into framing-the-future-2022.txt (tests check they hold what they claim).
 */
import * as m from '$lib/paraglide/messages';
import { inList } from '../texts';

/** A place in the review's text. */
export interface LineRef {
	from: number;
	to: number;
}

export interface Limitation {
	/** The limitation, in our words. */
	text: string;
	/** Where the review says it. */
	refs: LineRef[];
}

export const about = {
	get title() {
		return m.about_title();
	},
	get description() {
		return m.about_description();
	},
	get lede() {
		return m.about_lede();
	},
	get contents() {
		return m.about_contents();
	},
	get offline() {
		return m.about_offline();
	},
	linesLabel: (ref: LineRef) =>
		ref.from === ref.to
			? m.about_line({ line: ref.from })
			: m.about_lines({ from: ref.from, to: ref.to }),
	get sourceLabel() {
		return m.about_source_label();
	},

	methodology: {
		get title() {
			return m.about_methodology_title();
		},
		surveys: (total: number, alliance: number, unicef: number) =>
			m.about_methodology_surveys({ total, alliance, unicef }),
		get differences() {
			return m.about_methodology_differences();
		},
		get methodologyRef() {
			return m.about_methodology_methodology_ref();
		},
		get incomeTitle() {
			return m.about_methodology_income_title();
		},
		incomeCaption: (total: number) => m.about_methodology_income_caption({ total }),
		get regionTitle() {
			return m.about_methodology_region_title();
		},
		regionCaption: (total: number) => m.about_methodology_region_caption({ total }),
		columns: {
			get group() {
				return m.about_methodology_columns_group();
			},
			get region() {
				return m.about_methodology_columns_region();
			},
			get countries() {
				return m.about_methodology_columns_countries();
			},
			get alliance() {
				return m.about_methodology_columns_alliance();
			},
			get unicef() {
				return m.about_methodology_columns_unicef();
			},
			get printed() {
				return m.about_methodology_columns_printed();
			},
			get total() {
				return m.about_methodology_columns_total();
			}
		},
		get totalsMatch() {
			return m.about_methodology_totals_match();
		},
		get totalsDiffer() {
			return m.about_methodology_totals_differ();
		},
		mixedGroups: (names: string[]) => m.about_methodology_mixed_groups({ names: inList(names) }),
		get englandWales() {
			return m.about_methodology_england_wales();
		}
	},

	sources: {
		get title() {
			return m.about_sources_title();
		},
		get intro() {
			return m.about_sources_intro();
		},
		review: {
			get what() {
				return m.about_sources_review_what();
			}
		},
		guidance: {
			get name() {
				return m.about_sources_guidance_name();
			},
			get by() {
				return m.about_sources_guidance_by();
			},
			what: (capabilities: number) => m.about_sources_guidance_what({ capabilities })
		},
		framework: {
			get name() {
				return m.about_sources_framework_name();
			},
			get by() {
				return m.about_sources_framework_by();
			},
			what: (domains: number, capabilities: number) =>
				m.about_sources_framework_what({ domains, capabilities })
		}
	},

	limitations: {
		get title() {
			return m.about_limitations_title();
		},
		get intro() {
			return m.about_limitations_intro();
		},
		items: [
			{
				get text() {
					return m.about_limitation_1();
				},
				refs: [
					{ from: 305, to: 307 },
					{ from: 850, to: 852 },
					{ from: 982, to: 983 }
				]
			},
			{
				get text() {
					return m.about_limitation_2();
				},
				refs: [
					{ from: 984, to: 985 },
					{ from: 938, to: 942 }
				]
			},
			{
				get text() {
					return m.about_limitation_3();
				},
				refs: [{ from: 985, to: 987 }]
			},
			{
				get text() {
					return m.about_limitation_4();
				},
				refs: [{ from: 988, to: 991 }]
			},
			{
				get text() {
					return m.about_limitation_5();
				},
				refs: [{ from: 993, to: 995 }]
			},
			{
				get text() {
					return m.about_limitation_6();
				},
				refs: [{ from: 995, to: 997 }]
			},
			{
				get text() {
					return m.about_limitation_7();
				},
				refs: [
					{ from: 326, to: 330 },
					{ from: 950, to: 954 }
				]
			},
			{
				get text() {
					return m.about_limitation_8();
				},
				refs: [
					{ from: 370, to: 373 },
					{ from: 423, to: 423 }
				]
			},
			{
				get text() {
					return m.about_limitation_9();
				},
				refs: [{ from: 1048, to: 1048 }]
			}
		] satisfies Limitation[],
		denominators: (headlines: number, min: number, max: number, mnrUse: number) =>
			m.about_denominators({ headlines, min, max, mnrUse })
	},

	built: {
		get title() {
			return m.about_built_title();
		},
		steps: (c: {
			indicators: number;
			stated: number;
			derived: number;
			ambiguous: number;
			discrepancies: number;
			printings: number;
			exclusions: number;
			mentions: number;
			terms: number;
			questions: number;
		}) => [
			m.about_step_1({
				indicators: c.indicators,
				stated: c.stated,
				derived: c.derived,
				ambiguous: c.ambiguous,
				mentions: c.mentions,
				terms: c.terms,
				questions: c.questions
			}),
			m.about_step_2(),
			m.about_step_3({ printings: c.printings, exclusions: c.exclusions }),
			m.about_step_4({ discrepancies: c.discrepancies }),
			m.about_step_5({ derived: c.derived, ambiguous: c.ambiguous }),
			m.about_step_6(),
			m.about_step_7(),
			m.about_step_8(),
			m.about_step_9()
		],
		get extraction() {
			return m.about_extraction();
		},
		get dictionaryLink() {
			return m.about_dictionary_link();
		}
	},

	discrepancies: {
		get title() {
			return m.about_discrepancies_title();
		},
		intro: (n: number) =>
			n === 1 ? m.about_discrepancies_intro_one() : m.about_discrepancies_intro({ n }),
		get counts() {
			return m.about_discrepancies_counts();
		},
		get recomputed() {
			return m.about_discrepancies_recomputed();
		},
		get printedAs() {
			return m.about_discrepancies_printed_as();
		},
		get agrees() {
			return m.about_discrepancies_agrees();
		},
		get disagrees() {
			return m.about_discrepancies_disagrees();
		},
		get unknown() {
			return m.about_discrepancies_unknown();
		},
		/** What each printing is (a column value of data/printings.csv). */
		kinds: {
			get pct() {
				return m.about_kind_pct();
			},
			get pct_no() {
				return m.about_kind_pct_no();
			},
			get count() {
				return m.about_kind_count();
			},
			get count_no() {
				return m.about_kind_count_no();
			},
			get fraction() {
				return m.about_kind_fraction();
			},
			get n() {
				return m.about_kind_n();
			},
			get words() {
				return m.about_kind_words();
			},
			get words_no() {
				return m.about_kind_words_no();
			}
		} as Record<string, string>,
		get note() {
			return m.about_discrepancies_note();
		},
		get method() {
			return m.about_discrepancies_method();
		}
	},

	ambiguous: {
		get title() {
			return m.about_ambiguous_title();
		},
		intro: (figures: number, groups: number) => m.about_ambiguous_intro({ figures, groups }),
		get candidates() {
			return m.about_ambiguous_candidates();
		},
		get noCandidates() {
			return m.about_ambiguous_no_candidates();
		},
		get figures() {
			return m.about_ambiguous_figures();
		},
		get reason() {
			return m.about_ambiguous_reason();
		},
		get method() {
			return m.about_ambiguous_method();
		}
	},

	/** Who translated what, and how to report an error (the same in every language). */
	translation: {
		get title() {
			return m.about_translation_title();
		},
		get who() {
			return m.about_translation_who();
		},
		get data() {
			return m.about_translation_data();
		},
		get english() {
			return m.about_translation_english();
		},
		get report() {
			return m.about_translation_report();
		}
	},

	cite: {
		get title() {
			return m.about_cite_title();
		},
		get intro() {
			return m.about_cite_intro();
		},
		get reviewLabel() {
			return m.about_cite_review_label();
		},
		get explorerLabel() {
			return m.about_cite_explorer_label();
		},
		explorerCitation: (version: string, url: string | null) =>
			`MNR Explorer: Framing the Future as open data, dataset version ${version}. Figures and examples from WeProtect Global Alliance and UNICEF (2022), Framing the Future.${url ? ` ${url}` : ''}`,
		get bibtexLabel() {
			return m.about_cite_bibtex_label();
		}
	}
} as const;
