/** Interface strings of the terms area (see ../en.ts). */
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export const terms = {
	title: 'Terminology guidance',
	lede: 'The words the review and the Model National Response guidance prefer, the ones they advise against, and why. Each term links to where the sources discuss it.',
	checkLink: 'Check your own text against this list',
	searchLabel: 'Search terms',
	searchPlaceholder: 'e.g. pornography',
	statusLabel: 'Status',
	allStatuses: 'All statuses',
	status: {
		preferred: 'Preferred',
		avoid: 'Avoid',
		'use with care': 'Use with care',
		alternative: 'Accepted alternative'
	},
	/** Shapes beside each status, so colour is never the only cue. */
	statusSymbol: {
		preferred: '✓',
		avoid: '⚠',
		'use with care': '!',
		alternative: '↔'
	},
	statusHelp: {
		preferred: 'the wording the sources use and recommend',
		avoid: 'the sources advise against it; the check flags it and offers a replacement',
		'use with care':
			'meanings differ between countries or contexts; the check flags it for you to judge',
		alternative: 'an accepted equivalent of a preferred term'
	},
	legendTitle: 'What the statuses mean',
	useInstead: 'Use instead',
	reason: 'Why',
	source: 'Source',
	copyLink: 'Copy link',
	copied: 'Copied',
	copyLinkLabel: (term: string) => `Copy a link to “${term}”`,
	linkCopied: (term: string) => `Link to “${term}” copied.`,
	showing: (shown: number, total: number) =>
		shown === total
			? `${whole.format(total)} terms`
			: `Showing ${whole.format(shown)} of ${whole.format(total)} terms`,
	none: 'No term matches this search.',
	clear: 'Show all terms'
} as const;
