/**
 * Every user-facing string of the interface lives here, so a French or Spanish edition
 * (DESIGN.md §8) is a second file of the same shape rather than a hunt through components.
 */
import { map } from './en/map';
import { capabilities } from './en/capabilities';
import { compare } from './en/compare';
import { data } from './en/data';
import { about } from './en/about';
import { check } from './en/check';
import { terms } from './en/terms';
import { exports } from './en/exports';
import { assess } from './en/assess';
import { versions } from './en/versions';

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
		assess: 'Self-assessment',
		about: 'About'
	},
	footer: {
		sourceIntro: 'All figures come from',
		findReview: 'Find the review on the publisher’s website',
		findHelp:
			'Each figure in MNR Explorer says where it is printed: the section, the figure or table, and a phrase to search for (Ctrl+F or ⌘F) in the review’s PDF.',
		notAnAssessment:
			'The review does not assess or rank countries. A country named as an example is not thereby rated as having, or lacking, a capability.',
		code: 'Open-source code and data'
	},
	placeholder: 'This page is part of the explorer and is being built.',
	readerRef: {
		where: 'Where in the review',
		technical: 'Technical reference',
		technicalHelp:
			'Line numbers in the plain-text copy of the review that MNR Explorer checks its data against.'
	},
	engine: {
		ignoredIntro: 'Some settings in the address were not understood and were ignored:',
		starting: 'Starting the in-browser query engine…',
		querying: 'Updating…',
		unavailable: 'Interactive querying is unavailable, so the default view is shown. Reason:',
		queryFailed: 'This view could not be updated:',
		mismatchIntro:
			'Some data files do not match this version of the explorer, so views that need them keep their default content:',
		deferred:
			'Your browser asks to save data, so the query engine (5–8 MB) is not downloaded until you need it. Changing a setting loads it.',
		loadNow: 'Load the query engine now'
	},
	chart: {
		showTable: 'Show the data as a table',
		needsScript:
			'Changing this view, sorting and exporting need JavaScript; the default view and its data are shown.',
		source: 'Source',
		notes: 'Notes',
		notReported: 'not reported',
		smallN: 'small n',
		derived: 'derived',
		ambiguous: 'ambiguous',
		discrepancy: 'printed figures disagree'
	},
	map,
	capabilities,
	compare,
	data,
	about,
	check,
	terms,
	exports,
	assess,
	versions,
	overview: {
		title: 'How many countries report each capability',
		subtitle: (n: number) =>
			`Share of surveyed countries reporting each MNR capability (headline figure per capability; n up to ${n})`,
		sortLabel: 'Order',
		sort: { mnr: 'MNR order', high: 'Most common first', low: 'Least common first' },
		groupLabel: 'Group by domain',
		domainLabel: 'Domain',
		allDomains: 'All domains',
		domainsTitle: 'The six domains of the MNR',
		nextTitle: 'Where to go next',
		next: {
			map: 'which countries the review covers, and how often it names each as an example',
			capabilities: 'all 21 capabilities against income group, or against the countries named',
			compare: 'high-income and low- and middle-income countries side by side',
			data: 'download every table, or query it with SQL in your browser',
			check: 'check a sentence against the review and the terminology guidance'
		},
		noFigure: 'The review gives no coverage figure for this capability.',
		missingNote:
			'"not reported": the review gives no coverage figure for that capability (it is never shown as zero).'
	}
} as const;

export type Copy = typeof en;
