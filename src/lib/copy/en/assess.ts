/**
 * Words of the private self-assessment (/assess), from the message catalogue (messages/*.json,
 * keys assess_…): each read gives the text in the language of the page being rendered. Answer
 * files never hold these words (they store "yes", "no" and the printed options), so a file saved
 * on one language's page reads the same on another's.
 */
import * as m from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { datasetLabel } from '$lib/i18n/datasetLabels';
import type { FileProblem, MergeProblem, YourAnswer } from '../kinds';
import { texts, int } from '../texts';

/** French counts 0 with the singular ("0 réponse"); English and Spanish say "0 answers". */
const isOne = (n: number) => n === 1 || (n === 0 && getLocale() === 'fr');
const plural = (
	n: number,
	one: (p: { n: string }) => string,
	many: (p: { n: string }) => string
): string => (isOne(n) ? one({ n: int(n) }) : many({ n: int(n) }));

const answers = (n: number) => plural(n, m.assess_files_answers_one, m.assess_files_answers);
const figures = (n: number) => plural(n, m.assess_compare_figures_one, m.assess_compare_figures);

/**
 * The survey's questions as the page shows them. The dataset's texts are our own words (not the
 * instrument's printed wording), so they are translated; English reads the dataset itself. The
 * printed answer options stay as printed: answer files store them.
 */
const QUESTION_TEXT: Record<string, () => string> = {
	q1: m.assess_question_q1,
	q2: m.assess_question_q2,
	q3: m.assess_question_q3,
	q4: m.assess_question_q4,
	q5: m.assess_question_q5,
	q6: m.assess_question_q6,
	q7: m.assess_question_q7,
	q8: m.assess_question_q8,
	q9: m.assess_question_q9,
	q10: m.assess_question_q10,
	q11: m.assess_question_q11,
	q12: m.assess_question_q12,
	q13: m.assess_question_q13,
	q14: m.assess_question_q14,
	q15: m.assess_question_q15,
	q16: m.assess_question_q16,
	q17: m.assess_question_q17,
	q18: m.assess_question_q18,
	q19: m.assess_question_q19,
	q20: m.assess_question_q20,
	q21: m.assess_question_q21,
	q22: m.assess_question_q22,
	q23: m.assess_question_q23,
	q24: m.assess_question_q24,
	q25: m.assess_question_q25,
	q26: m.assess_question_q26,
	q27: m.assess_question_q27,
	q28: m.assess_question_q28,
	q29: m.assess_question_q29,
	q30: m.assess_question_q30,
	q31: m.assess_question_q31,
	q32: m.assess_question_q32,
	q33: m.assess_question_q33,
	q34: m.assess_question_q34,
	q35: m.assess_question_q35,
	q36: m.assess_question_q36,
	q37: m.assess_question_q37,
	q38: m.assess_question_q38,
	q39: m.assess_question_q39,
	q40: m.assess_question_q40,
	q41: m.assess_question_q41,
	q42: m.assess_question_q42,
	q43: m.assess_question_q43,
	q44: m.assess_question_q44,
	q45: m.assess_question_q45,
	q46: m.assess_question_q46,
	q47: m.assess_question_q47,
	q48: m.assess_question_q48,
	q49: m.assess_question_q49,
	q50: m.assess_question_q50,
	q51: m.assess_question_q51,
	q52: m.assess_question_q52,
	q53: m.assess_question_q53,
	q54: m.assess_question_q54,
	q55: m.assess_question_q55,
	q56: m.assess_question_q56,
	q57: m.assess_question_q57,
	q58: m.assess_question_q58,
	q59: m.assess_question_q59,
	q60: m.assess_question_q60,
	q61: m.assess_question_q61,
	q62: m.assess_question_q62,
	q63: m.assess_question_q63,
	q64: m.assess_question_q64,
	q65: m.assess_question_q65,
	q66: m.assess_question_q66,
	q67: m.assess_question_q67,
	q68: m.assess_question_q68,
	q69: m.assess_question_q69,
	q70: m.assess_question_q70,
	q71: m.assess_question_q71,
	q72: m.assess_question_q72,
	q73: m.assess_question_q73,
	q74: m.assess_question_q74,
	q75: m.assess_question_q75,
	q76: m.assess_question_q76,
	q77: m.assess_question_q77,
	q78: m.assess_question_q78,
	q79: m.assess_question_q79,
	q80: m.assess_question_q80,
	q81: m.assess_question_q81
};

/** The instrument's sections that are not MNR domains; the others are domain names. */
const SECTION_NAME: Record<string, () => string> = {
	Introduction: m.assess_section_introduction,
	Victims: m.assess_section_victims,
	Closing: m.assess_section_closing
};

/** Why a figure link holds or what it leaves out (assess/figureLinks.ts names them by these keys). */
const linkNotes = texts({
	'hic-only': m.assess_note_hic_only,
	'option-values-lost': m.assess_note_option_values_lost,
	'law-enforcement-remit': m.assess_note_le_remit,
	'icse-in-details': m.assess_note_icse,
	'audiences-lost': m.assess_note_audiences_lost,
	'open-counted': m.assess_note_open_counted
});
export type LinkNote = keyof typeof linkNotes;

/** Why an answer does not fit its question (assess/questions.ts), said in the file problem. */
export type AnswerMismatch =
	| { kind: 'expected-one-of'; values: string[] }
	| { kind: 'expected-option' }
	| { kind: 'expected-list' }
	| { kind: 'not-an-option'; option: string }
	| { kind: 'twice' }
	| { kind: 'expected-text' }
	| { kind: 'too-long'; max: number };

function mismatch(p: AnswerMismatch): string {
	switch (p.kind) {
		case 'expected-one-of':
			return m.assess_detail_expected_one_of({ values: p.values.join(', ') });
		case 'expected-option':
			return m.assess_detail_expected_option();
		case 'expected-list':
			return m.assess_detail_expected_list();
		case 'not-an-option':
			return m.assess_detail_not_an_option({ option: p.option });
		case 'twice':
			return m.assess_detail_twice();
		case 'expected-text':
			return m.assess_detail_expected_text();
		case 'too-long':
			// No grouping: the English sentence has always said "20000 characters".
			return m.assess_detail_too_long({ max: String(p.max) });
	}
}

function fileProblem(name: string, p: FileProblem): string {
	const why = (() => {
		switch (p.kind) {
			case 'too-large':
				return m.assess_files_problem_too_large();
			case 'damaged':
				return m.assess_files_problem_damaged({ detail: p.detail });
			case 'not-answer-file':
				return m.assess_files_problem_not_answer_file();
			case 'newer-version':
				return m.assess_files_problem_newer_version({ version: String(p.version) });
			case 'old-version':
				return m.assess_files_problem_old_version({ version: String(p.version) });
			case 'missing-field':
				return m.assess_files_problem_missing_field({ field: p.field });
			case 'bad-field':
				return m.assess_files_problem_bad_field({ field: p.field });
			case 'bad-answer':
				return m.assess_files_problem_bad_answer({ question: p.question, detail: p.detail });
			case 'other-country':
				return m.assess_files_problem_other_country({ country: p.country, expected: p.expected });
		}
	})();
	return `${m.assess_files_problem_intro({ name })} ${why}`;
}

export const assess = texts(
	{
		pageTitle: m.assess_page_title,
		lede: m.assess_lede,
		privacyTitle: m.assess_privacy_title,
		noScoreTitle: m.assess_no_score_title,
		noScore: m.assess_no_score,
		surveysNote: m.assess_surveys_note,
		/** Said on the French and Spanish pages only: the options are quoted in English. */
		wordingNote: m.assess_wording_note,
		needsScript: m.assess_needs_script
	},
	{
		/** The line on /about. */
		about: texts({
			before: m.assess_about_before,
			link: m.assess_about_link,
			after: m.assess_about_after
		}),
		get privacy(): string[] {
			return [m.assess_privacy_stays(), m.assess_privacy_share()];
		},
		/** A survey question's text in the page's language (`text` is the dataset's English). */
		question: (q: { question_id: string; text: string }): string =>
			getLocale() === 'en' ? q.text : (QUESTION_TEXT[q.question_id]?.() ?? q.text),
		/** A section of the instrument: a domain's name from the dataset translations, or our own. */
		section: (name: string): string => SECTION_NAME[name]?.() ?? datasetLabel(name, getLocale()),
		linkNotes,
		contents: texts({
			label: m.assess_contents_label,
			answers: m.assess_contents_answers,
			files: m.assess_contents_files,
			compare: m.assess_contents_compare,
			pack: m.assess_contents_pack
		}),
		identity: texts({
			title: m.assess_identity_title,
			country: m.assess_identity_country,
			countryHelp: m.assess_identity_country_help,
			respondent: m.assess_identity_respondent,
			respondentHelp: m.assess_identity_respondent_help
		}),
		saved: texts(
			{
				idle: m.assess_saved_idle,
				failed: m.assess_saved_failed,
				damaged: m.assess_saved_damaged
			},
			{ saved: (n: number) => plural(n, m.assess_saved_one, m.assess_saved) }
		),
		form: texts(
			{
				general: m.assess_form_general,
				measuresNothing: m.assess_form_measures_nothing,
				figure: m.assess_form_figure,
				noFigure: m.assess_form_no_figure,
				yes: m.assess_form_yes,
				no: m.assess_form_no,
				unknown: m.assess_form_unknown,
				clear: m.assess_form_clear,
				tickAll: m.assess_form_tick_all,
				textLabel: m.assess_form_text_label,
				optionFigure: m.assess_form_option_figure,
				seeComparison: m.assess_form_see_comparison
			},
			{
				answered: (n: number, total: number) =>
					m.assess_form_answered({ n: int(n), total: int(total) }),
				capability: (id: number, name: string) => m.assess_form_capability({ id: int(id), name }),
				measures: (id: number, name: string) => m.assess_form_measures({ id: int(id), name }),
				skipHint: (n: string) => m.assess_form_skip_hint({ n }),
				questionLabel: (n: string) => m.assess_form_question_label({ n })
			}
		),
		files: texts(
			{
				title: m.assess_files_title,
				intro: m.assess_files_intro,
				export: m.assess_files_export,
				exportNeedsCountry: m.assess_files_export_needs_country,
				import: m.assess_files_import,
				importHelp: m.assess_files_import_help,
				replace: m.assess_files_replace,
				cancel: m.assess_files_cancel,
				importCancelled: m.assess_files_import_cancelled,
				restore: m.assess_files_restore,
				restored: m.assess_files_restored,
				delete: m.assess_files_delete,
				confirmDelete: m.assess_files_confirm_delete,
				deleteYes: m.assess_files_delete_yes,
				deleted: m.assess_files_deleted
			},
			{
				exported: (name: string) => m.assess_files_exported({ name }),
				confirmReplace: (country: string, n: number) =>
					m.assess_files_confirm_replace({
						country: country || m.assess_files_no_country(),
						answers: answers(n)
					}),
				imported: (name: string, country: string, n: number) =>
					m.assess_files_imported({ name, country, answers: answers(n) }),
				unknownQuestions: (ids: string[]) =>
					(isOne(ids.length)
						? m.assess_files_unknown_questions_one
						: m.assess_files_unknown_questions)({ n: int(ids.length), ids: ids.join(', ') }),
				otherDataset: (version: string) => m.assess_files_other_dataset({ version }),
				notReadable: (name: string) => m.assess_files_not_readable({ name }),
				problem: fileProblem,
				/** The detail of a "bad-answer" problem. */
				mismatch
			}
		),
		merge: texts(
			{
				title: m.assess_merge_title,
				intro: m.assess_merge_intro,
				choose: m.assess_merge_choose,
				showAll: m.assess_merge_show_all,
				notAnswered: m.assess_merge_not_answered,
				keep: m.assess_merge_keep,
				given: m.assess_merge_given,
				use: m.assess_merge_use,
				useHelp: m.assess_merge_use_help,
				clear: m.assess_merge_clear
			},
			{
				problem: (p: MergeProblem): string =>
					p.kind === 'too-few'
						? m.assess_merge_too_few()
						: m.assess_merge_countries({ countries: p.countries.join(', ') }),
				summary: (files: number, disagreements: number, open: number) => {
					const params = {
						files: plural(files, m.assess_merge_files_one, m.assess_merge_files),
						n: int(disagreements),
						open: int(open)
					};
					const one = isOne(disagreements);
					if (!disagreements)
						return (one ? m.assess_merge_summary_one : m.assess_merge_summary)(params);
					return (one ? m.assess_merge_summary_open_one : m.assess_merge_summary_open)(params);
				},
				agreement: texts({
					agree: m.assess_merge_agree,
					disagree: m.assess_merge_disagree,
					one: m.assess_merge_one,
					none: m.assess_merge_none
				}),
				used: (n: number) => m.assess_merge_used({ answers: answers(n) }),
				stillOpen: (n: number) =>
					plural(n, m.assess_merge_still_open_one, m.assess_merge_still_open)
			}
		),
		compare: texts(
			{
				title: m.assess_compare_title,
				intro: m.assess_compare_intro,
				noAnswers: m.assess_compare_no_answers,
				crossCutting: m.assess_compare_cross_cutting,
				yourSeries: m.assess_compare_your_series,
				mentionsTitle: m.assess_compare_mentions_title,
				mentionsNote: m.assess_compare_mentions_note,
				noMentions: m.assess_compare_no_mentions,
				downloadLabel: m.assess_compare_download_label
			},
			{
				chartTitle: (domain: string) => m.assess_compare_chart_title({ domain }),
				chartSubtitle: (n: number) => m.assess_compare_chart_subtitle({ figures: figures(n) }),
				/** A group of bars: "Q46 · Has a child helpline". */
				groupLabel: (number: string, label: string) =>
					m.assess_compare_group_label({ number, label }),
				yours: texts({
					yes: m.assess_yours_yes,
					no: m.assess_yours_no,
					unknown: m.assess_yours_unknown,
					ticked: m.assess_yours_ticked,
					'not-ticked': m.assess_yours_not_ticked,
					answered: m.assess_yours_answered,
					unanswered: m.assess_yours_unanswered
				}) satisfies Record<YourAnswer, string>,
				altText: (domain: string, n: number) =>
					m.assess_compare_alt_text({ domain, figures: figures(n) }),
				/** The chart table's and CSV's column headings, in the order of the columns. */
				columns: texts({
					question: m.assess_col_question,
					option: m.assess_col_option,
					your_answer: m.assess_col_your_answer,
					indicator_id: m.assess_col_indicator_id,
					label: m.assess_col_label,
					population: m.assess_col_population,
					yes: m.assess_col_yes,
					// "n" and "%" are symbols, the same in every language.
					n: () => 'n',
					pct: () => '%',
					status: m.assess_col_status,
					source_ref: m.assess_col_source_ref,
					note: m.assess_col_note
				}),
				svg: 'SVG',
				png: 'PNG',
				csv: 'CSV'
			}
		),
		pack: texts(
			{
				title: m.assess_pack_title,
				intro: m.assess_pack_intro,
				download: m.assess_pack_download,
				working: m.assess_pack_working,
				print: m.assess_pack_print,
				printHelp: m.assess_pack_print_help,
				needsCountry: m.assess_pack_needs_country
			},
			{
				done: (name: string) => m.assess_pack_done({ name }),
				failed: (why: string) => m.assess_pack_failed({ why }),
				/** Words in the names of the pack's files (ASCII, as file names travel badly otherwise). */
				files: texts({
					/** Starts the name of every file the page saves: "mnr-self-assessment-…". */
					prefix: m.assess_file_prefix,
					answers: m.assess_pack_file_answers,
					gapSummary: m.assess_pack_file_gap_summary,
					citation: m.assess_pack_file_citation,
					charts: m.assess_pack_file_charts,
					pack: m.assess_pack_file_name
				}),
				citation: (title: string, date: string, version: string) =>
					m.assess_pack_citation({ title, date, version })
			}
		),
		print: texts(
			{ notAnswered: m.assess_print_not_answered },
			{
				title: (country: string) =>
					m.assess_print_title({ country: country || m.assess_print_no_country() }),
				meta: (respondent: string, date: string, version: string) =>
					`${respondent ? m.assess_print_answered_by({ respondent }) : ''}${m.assess_print_meta({ date, version })}`
			}
		),
		summary: texts(
			{
				noScore: m.assess_summary_no_score,
				gapsTitle: m.assess_summary_gaps_title,
				noGaps: m.assess_summary_no_gaps,
				review: m.assess_summary_review,
				noValue: m.assess_summary_no_value
			},
			{
				title: (country: string) => m.assess_summary_title({ country }),
				intro: (respondent: string, date: string, version: string) =>
					`${respondent ? m.assess_print_answered_by({ respondent }) : ''}${m.assess_summary_intro({ date, version })}`,
				gap: (number: string, text: string, option: string | null) =>
					`${m.assess_summary_gap({ number, text })}${option ? m.assess_summary_gap_option({ option }) : ''}`,
				answered: (yours: string) => m.assess_summary_answered({ yours }),
				unanswered: (n: number) =>
					plural(n, m.assess_summary_unanswered_one, m.assess_summary_unanswered),
				examples: (names: string) => m.assess_summary_examples({ names }),
				where: (ref: string) => m.assess_summary_where({ ref })
			}
		),
		csv: {
			columns: texts({
				question_id: m.assess_csv_question_id,
				number: m.assess_csv_number,
				section: m.assess_csv_section,
				capability_id: m.assess_csv_capability_id,
				question: m.assess_csv_question,
				answer_type: m.assess_csv_answer_type,
				answer: m.assess_csv_answer,
				review_figures: m.assess_csv_review_figures
			})
		}
	}
);
