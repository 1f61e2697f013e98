/** Interface strings of the compare area (see ../en.ts), and of the grouped bars it shares. */
import * as m from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { numbersFor } from '$lib/i18n/numbers';
import { texts, int } from '../texts';

export const compare = texts(
	{
		pageTitle: m.compare_page_title,
		lede: m.compare_lede,
		chartTitle: m.compare_chart_title,
		capabilityLabel: m.compare_capability_label,
		allCapabilities: m.compare_all_capabilities,
		notCompared: m.compare_not_compared,
		sortLabel: m.compare_sort_label,
		notesTitle: m.compare_notes_title,
		notesIntro: m.compare_notes_intro,
		singleTitle: m.compare_single_title,
		singleIntro: m.compare_single_intro,
		singleCaption: m.compare_single_caption,
		surveyNote: m.compare_survey_note,
		regionTitle: m.compare_region_title,
		noRegionFigures: m.compare_no_region_figures,
		regionMentionsIntro: m.compare_region_mentions_intro,
		regionMentionsCaption: m.compare_region_mentions_caption
	},
	{
		chartSubtitle: (groups: number) =>
			groups === 1
				? m.compare_chart_subtitle_one()
				: m.compare_chart_subtitle({ groups: int(groups) }),
		sort: texts({ mnr: m.compare_sort_mnr, gap: m.compare_sort_gap, lmic: m.compare_sort_lmic }),
		noComparison: (capability: string) => m.compare_no_comparison({ capability }),
		/** Who the empty state speaks of: one capability, or the selection as a whole. */
		capabilityN: (id: number) => m.compare_capability_n({ id: int(id) }),
		thisSelection: () => m.compare_this_selection(),
		/** Added to the subtitle when one capability is chosen. */
		capabilityOnly: (id: number) => m.compare_capability_only({ id: int(id) }),
		/** The chart's text alternative, in sentences joined by the view. */
		alt: {
			chart: (n: number) => m.compare_alt({ n: int(n) }),
			widest: (label: string, hic: string, lmic: string) =>
				m.compare_alt_widest({ label, hic, lmic }),
			ambiguous: (n: number) => m.compare_alt_ambiguous({ n: int(n) })
		},
		capabilityLink: (id: number, name: string) => m.compare_capability_link({ id: int(id), name }),
		regionColumns: texts({
			region: m.compare_region_col_region,
			countries: m.compare_region_col_countries,
			countries_named: m.compare_region_col_countries_named,
			mentions: m.compare_region_col_mentions
		}),
		regionView: (name: string) => m.compare_region_view({ name }),
		bars: texts(
			{
				notReported: m.bars_not_reported,
				ambiguous: m.bars_ambiguous,
				stated: m.bars_stated,
				derived: m.bars_derived,
				noValue: m.bars_no_value
			},
			{
				candidates: (values: string) => m.bars_candidates({ values }),
				base: (n: number | null) =>
					n === null ? m.bars_base_unknown() : m.bars_base({ n: int(n) }),
				noValueOfN: (n: number) => m.bars_no_value_of_n({ n: int(n) }),
				/** A numbered note as a screen reader hears it: "(note 2)". */
				noteRef: (n: string) => m.bars_note_ref({ n }),
				/** An axis tick: "76%", "76 %". */
				axis: (v: number) => numbersFor(getLocale()).pct(v)
			}
		)
	}
);
