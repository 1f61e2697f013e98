/** Interface strings of the exports area (see ../en.ts): chart actions, exported files, embeds. */
import * as m from '$lib/paraglide/messages';
import { texts } from '../texts';

export const exports = texts(
	{
		actionsLabel: m.exports_actions_label,
		copyLink: m.exports_copy_link,
		linkCopied: m.exports_link_copied,
		copyEmbed: m.exports_copy_embed,
		embedCopied: m.exports_embed_copied,
		embedCode: m.exports_embed_code,
		embedHelp: m.exports_embed_help,
		copyFailed: m.exports_copy_failed,
		copyImage: m.exports_copy_image,
		copyCaption: m.exports_copy_caption,
		imageCopied: m.exports_image_copied,
		captionCopied: m.exports_caption_copied,
		clipboardUnavailable: m.exports_clipboard_unavailable,
		downloadLabel: m.exports_download_label,
		pngOptions: m.exports_png_options,
		pngLayout: m.exports_png_layout,
		pngScale: m.exports_png_scale,
		waitingForView: m.exports_waiting_for_view,
		noChart: m.exports_no_chart
	},
	{
		clipboardRefused: (reason: string) => m.exports_clipboard_refused({ reason }),
		downloadAs: (format: string) => m.exports_download_as({ format }),
		formats: {
			svg: 'SVG',
			png: 'PNG',
			csv: 'CSV',
			get pack() {
				return m.exports_format_pack();
			}
		},
		layouts: texts({
			chart: m.exports_layout_chart,
			slide: m.exports_layout_slide,
			square: m.exports_layout_square
		}),
		scales: { '1': '1×', '2': '2×', '3': '3×' } as Record<string, string>,
		working: (format: string) => m.exports_working({ format }),
		done: (name: string) => m.exports_done({ name }),
		failed: (format: string, reason: string) => m.exports_failed({ format, reason }),
		/** Caption (and region name) of a chart's data table: not the chart's own name, so the two
		 * landmarks can be told apart. */
		dataCaption: (title: string) => m.exports_data_caption({ title }),

		/** Words inside exported files. */
		file: texts(
			{
				source: m.exports_file_source,
				link: m.exports_file_link,
				figureNotes: m.exports_file_figure_notes,
				noNotes: m.exports_file_no_notes,
				citationTitle: m.exports_file_citation_title,
				dataSource: m.exports_file_data_source,
				shortForm: m.exports_file_short_form
			},
			{
				notesTitle: (title: string) => m.exports_file_notes_title({ title }),
				whereTitle: (url: string) => m.exports_file_where_title({ url }),
				chartCitation: (title: string, url: string, date: string) =>
					m.exports_file_chart_citation({ title, url, date }),
				whereInReview: (csv: string) => m.exports_file_where_in_review({ csv }),
				packReadme: (title: string) => m.exports_file_pack_readme({ title })
			}
		),

		/** Embeds (/embed/...). */
		embed: texts(
			{
				openFull: m.exports_embed_open_full,
				opensNewTab: m.exports_embed_opens_new_tab,
				showData: m.exports_embed_show_data
			},
			{
				pageTitle: (title: string) => m.exports_embed_page_title({ title }),
				frameTitle: (title: string) => m.exports_embed_frame_title({ title })
			}
		)
	}
);
