/**
 * Every user-facing string of the interface lives here, so a French or Spanish edition
 * (DESIGN.md §8) is a second file of the same shape rather than a hunt through components.
 */
export const en = {
	productName: 'MNR Explorer',
	tagline: 'The evidence on national responses to child sexual exploitation and abuse online',
	skipToContent: 'Skip to content',
	nav: {
		label: 'Main',
		overview: 'Overview',
		map: 'Map',
		capabilities: 'Capabilities',
		compare: 'Compare',
		data: 'Data & SQL',
		check: 'Check a figure',
		terms: 'Terms',
		about: 'About'
	},
	footer: {
		sourceIntro: 'All figures come from',
		notAnAssessment:
			'The review does not assess or rank countries. A country named as an example is not thereby rated as having, or lacking, a capability.',
		code: 'Open-source code and data'
	},
	placeholder: 'This page is part of the explorer and is being built.'
} as const;

export type Copy = typeof en;
