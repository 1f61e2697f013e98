/** Interface strings of the capabilities area (see ../en.ts): the heatmap and the capability pages. */
import * as m from '$lib/paraglide/messages';
import { texts, int } from '../texts';

const times = (n: number) => (n === 1 ? m.map_times_one() : m.map_times({ n: int(n) }));

const populations = {
	all: texts({
		label: m.pop_all_label,
		series: m.pop_all_series,
		short: m.pop_all_short,
		of: m.pop_all_of
	}),
	hic: texts({
		label: m.pop_hic_label,
		series: m.pop_hic_series,
		short: m.pop_hic_short,
		of: m.pop_hic_of
	}),
	lmic: texts({
		label: m.pop_lmic_label,
		series: m.pop_lmic_series,
		short: m.pop_lmic_short,
		of: m.pop_lmic_of
	}),
	alliance: texts({
		label: m.pop_alliance_label,
		series: m.pop_alliance_series,
		short: m.pop_alliance_short,
		of: m.pop_alliance_of
	}),
	unicef: texts({
		label: m.pop_unicef_label,
		series: m.pop_unicef_series,
		short: m.pop_unicef_short,
		of: m.pop_unicef_of
	})
};

export const capabilities = {
	populations,
	/** Short marks written beside a value in tight spaces; the legend spells them out. */
	marks: { derived: '†', 'small-n': '*', discrepancy: '≠', ambiguous: '?' },
	heatmap: texts(
		{
			pageTitle: m.heat_page_title,
			lede: m.heat_lede,
			breakdownLabel: m.heat_breakdown_label,
			orderLabel: m.heat_order_label,
			filtersTitle: m.heat_filters_title,
			incomeLabel: m.heat_income_label,
			regionLabel: m.heat_region_label,
			surveyLabel: m.heat_survey_label,
			any: m.heat_any,
			filtersApply: m.heat_filters_apply,
			noSurveyBreakdown: m.heat_no_survey_breakdown,
			keyboardHelp: m.heat_keyboard_help,
			scrollHint: m.heat_scroll_hint,
			noCountries: m.heat_no_countries,
			/** The button under an empty result: clears income group, region and survey at once. */
			resetFilters: m.heat_reset_filters,
			totalHeader: m.heat_total_header
		},
		{
			title: texts({
				overall: m.heat_title_overall,
				income: m.heat_title_income,
				countries: m.heat_title_countries
			}),
			subtitle: texts(
				{ noCountries: m.heat_subtitle_no_countries },
				{
					overall: (maxN: number) => m.heat_subtitle_overall({ n: int(maxN) }),
					income: (maxN: number) => m.heat_subtitle_income({ n: int(maxN) }),
					countries: (countries: number) =>
						m.heat_subtitle_countries({ countries: int(countries) }),
					/** Added to the countries view's subtitle when filters are set. */
					filter: (filters: string) => m.heat_subtitle_filter({ filters })
				}
			),
			/** The chart's text alternative, in sentences joined by the view. */
			alt: {
				countries: (rows: number, named: number, top: string, total: number) =>
					m.heat_alt_countries({ rows: int(rows), named: int(named), top, total: int(total) }),
				figures: (columns: string) => m.heat_alt_figures({ columns }),
				extremes: (highest: string, lowest: string) => m.heat_alt_extremes({ highest, lowest }),
				missing: (missing: number, cells: number) =>
					m.heat_alt_missing({ missing: int(missing), cells: int(cells) })
			},
			breakdowns: texts({
				overall: m.heat_breakdown_overall,
				income: m.heat_breakdown_income,
				countries: m.heat_breakdown_countries
			}),
			order: texts({ name: m.heat_order_name, mentions: m.heat_order_mentions }),
			surveys: texts({ alliance: m.heat_survey_alliance, unicef: m.heat_survey_unicef }),
			filtersKept: (names: string) => m.heat_filters_kept({ names }),
			cell: texts(
				{
					notReported: m.heat_cell_not_reported,
					notReportedShort: m.heat_cell_not_reported_short,
					ambiguous: m.heat_cell_ambiguous,
					ambiguousShort: m.heat_cell_ambiguous_short
				},
				{
					of: (yes: number, n: number) => `${yes}/${n}`,
					nLine: (n: number) => `n=${n}`
				}
			),
			legend: texts(
				{
					title: m.heat_legend_title,
					pct: m.heat_legend_pct,
					count: m.heat_legend_count,
					zero: m.heat_legend_zero,
					notReported: m.heat_legend_not_reported,
					ambiguous: m.heat_legend_ambiguous,
					derived: m.heat_legend_derived,
					smallN: m.heat_legend_small_n,
					discrepancy: m.heat_legend_discrepancy,
					/** Exports head the countries' columns with codes, and say so in their key. */
					codes: m.heat_legend_codes
				},
				{
					/** The gradient's range for screen readers: "0% to 100%, lighter to darker…". */
					scale: (low: string, high: string) => m.heat_legend_scale({ low, high })
				}
			),
			card: texts(
				{
					open: m.heat_card_open,
					ambiguous: m.heat_card_ambiguous,
					candidates: m.heat_card_candidates,
					recomputed: m.heat_card_recomputed,
					printed: m.heat_card_printed,
					notAssessment: m.heat_card_not_assessment
				},
				{
					notReported: (population: string) => m.heat_card_not_reported({ population }),
					others: (count: number, population: string) =>
						count === 1
							? m.heat_card_others_one({ population })
							: m.heat_card_others({ count: int(count), population }),
					mentions: (country: string, count: number, capability: string) =>
						count === 0
							? m.heat_card_mentions_none({ country, capability })
							: m.heat_card_mentions({ country, capability, times: times(count) })
				}
			),
			aria: texts(
				{ total: m.heat_aria_total },
				{
					figure: (capability: string, population: string, text: string) =>
						m.heat_aria_figure({ capability, population, text }),
					mentions: (country: string, capability: string, count: number) =>
						m.heat_aria_mentions({ country, capability, times: times(count) })
				}
			),
			notes: texts({
				notReported: m.heat_note_not_reported,
				income: m.heat_note_income,
				mentions: m.heat_note_mentions
			})
		}
	),
	page: texts(
		{
			askTitle: m.capp_ask_title,
			whyTitle: m.capp_why_title,
			guidanceSource: m.capp_guidance_source,
			figuresTitle: m.capp_figures_title,
			chartAltRest: m.capp_chart_alt_rest,
			noHeadline: m.capp_no_headline,
			noFigures: m.capp_no_figures,
			indicatorsTitle: m.capp_indicators_title,
			printingsTitle: m.capp_printings_title,
			printingsIntro: m.capp_printings_intro,
			noPrintings: m.capp_no_printings,
			mentionsTitle: m.capp_mentions_title,
			noMentions: m.capp_no_mentions,
			questionsTitle: m.capp_questions_title,
			questionsIntro: m.capp_questions_intro,
			noQuestions: m.capp_no_questions,
			options: m.capp_options,
			prev: m.capp_prev,
			next: m.capp_next,
			allCapabilities: m.capp_all_capabilities,
			compareLink: m.capp_compare_link,
			source: m.capp_source
		},
		{
			capability: (id: number) => m.capp_capability({ id: int(id) }),
			domain: (id: number, name: string) => m.capp_domain({ id: int(id), name }),
			chartTitle: (name: string) => m.capp_chart_title({ name }),
			chartSubtitle: (count: number) =>
				count === 1 ? m.capp_chart_subtitle_one() : m.capp_chart_subtitle({ count: int(count) }),
			/** The chart's text alternative: how many figures, then the first few bars in words. */
			chartAlt: (count: number, name: string) =>
				count === 1
					? m.capp_chart_alt_one({ name })
					: m.capp_chart_alt({ count: int(count), name }),
			chartAltBar: (figure: string, population: string, value: string) =>
				m.capp_chart_alt_bar({ figure, population, value }),
			onlyGroups: (groups: string) => m.capp_only_groups({ groups }),
			indicatorColumns: texts(
				{
					label: m.capp_icol_label,
					population: m.capp_icol_population,
					yes: m.capp_icol_yes,
					pct: m.capp_icol_pct,
					pct_printed: m.capp_icol_pct_printed,
					status: m.capp_icol_status,
					discrepancy: m.capp_icol_discrepancy,
					candidate_values: m.capp_icol_candidate_values,
					source_ref: m.capp_icol_source_ref,
					note: m.capp_icol_note
				},
				{ n: 'n' }
			),
			sameNote: (label: string) => m.capp_same_note({ label }),
			printingsCaption: (label: string) => m.capp_printings_caption({ label }),
			printingColumns: texts({
				indicator: m.capp_pcol_indicator,
				printed: m.capp_pcol_printed,
				value_kind: m.capp_pcol_value_kind,
				agrees: m.capp_pcol_agrees,
				source_ref: m.capp_icol_source_ref,
				note: m.capp_icol_note
			}),
			agrees: texts({
				yes: m.capp_agrees_yes,
				no: m.capp_agrees_no,
				unknown: m.capp_agrees_unknown
			}),
			valueKinds: texts({
				pct: m.capp_vk_pct,
				pct_no: m.capp_vk_pct_no,
				count: m.capp_vk_count,
				count_no: m.capp_vk_count_no,
				fraction: m.capp_vk_fraction,
				n: m.capp_vk_n,
				words: m.capp_vk_words,
				words_no: m.capp_vk_words_no
			}),
			mentionsIntro: (count: number, countries: number) =>
				m.capp_mentions_intro({
					countries:
						countries === 1 ? m.capp_countries_one() : m.capp_countries({ n: int(countries) }),
					mentions: count === 1 ? m.capp_mentions_one() : m.capp_mentions({ n: int(count) })
				}),
			mentionKinds: texts({
				table: m.capp_mk_table,
				box: m.capp_mk_box,
				text: m.capp_mk_text,
				list: m.capp_mk_list,
				figure: m.capp_mk_figure
			}),
			countryPage: (name: string) => m.capp_country_page({ name }),
			questionNumber: (n: string) => m.capp_question_number({ n }),
			answerTypes: texts({
				yes_no: m.capp_at_yes_no,
				yes_no_unknown: m.capp_at_yes_no_unknown,
				multi_select: m.capp_at_multi_select,
				single_select: m.capp_at_single_select,
				open: m.capp_at_open,
				number: m.capp_at_number
			}),
			statusHelp: texts({
				stated: m.capp_sh_stated,
				derived: m.capp_sh_derived,
				ambiguous: m.capp_sh_ambiguous
			})
		}
	)
};
