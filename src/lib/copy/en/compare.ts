/** Interface strings of the compare area (see ../en.ts), and of the grouped bars it shares. */
export const compare = {
	pageTitle: 'Compare',
	lede: 'Where the review lets us tell, how high-income countries compare with low- and middle-income ones. Each bar carries its count and denominator, and says whether the review prints the figure or we derived it from numbers it prints (the numbered notes show how).',
	chartTitle: 'High-income and low- and middle-income countries side by side',
	chartSubtitle: (groups: number) =>
		`${groups} figure${groups === 1 ? '' : 's'} the review breaks down by income group, with the all-countries figure for reference. High-income: the 15 review countries so classed; low- and middle-income: the other 27.`,
	capabilityLabel: 'Capability',
	allCapabilities: 'Every capability with a breakdown',
	notCompared: '(no comparison)',
	sortLabel: 'Order',
	sort: {
		mnr: 'MNR order',
		gap: 'Largest gap first (high-income minus low- and middle-income)',
		lmic: 'Lowest low- and middle-income share first'
	},
	noComparison: (capability: string) =>
		`The review breaks down no figure for ${capability} by income group or survey. Any figure it gives about one group only is listed below; the capability page has all its figures.`,
	notesTitle: 'How each figure was obtained',
	notesIntro:
		'Numbered notes belong to the bars marked with the same number: the arithmetic behind a derived figure, or why an ambiguous one has no value.',
	capabilityLink: (id: number, name: string) => `Capability ${id}: ${name}`,
	singleTitle: 'Figures published for one group only',
	singleIntro:
		'These figures are about one group of countries and have no counterpart for the other group, so there is nothing to set them against. They are not comparable with each other either: they ask different questions of different countries.',
	singleCaption: 'Figures about one group of countries, with no counterpart',
	surveyNote:
		'No figure is split between the countries that answered the Alliance survey and those covered by the UNICEF study; the one figure about the UNICEF-study countries alone is listed above.',
	regionTitle: 'By region',
	noRegionFigures:
		'The review publishes no figures by region: none of its counts or percentages is broken down by UNICEF region, so MNR Explorer shows none.',
	regionMentionsIntro:
		'What can be counted by region is how often the review names countries as examples. These are mentions, not coverage: being named is not an assessment of a country.',
	regionMentionsCaption: 'Countries named as examples, by region (mentions, not figures)',
	regionColumns: {
		region: 'Region',
		countries: 'Review countries',
		countries_named: 'Countries named at least once',
		mentions: 'Mentions'
	},
	regionView: (name: string) => `${name}: see its countries' mentions on the heatmap`,
	bars: {
		notReported: 'not reported',
		ambiguous: 'ambiguous',
		stated: 'stated',
		derived: 'derived',
		candidates: (values: string) => `values offered: ${values}`,
		noValue: 'no value can be read',
		base: (n: number | null) => (n === null ? 'Base not stated' : `Base: ${n} countries`),
		noValueOfN: (n: number) => `no value can be read (n=${n})`,
		axis: (v: number) => `${v}%`
	}
} as const;
