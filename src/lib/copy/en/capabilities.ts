/** Interface strings of the capabilities area (see ../en.ts): the heatmap and the capability pages. */

const populations = {
	all: {
		label: 'All surveyed countries',
		series: 'All surveyed',
		short: 'All',
		of: 'all surveyed countries'
	},
	hic: {
		label: 'High-income countries',
		series: 'High-income',
		short: 'High-income',
		of: 'high-income countries'
	},
	lmic: {
		label: 'Low- and middle-income countries',
		series: 'Low- and middle-income',
		short: 'Low & middle',
		of: 'low- and middle-income countries'
	},
	alliance: {
		label: 'Alliance-survey countries',
		series: 'Alliance survey',
		short: 'Alliance',
		of: 'countries that answered the Alliance survey'
	},
	unicef: {
		label: 'UNICEF-study countries',
		series: 'UNICEF study',
		short: 'UNICEF study',
		of: 'countries covered by the UNICEF study'
	}
} as const;

export const capabilities = {
	populations,
	/** Short marks written beside a value in tight spaces; the legend spells them out. */
	marks: { derived: '†', 'small-n': '*', discrepancy: '≠', ambiguous: '?' },
	heatmap: {
		pageTitle: 'Capabilities',
		lede: 'The 21 capabilities of the Model National Response, grouped by domain. Choose what to set them against: how many surveyed countries report each one, how that differs between high-income and other countries where the review lets us tell, or which countries the review names as examples for each.',
		title: {
			overall: 'How many surveyed countries report each capability',
			income: 'Each capability by income group, where the review gives the split',
			countries: 'Where the review names each country as an example'
		},
		subtitle: {
			overall: (maxN: number) =>
				`Headline figure per capability: share of surveyed countries answering yes (n up to ${maxN}).`,
			income: (maxN: number) =>
				`Headline figure, and its split into high-income (15) and low- and middle-income (27) countries where the review prints or implies one (n up to ${maxN}).`,
			noCountries: 'No country matches the filters chosen.',
			countries: (countries: number) =>
				`Number of times the review names each of ${countries} countries as an example in a capability's section. Mentions, not coverage: being named says nothing about whether a country has the capability.`
		},
		breakdownLabel: 'Set capabilities against',
		breakdowns: {
			overall: 'All surveyed countries',
			income: 'Income group',
			countries: 'Countries named as examples'
		},
		orderLabel: 'Order countries',
		order: { name: 'By name', mentions: 'Most often named first' },
		filtersTitle: 'Countries shown',
		incomeLabel: 'Income group',
		regionLabel: 'Region',
		surveyLabel: 'Survey',
		any: 'Any',
		surveys: { alliance: 'Alliance survey', unicef: 'UNICEF study' },
		filtersApply: 'These filters narrow the countries whose mentions are counted.',
		filtersKept: (names: string) =>
			`Your ${names} filter is kept for the countries view and has no effect on these aggregate figures.`,
		noSurveyBreakdown:
			'There is no survey breakdown: the review publishes no figure split between the Alliance-survey and UNICEF-study countries. Its one figure about the UNICEF-study countries alone (laws seen as inadequate) is on the Legislation page.',
		keyboardHelp:
			'Use the arrow keys to move between cells, Home and End to reach the ends of a row, and Enter to open the capability.',
		scrollHint: 'The table scrolls sideways.',
		noCountries: 'No country matches these filters.',
		/** The button under an empty result: clears income group, region and survey at once. */
		resetFilters: 'Reset filters',
		cell: {
			notReported: 'not reported',
			notReportedShort: 'n/r',
			ambiguous: 'ambiguous',
			ambiguousShort: 'amb.',
			of: (yes: number, n: number) => `${yes}/${n}`,
			nLine: (n: number) => `n=${n}`
		},
		legend: {
			title: 'Legend',
			pct: 'Share of countries answering yes',
			count: 'Times named as an example',
			zero: 'not named',
			notReported: 'not reported: the review gives no figure for this cell',
			ambiguous: 'ambiguous: the text offers several values, none drawn',
			derived: 'derived by MNR Explorer from printed numbers',
			smallN: 'small n (fewer than 10 countries)',
			discrepancy: 'the review prints this figure differently in different places'
		},
		card: {
			open: 'Click or press Enter to open the capability page.',
			notReported: (population: string) =>
				`The review gives no figure for ${population} that matches this capability's headline.`,
			others: (count: number, population: string) =>
				`It gives ${count} other figure${count === 1 ? '' : 's'} about ${population} for this capability; the capability page lists ${count === 1 ? 'it' : 'them'}.`,
			ambiguous: 'The text cannot settle this figure, so no value is drawn.',
			candidates: 'Values the text offers',
			recomputed: 'recomputed',
			printed: 'printed',
			mentions: (country: string, count: number, capability: string) =>
				count === 0
					? `${country} is not named as an example in the section on ${capability}.`
					: `${country} is named as an example ${count === 1 ? 'once' : `${count} times`} in the section on ${capability}.`,
			notAssessment:
				'Being named is not an assessment: it does not rate the country on this capability, either way.'
		},
		aria: {
			figure: (capability: string, population: string, text: string) =>
				`${capability}, ${population}: ${text}`,
			mentions: (country: string, capability: string, count: number) =>
				`${country}, ${capability}: named as an example ${count === 1 ? 'once' : `${count} times`}`,
			total: 'All capabilities'
		},
		notes: {
			notReported:
				'"not reported": the review gives no such figure; such cells are patterned and never shown as zero.',
			income:
				'High-income means the 15 review countries the World Bank classed as high-income; low- and middle-income means the other 27 (upper-middle, lower-middle and low income). Every split shown here is derived from totals the review prints (the capability page shows the arithmetic).',
			mentions:
				'A mention is a place where the review cites the country as an example (a table row, a box, a list or a sentence). Lists that belong to no capability are not counted here.'
		},
		totalHeader: 'All',
		tableColumns: {
			capability: 'Capability',
			domain: 'Domain',
			population: 'Population',
			country: 'Country',
			iso3: 'ISO3',
			mentions: 'Times named',
			total: 'Named in all capabilities'
		}
	},
	page: {
		capability: (id: number) => `Capability ${id}`,
		domain: (id: number, name: string) => `Domain ${id}: ${name}`,
		askTitle: 'What the MNR asks for',
		whyTitle: 'Why it matters',
		guidanceSource: 'Where the MNR guidance says this',
		figuresTitle: 'What the review counts',
		chartTitle: (name: string) => `${name}: the review's figures`,
		chartSubtitle: (count: number) =>
			`${count} figure${count === 1 ? '' : 's'}, each with its number of countries (n) and how it was obtained.`,
		noHeadline:
			'The review gives no coverage figure across all surveyed countries for this capability.',
		noFigures:
			'The review publishes no figure for this capability: none of its counts or percentages measures it. What the review does say is below: the countries it names as examples and the survey questions asked.',
		onlyGroups: (groups: string) =>
			`The figures it does give are about ${groups} only, so they cannot be read as coverage across all 42 countries.`,
		indicatorsTitle: 'Every figure, with its provenance',
		indicatorColumns: {
			label: 'Figure',
			population: 'Countries',
			yes: 'Yes',
			n: 'n',
			pct: '% recomputed',
			pct_printed: '% printed',
			status: 'Status',
			discrepancy: 'Printings disagree',
			candidate_values: 'Candidate values',
			source_ref: 'Where in the review',
			note: 'Note'
		},
		sameNote: (label: string) => `Same note as for “${label}”, above.`,
		printingsTitle: 'Every place the review prints these numbers',
		printingsCaption: (label: string) => `Printings of: ${label}`,
		printingsIntro:
			'Each printed number or phrase is checked against the counts: "agrees" when it fits, "disagrees" when it does not, and "cannot tell" when the counts are unsettled or the words name no share.',
		printingColumns: {
			indicator: 'Figure',
			printed: 'As printed',
			value_kind: 'Kind',
			agrees: 'Agrees with the counts',
			source_ref: 'Where in the review',
			note: 'Note'
		},
		agrees: { yes: 'agrees', no: 'disagrees', unknown: 'cannot tell' },
		valueKinds: {
			pct: 'share with',
			pct_no: 'share without',
			count: 'count',
			count_no: 'count without',
			fraction: 'X of Y',
			n: 'denominator',
			words: 'in words',
			words_no: 'in words, without'
		},
		noPrintings: 'No number is printed for these figures.',
		mentionsTitle: 'Countries named as examples',
		mentionsIntro: (count: number, countries: number) =>
			`The review names ${countries} countr${countries === 1 ? 'y' : 'ies'} as an example for this capability (${count} mention${count === 1 ? '' : 's'}). Being named as an example is not an assessment: it does not mean the country has, or lacks, the capability. The summaries are in our words.`,
		noMentions: 'The review names no country as an example in the section on this capability.',
		mentionKinds: {
			table: 'table',
			box: 'box',
			text: 'text',
			list: 'list',
			figure: 'figure'
		},
		countryPage: (name: string) => `${name}: everything the review says`,
		questionsTitle: 'Survey questions that measured it',
		questionsIntro:
			"The Alliance survey's questions mapped to this capability (the review's Appendix 2), in our words.",
		noQuestions: 'No question of the Alliance survey is mapped to this capability.',
		questionNumber: (n: string) => `Question ${n}`,
		options: 'Answer options',
		answerTypes: {
			yes_no: 'yes or no',
			yes_no_unknown: 'yes, no or not known',
			multi_select: 'select all that apply',
			single_select: 'select one',
			open: 'open answer',
			number: 'a number'
		},
		prev: 'Previous capability',
		next: 'Next capability',
		allCapabilities: 'All capabilities',
		compareLink: 'Compare income groups for this capability',
		statusHelp: {
			stated: 'printed by the review',
			derived: 'computed by MNR Explorer from printed numbers',
			ambiguous: 'the text cannot settle it'
		},
		source: 'Source'
	}
} as const;
