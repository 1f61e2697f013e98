/** Interface strings of the check area (see ../en.ts). */
import * as m from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { INTL_TAG } from '$lib/i18n/locales';
import { numbersFor } from '$lib/i18n/numbers';
import { writeDecimalUpTo } from '$lib/i18n/decimal';

/**
 * Numbers in the page's language ("76.2%", "76,2 %"), with at most one decimal. Written by
 * decimal.ts, not Intl: a page's first Intl.NumberFormat is a long task (~150 ms at CPU 4×), and
 * here it fell in the task that shows a check's result.
 */
const upToOne = (x: number, percent = false): string => {
	const locale = getLocale();
	return (
		writeDecimalUpTo(x, locale, 1, percent) ??
		new Intl.NumberFormat(INTL_TAG[locale], {
			style: percent ? 'percent' : 'decimal',
			maximumFractionDigits: 1
		}).format(x)
	);
};
const int = (n: number) => numbersFor(getLocale()).int(n);
const pct = (n: number) => upToOne(n / 100, true);
const countries = (n: number) =>
	n === 1 ? m.check_one_country() : m.check_countries({ n: int(n) });

/** Who a figure is about, for notes on figures that are not about all 42 countries. */
const POPULATION: Record<string, () => string> = {
	hic: m.check_population_hic,
	lmic: m.check_population_lmic,
	alliance: m.check_population_alliance,
	unicef: m.check_population_unicef
};

export const check = {
	get title() {
		return m.check_title();
	},
	get lede() {
		return m.check_lede();
	},
	get privacy() {
		return m.check_privacy();
	},
	get noscript() {
		return m.check_noscript();
	},
	get inputLabel() {
		return m.check_input_label();
	},
	inputHelp: (max: number) => m.check_input_help({ max: int(max) }),
	count: (n: number, max: number) => m.check_count({ n: int(n), max: int(max) }),
	get checkButton() {
		return m.check_check_button();
	},
	get clearButton() {
		return m.check_clear_button();
	},
	get shareButton() {
		return m.check_share_button();
	},
	get shareCopied() {
		return m.check_share_copied();
	},
	get shareManual() {
		return m.check_share_manual();
	},
	shareTooLong: (n: number, max: number) => m.check_share_too_long({ n: int(n), max: int(max) }),
	get shareEmpty() {
		return m.check_share_empty();
	},
	progress: (done: number, total: number) =>
		m.check_progress({ pct: upToOne(total ? Math.floor((100 * done) / total) / 100 : 0, true) }),
	get progressLabel() {
		return m.check_progress_label();
	},
	get superseded() {
		return m.check_superseded();
	},
	get modeMainThread() {
		return m.check_mode_main_thread();
	},
	failed: (why: string) => m.check_failed({ why }),

	messages: {
		get empty() {
			return m.check_messages_empty();
		},
		get whitespace() {
			return m.check_messages_whitespace();
		},
		tooLong: (n: number, max: number) => m.check_messages_too_long({ n: int(n), max: int(max) }),
		tooManyLines: (n: number, max: number) =>
			m.check_messages_too_many_lines({ n: int(n), max: int(max) }),
		pasteRefused: (n: number, max: number) =>
			m.check_messages_paste_refused({ n: int(n), max: int(max) }),
		get nothingFound() {
			return m.check_messages_nothing_found();
		},
		get noFigures() {
			return m.check_messages_no_figures();
		},
		get noTerms() {
			return m.check_messages_no_terms();
		},
		sharedTruncated: (n: number, max: number) =>
			m.check_messages_shared_truncated({ n: int(n), max: int(max) }),
		unknownParam: (key: string) => m.check_messages_unknown_param({ key })
	},

	summary: {
		checked: (chars: number, ms: number) =>
			m.check_summary_checked({ chars: int(chars), ms: int(ms) }),
		figures: (n: number) =>
			n === 1 ? m.check_summary_one_figure() : m.check_summary_figures({ n: int(n) }),
		terms: (n: number) =>
			n === 1 ? m.check_summary_one_term() : m.check_summary_terms({ n: int(n) }),
		quoted: (n: number) => m.check_summary_quoted({ n: int(n) })
	},

	get examplesTitle() {
		return m.check_examples_title();
	},
	/**
	 * Sample sentences to try, in the page's language: each one shows a verdict (a match, a
	 * difference, a rounding, a claim about something other than countries) that the check gives
	 * it in that language (tests/unit/check/examples.test.ts).
	 */
	get examples() {
		return [
			m.check_example_1(),
			m.check_example_2(),
			m.check_example_3(),
			m.check_example_4(),
			m.check_example_5(),
			m.check_example_6()
		];
	},

	get textTitle() {
		return m.check_text_title();
	},
	get textHelp() {
		return m.check_text_help();
	},
	get textRegion() {
		return m.check_text_region();
	},
	get legendTitle() {
		return m.check_legend_title();
	},
	figuresTitle: (n: number) => m.check_figures_title({ n: int(n) }),
	wordingTitle: (n: number) => m.check_wording_title({ n: int(n) }),
	get showInText() {
		return m.check_show_in_text();
	},
	showMore: (n: number) => m.check_show_more({ n: int(n) }),
	capped: (shown: number, total: number) =>
		m.check_capped({ shown: int(shown), total: int(total) }),
	/** Under a list that waits for the reader to scroll near (see nearView.ts). */
	textRest: (chars: number) => m.check_text_rest({ n: int(chars) }),
	cardsRest: (n: number) => m.check_cards_rest({ n: int(n) }),
	get drawAll() {
		return m.check_draw_all();
	},
	/** The read-only view that holds a long paste instead of the text box (see longText.ts). */
	longText: {
		get note() {
			return m.check_long_text_note();
		},
		get edit() {
			return m.check_long_text_edit();
		}
	},

	verdict: {
		get matches() {
			return m.check_verdict_matches();
		},
		get 'rounds-to'() {
			return m.check_verdict_rounds_to();
		},
		get differs() {
			return m.check_verdict_differs();
		},
		get inconsistent() {
			return m.check_verdict_inconsistent();
		},
		get unsettled() {
			return m.check_verdict_unsettled();
		},
		get uncertain() {
			return m.check_verdict_uncertain();
		},
		get outside() {
			return m.check_verdict_outside();
		},
		get 'no-match'() {
			return m.check_verdict_no_match();
		}
	},
	/** Shapes beside each verdict, so colour is never the only cue. */
	verdictSymbol: {
		matches: '✓',
		'rounds-to': '≈',
		differs: '≠',
		inconsistent: '‼',
		unsettled: '…',
		uncertain: '?',
		outside: '∉',
		'no-match': '–'
	},
	/** How sure the topic match is, and what it rests on. */
	confidence: {
		get label() {
			return m.check_confidence_label();
		},
		get high() {
			return m.check_confidence_high();
		},
		get medium() {
			return m.check_confidence_medium();
		},
		get low() {
			return m.check_confidence_low();
		},
		evidence: (words: string[]) =>
			words.length
				? m.check_confidence_evidence({ words: words.map((w) => `“${w}”`).join(', ') })
				: ''
	},
	termStatus: {
		get avoid() {
			return m.check_term_status_avoid();
		},
		get 'use with care'() {
			return m.check_term_status_use_with_care();
		},
		get quoted() {
			return m.check_term_status_quoted();
		}
	},
	termSymbol: { avoid: '⚠', 'use with care': '!', quoted: '“”' },
	/** Hidden text after a highlight, for screen readers. */
	markFigure: (id: number, verdict: string) => m.check_mark_figure({ id, verdict }),
	markTerm: (status: string) => m.check_mark_term({ status }),

	explain: {
		matches: (review: string) => m.check_explain_matches({ review }),
		asWorded: (review: string) => m.check_explain_as_worded({ review }),
		roundsTo: (review: string) => m.check_explain_rounds_to({ review }),
		differs: (review: string, deltaPp: number, deltaCount: number | null) => {
			if (deltaPp === 0) return m.check_explain_bound_fails({ review });
			const gap = Math.abs(deltaPp);
			const points = gap === 1 ? m.check_one_point() : m.check_points({ n: upToOne(gap) });
			const by =
				deltaCount === null || deltaCount === 0
					? ''
					: deltaCount > 0
						? m.check_more_countries({ countries: countries(Math.abs(deltaCount)) })
						: m.check_fewer_countries({ countries: countries(Math.abs(deltaCount)) });
			return deltaPp > 0
				? m.check_explain_higher({ review, points, by })
				: m.check_explain_lower({ review, points, by });
		},
		get unsettled() {
			return m.check_unsettled();
		},
		inconsistent: (countsPct: number | null) =>
			m.check_explain_inconsistent({
				counts: countsPct === null ? m.check_another_figure() : pct(countsPct)
			}),
		get uncertain() {
			return m.check_uncertain();
		},
		get outside() {
			return m.check_outside();
		},
		candidates: (values: string) =>
			m.check_explain_candidates({ values: values.split('|').join(', ') }),
		get noMatch() {
			return m.check_no_match();
		},
		review: (p: number, count: number, n: number) =>
			m.check_explain_review({ pct: pct(p), count: int(count), countries: countries(n) })
	},

	notes: {
		denominator: (claimed: number, reviewN: number) =>
			m.check_notes_denominator({ claimed: int(claimed), countries: countries(reviewN) }),
		allCountries: (reviewN: number) => m.check_notes_all_countries({ n: int(reviewN) }),
		get worldwide() {
			return m.check_notes_worldwide();
		},
		population: (population: string, n: number | null) => {
			const who = POPULATION[population]?.() ?? population;
			return n === null
				? m.check_notes_population({ who })
				: m.check_notes_population_n({ who, n: int(n) });
		},
		loose: (reviewPct: number) => m.check_notes_loose({ pct: pct(reviewPct) }),
		get negated() {
			return m.check_notes_negated();
		},
		otherBase: (noun: string) => m.check_notes_other_base({ noun }),
		subset: (reviewN: number, parent: string) => m.check_notes_subset({ n: int(reviewN), parent }),
		get otherFigure() {
			return m.check_notes_other_figure();
		},
		alsoStates: (label: string) => m.check_notes_also_states({ label }),
		misprint: (printedPct: number | null, countsPct: number) =>
			printedPct === null
				? m.check_notes_misprint_words({ counts: pct(countsPct) })
				: m.check_notes_misprint({ printed: int(printedPct), counts: pct(countsPct) }),
		largerThanBase: (claimed: number, reviewN: number) =>
			m.check_notes_larger_than_base({ countries: countries(reviewN), claimed: int(claimed) }),
		otherStudy: (name: string) => m.check_notes_other_study({ name }),
		get fromHeading() {
			return m.check_notes_from_heading();
		}
	},

	figure: {
		get candidates() {
			return m.check_figure_candidates();
		},
		get reference() {
			return m.check_figure_reference();
		},
		get indicator() {
			return m.check_figure_indicator();
		},
		get capability() {
			return m.check_figure_capability();
		},
		get review() {
			return m.check_figure_review();
		},
		printed: (p: number) => m.check_figure_printed({ p: int(p) }),
		get recomputed() {
			return m.check_figure_recomputed();
		},
		get status() {
			return m.check_figure_status();
		},
		get source() {
			return m.check_figure_source();
		},
		get note() {
			return m.check_figure_note();
		},
		get alternatives() {
			return m.check_figure_alternatives();
		},
		get crossCutting() {
			return m.check_figure_cross_cutting();
		},
		get notSettled() {
			return m.check_figure_not_settled();
		},
		get context() {
			return m.check_figure_context();
		}
	},
	status: {
		get stated() {
			return m.check_status_stated();
		},
		get derived() {
			return m.check_status_derived();
		},
		get ambiguous() {
			return m.check_status_ambiguous();
		}
	},

	term: {
		get useInstead() {
			return m.check_term_use_instead();
		},
		get noReplacement() {
			return m.check_term_no_replacement();
		},
		get why() {
			return m.check_term_why();
		},
		get source() {
			return m.check_term_source();
		},
		get inGuidance() {
			return m.check_term_in_guidance();
		},
		occurrences: (n: number, quoted: number) => {
			const times = n === 1 ? m.check_term_found_once() : m.check_term_found_times({ n: int(n) });
			return quoted
				? m.check_term_occurrences_quoted({ times, quoted: int(quoted) })
				: m.check_term_occurrences({ times });
		},
		get quotedExplain() {
			return m.check_term_quoted_explain();
		},
		kept: {
			get quote() {
				return m.check_term_kept_quote();
			},
			get name() {
				return m.check_term_kept_name();
			},
			get capability() {
				return m.check_term_kept_capability();
			},
			get mention() {
				return m.check_term_kept_mention();
			}
		} as Record<string, string>
	},

	corrected: {
		get title() {
			return m.check_corrected_title();
		},
		get help() {
			return m.check_corrected_help();
		},
		get label() {
			return m.check_corrected_label();
		},
		get copy() {
			return m.check_corrected_copy();
		},
		get copied() {
			return m.check_corrected_copied();
		},
		tooLong: (n: number) => m.check_corrected_too_long({ n: int(n) })
	},

	receipt: {
		get title() {
			return m.check_receipt_title();
		},
		get help() {
			return m.check_receipt_help();
		},
		get text() {
			return m.check_receipt_text();
		},
		get json() {
			return m.check_receipt_json();
		},
		get failed() {
			return m.check_receipt_failed();
		}
	},

	how: {
		get title() {
			return m.check_how_title();
		},
		/** The paragraphs under "How the check works", each describing the check in the page's language. */
		get items() {
			return [
				m.check_how_figures(),
				m.check_how_topic(),
				m.check_how_verdicts(),
				m.check_how_pdf(),
				m.check_how_negations(),
				m.check_how_wording(),
				m.check_how_limits(),
				m.check_how_suggestion()
			];
		},
		get termsLink() {
			return m.check_how_terms_link();
		}
	}
} as const;
