/** Interface strings of the map area: the world map and the country pages (see ../en.ts). */
import * as m from '$lib/paraglide/messages';
import { texts, int } from '../texts';

/** "once", "3 times" ("une fois", "3 fois"; "una vez", "3 veces"). */
const times = (n: number) => (n === 1 ? m.map_times_one() : m.map_times({ n: int(n) }));
const countries = (n: number) =>
	n === 1 ? m.map_countries_unit_one() : m.map_countries_unit({ n: int(n) });
/** The country chart's unit, plural and singular, from the English key the chart passes. */
const units = (unit: string) =>
	unit === 'domains'
		? { many: m.country_unit_domains(), one: m.country_unit_domain() }
		: { many: m.country_unit_capabilities(), one: m.country_unit_capability() };

export const map = texts(
	{
		pageTitle: m.map_page_title,
		colourLabel: m.map_colour_label,
		capabilityLabel: m.map_capability_label,
		allCapabilities: m.map_all_capabilities,
		// The legend adds the number of countries in brackets: "Not named (3)".
		zero: m.map_zero,
		basemapFailed: m.map_basemap_failed,
		notInReview: m.map_not_in_review,
		skipMap: m.map_skip_map
	},
	{
		description: (n: number) => m.map_description({ n: int(n) }),
		lede: (n: number) => m.map_lede({ n: int(n) }),
		colours: texts({
			income: m.map_colour_income,
			region: m.map_colour_region,
			survey: m.map_colour_survey,
			safeonline: m.map_colour_safeonline,
			mentions: m.map_colour_mentions
		}),
		survey: texts({ alliance: m.map_survey_alliance, unicef: m.map_survey_unicef }),
		safeOnline: texts({
			global: m.map_safeonline_global,
			regional: m.map_safeonline_regional,
			unspecified: m.map_safeonline_unspecified,
			none: m.map_safeonline_none
		}),
		legendLabel: (what: string) => m.map_legend_label({ what }),
		countriesUnit: countries,

		/** Scope of a mention count: all capabilities, or one. */
		scope: (capability: { capability_id: number; short_name: string } | null) =>
			capability
				? m.map_scope_capability({ id: int(capability.capability_id), name: capability.short_name })
				: m.map_scope_all(),
		/** "Named as an example 3 times for capability 12 (Hotline)" — never "has". */
		named: (n: number, scope: string) =>
			n === 0 ? m.map_named_none({ scope }) : m.map_named({ times: times(n), scope }),
		namedShort: (n: number) =>
			n === 0 ? m.map_named_short_none() : m.map_named_short({ times: times(n) }),

		title: texts({
			income: m.map_title_income,
			region: m.map_title_region,
			survey: m.map_title_survey,
			safeonline: m.map_title_safeonline,
			mentions: m.map_title_mentions
		}),
		subtitle: (n: number, alliance: number, unicef: number) =>
			m.map_subtitle({ n: int(n), alliance: int(alliance), unicef: int(unicef) }),
		subtitleMentions: (n: number, total: number, scope: string) =>
			m.map_subtitle_mentions({ n: int(n), total: int(total), scope }),

		notes: texts(
			{
				englandWales: m.map_note_england_wales,
				notRating: m.map_note_not_rating,
				countRule: m.map_note_count_rule,
				safeOnlineScope: m.map_note_safeonline_scope,
				income: m.map_note_income,
				region: m.map_note_region
			},
			{
				markers: (names: string[]) =>
					names.length === 1
						? m.map_note_markers_one({ names: names.join(', ') })
						: m.map_note_markers({ names: names.join(', ') })
			}
		),

		zoom: texts(
			{
				label: m.map_zoom_label,
				in: m.map_zoom_in,
				out: m.map_zoom_out,
				reset: m.map_zoom_reset,
				/** Pan with the arrow keys while a zoom button has focus. */
				keys: m.map_zoom_keys
			},
			{
				/** Said in an export of a zoomed map, under its legend. */
				exportNote: (times: string, where: string) => m.map_zoom_export_note({ times, where }),
				around: (country: string) => m.map_zoom_around({ country }),
				presets: texts({
					europe: m.map_zoom_europe,
					africa: m.map_zoom_africa,
					asia: m.map_zoom_asia,
					americas: m.map_zoom_americas
				})
			}
		),

		list: texts(
			{
				title: m.map_list_title,
				intro: m.map_list_intro,
				country: m.map_list_country,
				mentions: m.map_list_mentions
			},
			{
				caption: (what: string) => m.map_list_caption({ what: what.toLowerCase() }),
				sortBy: (what: string) => m.map_list_sort_by({ what: what.toLowerCase() })
			}
		),

		card: texts({
			open: m.map_card_open,
			/** On touch screens and phones a tap shows the card; the link opens the page. */
			openLink: m.map_card_open_link,
			close: m.map_card_close,
			drawnAs: m.map_card_drawn_as
		}),

		/** Alt text pieces. */
		alt: {
			categories: (what: string, parts: string[]) =>
				m.map_alt_categories({ what: what.toLowerCase(), parts: parts.join('; ') }),
			mentions: (scope: string, most: string, least: string) =>
				m.map_alt_mentions({ scope, most, least }),
			leastNamed: (names: string[], n: number) =>
				n === 0
					? m.map_alt_every_named()
					: m.map_alt_least_named({
							names:
								names.length < n
									? m.map_alt_and_more({ names: names.join(', '), more: int(n - names.length) })
									: names.join(', '),
							count: countries(n)
						}),
			noneNamed: (scope: string) => m.map_alt_none_named({ scope })
		},

		/** The site's error page (it speaks of countries when a country address is wrong). */
		errors: texts({
			notFoundTitle: m.error_not_found_title,
			notFound: m.error_not_found,
			otherTitle: m.error_other_title,
			home: m.error_home
		}),

		/** The country pages. */
		country: texts(
			{
				lede: m.country_lede,
				notAssessment: m.country_not_assessment,
				factsTitle: m.country_facts_title,
				sourceLabel: m.country_source_label,
				crossCutting: m.country_cross_cutting,
				crossCuttingIntro: m.country_cross_cutting_intro,
				subject: m.country_subject,
				chartNote: m.country_chart_note,
				byLabel: m.country_by_label,
				neighbours: m.country_neighbours,
				previous: m.country_previous,
				next: m.country_next,
				backToMap: m.country_back_to_map,
				notFoundTitle: m.country_not_found_title,
				errorTitle: m.country_error_title
			},
			{
				description: (name: string) => m.country_description({ name }),
				facts: texts({
					income: m.country_fact_income,
					region: m.country_fact_region,
					survey: m.country_fact_survey,
					safeOnline: m.country_fact_safeonline,
					listed: m.country_fact_listed,
					note: m.country_fact_note
				}),
				mentionsTitle: (name: string, n: number) =>
					n === 0
						? m.country_mentions_title_none({ name })
						: m.country_mentions_title({ name, n: int(n) }),
				mentionsIntro: (n: number, capabilities: number) =>
					n === 0
						? m.country_mentions_intro_none()
						: capabilities === 1
							? m.country_mentions_intro_one({ times: times(n) })
							: m.country_mentions_intro({ times: times(n), capabilities: int(capabilities) }),
				kind: texts({
					table: m.country_kind_table,
					box: m.country_kind_box,
					text: m.country_kind_text,
					list: m.country_kind_list,
					figure: m.country_kind_figure
				}),
				capabilityLink: (id: number, name: string) =>
					m.country_capability_link({ id: int(id), name }),
				chartTitle: (name: string) => m.country_chart_title({ name }),
				chartTitleDomain: (name: string) => m.country_chart_title_domain({ name }),
				chartSubtitle: (n: number) =>
					n === 1 ? m.country_chart_subtitle_one() : m.country_chart_subtitle({ n: int(n) }),
				by: texts({ capability: m.country_by_capability, domain: m.country_by_domain }),
				/** `unit` is the chart's English key: "capabilities" or "domains". */
				chartAlt: (
					name: string,
					total: number,
					top: string,
					unnamed: number,
					of: number,
					unit: string
				) => {
					const { many, one } = units(unit);
					return total === 0
						? m.country_chart_alt_none({ name, of: int(of), unit: many })
						: m.country_chart_alt({
								name,
								total: int(total),
								top,
								unnamed: int(unnamed),
								of: int(of),
								unit: many,
								one
							});
				},
				opening: (code: string) => m.country_opening({ code }),
				notFound: (code: string) => m.country_not_found({ code })
			}
		)
	}
);
