/** Interface strings of the exports area (see ../en.ts): chart actions, exported files, embeds. */
export const exports = {
	actionsLabel: 'Share or download this chart',
	copyLink: 'Copy link',
	linkCopied: 'Link copied',
	copyEmbed: 'Copy embed code',
	embedCopied: 'Embed code copied',
	embedCode: 'Embed code',
	embedHelp:
		'Paste this into a web page. The script lets the frame grow or shrink to fit the chart; where scripts are not allowed, the frame keeps the fixed height.',
	copyFailed: 'Copying was not allowed by the browser: select the text below and copy it.',
	copyImage: 'Copy chart as image',
	copyCaption: 'Copy caption',
	imageCopied: 'Chart copied to the clipboard as an image.',
	captionCopied: 'Caption copied: title, n, source, citation and link.',
	clipboardUnavailable:
		'This browser does not let the page put pictures or formatted text on the clipboard here (it needs a secure https page). Download the PNG instead, or copy the link.',
	clipboardRefused: (reason: string) =>
		`The browser refused to copy to the clipboard (${reason}). Allow clipboard access for this site, or download the PNG instead.`,
	downloadLabel: 'Download',
	downloadAs: (format: string) => `Download ${format}`,
	formats: {
		svg: 'SVG',
		png: 'PNG',
		csv: 'CSV',
		pack: 'Briefing pack (.zip)'
	},
	pngOptions: 'PNG options',
	pngLayout: 'Layout',
	layouts: { chart: 'As shown', slide: 'Slide (16:9)', square: 'Square' },
	pngScale: 'Pixel density',
	scales: { '1': '1×', '2': '2×', '3': '3×' } as Record<string, string>,
	working: (format: string) => `Preparing the ${format}…`,
	waitingForView: 'Waiting for the chart to show your latest choice…',
	done: (name: string) => `Saved ${name}.`,
	failed: (format: string, reason: string) => `The ${format} could not be made: ${reason}`,
	noChart: 'There is no chart to export here.',
	/** Caption (and region name) of a chart's data table: not the chart's own name, so the two
	 * landmarks can be told apart. */
	dataCaption: (title: string) => `The data: ${title}`,

	/** Words inside exported files. */
	file: {
		source: 'Source',
		link: 'Interactive version and data',
		notesTitle: (title: string) => `Notes for "${title}"`,
		figureNotes: 'Notes on individual figures',
		whereTitle: (url: string) =>
			`Where each figure is printed in the review (search for the phrase in the PDF; find the review from ${url}):`,
		noNotes: 'No caveats apply to the figures shown.',
		citationTitle: 'How to cite this chart',
		chartCitation: (title: string, url: string, date: string) =>
			`"${title}". MNR Explorer, ${url} (accessed ${date}).`,
		dataSource: 'The figures come from',
		shortForm: 'Short form for captions',
		whereInReview: (csv: string) =>
			`Where each figure is printed in the review: the section, figure, search_phrase and page columns of ${csv} (search for the phrase in the review's PDF; phrase_count says in how many places it occurs). The source_ref column gives the line range in the plain-text copy the dataset is checked against.`,
		packReadme: (title: string) =>
			`Briefing pack for "${title}" from MNR Explorer: the chart as SVG and as PNG (slide and square), its data as CSV, how to cite it, a text description for alt text, and the notes that apply.`
	},

	/** Embeds (/embed/...). */
	embed: {
		pageTitle: (title: string) => `${title} — MNR Explorer`,
		openFull: 'Open this chart in MNR Explorer',
		opensNewTab: '(opens in a new tab)',
		showData: 'Show the data',
		frameTitle: (title: string) => `${title} (MNR Explorer)`
	}
} as const;
