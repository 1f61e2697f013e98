/**
 * Interface strings of the about area (see ../en.ts). Every number is an argument: the page
 * fills them from queries at prerender time, so the prose cannot drift from the data. Line
 * references point into framing-the-future-2022.txt (tests check they hold what they claim).
 */

/** A place in the review's text. */
export interface LineRef {
	from: number;
	to: number;
}

export interface Limitation {
	/** The limitation, in our words. */
	text: string;
	/** Where the review says it. */
	refs: LineRef[];
}

const list = (items: string[]) =>
	items.length <= 1
		? items.join('')
		: `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export const about = {
	title: 'About MNR Explorer',
	description:
		'How the Framing the Future review was done, what it can and cannot tell you, how the MNR Explorer dataset was built from it, the inconsistencies found in it, and how to cite both.',
	lede: 'MNR Explorer turns one report into open data: Framing the Future, the 2022 review by the WeProtect Global Alliance and UNICEF of how countries use the Model National Response. This page says how that review was made, what it does not claim, how we turned it into tables, and what we found along the way.',
	contents: 'On this page',
	offline:
		'Everything runs in your browser. After a first visit the explorer works offline: your browser keeps its pages and data, and keeps the query engine once a page has used it (not when your browser asks to save data).',
	linesLabel: (ref: LineRef) =>
		ref.from === ref.to ? `line ${ref.from}` : `lines ${ref.from}–${ref.to}`,
	sourceLabel: 'Source',

	methodology: {
		title: 'How the review was done',
		surveys: (total: number, alliance: number, unicef: number) =>
			`The review covers ${total} countries, and everything it knows about them comes from two questionnaires built on the MNR. ${alliance} countries answered the Alliance's own survey, which went to government representatives: countries that agreed to take part received it in February and March 2021 and replied in May and June 2021. The Alliance picked them to cover different stages of national response, regions, sizes and budgets, and mostly from among high-income countries not already in a UNICEF study. The other ${unicef} are Alliance members among the low- and middle-income countries of that UNICEF study, supported by the End Violence partnership; there the questionnaire was filled in by UNICEF country offices, often together with their government counterparts.`,
		differences:
			'So the two groups were asked by different people about slightly different questionnaires: the Alliance version had more open questions, so that governments could describe their work at length. The review pools both sets of answers, mostly as aggregate figures, and adds a selection of country examples. It also used documents the respondents sent and public sources, and the respondents checked the country examples in the draft.',
		methodologyRef: 'Methodology, lines 908–960; overview, lines 325–339',
		incomeTitle: 'The countries by income group',
		incomeCaption: (total: number) =>
			`The ${total} countries by World Bank income group (2021 classification, as the review used it) and by survey answered; the last column is the total the review prints.`,
		regionTitle: 'The countries by region',
		regionCaption: (total: number) =>
			`The ${total} countries by UNICEF region and by survey answered; the last column is the total the review prints.`,
		columns: {
			group: 'Group',
			region: 'Region',
			countries: 'Countries',
			alliance: 'Alliance survey',
			unicef: 'UNICEF study',
			printed: 'As printed',
			total: 'Total'
		},
		totalsMatch: 'Every total matches the number the review prints in its methodology.',
		totalsDiffer: 'Some totals differ from the numbers the review prints; see the table.',
		mixedGroups: (names: string[]) =>
			`The review calls the Alliance group mainly high-income and the UNICEF group low- and middle-income. Both are true only roughly: ${list(names)} answered the Alliance survey without being high-income, so "low- and middle-income" in the review's income comparisons does not always mean the same set of countries.`,
		englandWales:
			'England and Wales answered the survey as one jurisdiction. The review keeps that name in its lists but writes "UK" where an intervention covers the whole United Kingdom; MNR Explorer keeps the review\'s name and colours the United Kingdom on the map (footnote 30, lines 962–965).'
	},

	sources: {
		title: 'Sources',
		intro:
			'Every figure, example and term in MNR Explorer comes from these documents, read as plain-text extractions of the published PDFs.',
		review: {
			what: 'The primary source. Aggregated survey results (Figures 1–12), country examples (Tables 1–19, Boxes 1–7), the methodology, a glossary, a call to action, the MNR diagram (Appendix 1) and the survey questionnaire (Appendix 2).'
		},
		guidance: {
			name: 'Preventing and Tackling Child Sexual Exploitation and Abuse (CSEA): A Model National Response',
			by: 'WeProtect Global Alliance',
			what: (capabilities: number) =>
				`The MNR guidance itself: for each of the ${capabilities} capabilities, what it is and why a country needs it, with good practice and further reading. Our capability summaries are written from it.`
		},
		framework: {
			name: 'The Model National Response at a glance',
			by: 'WeProtect Global Alliance',
			what: (domains: number, capabilities: number) =>
				`The one-page diagram of the framework: ${domains} domains, ${capabilities} numbered capabilities, the enablers and the outcomes.`
		}
	},

	limitations: {
		title: 'What the review does not claim',
		intro: 'The review is candid about its limits. In our words, with where it says each:',
		items: [
			{
				text: 'It is not an evaluation. It does not judge how far any country has come, how capable it is, or how good its services are; it describes work under way in 2021 so that countries can learn from each other.',
				refs: [
					{ from: 305, to: 307 },
					{ from: 850, to: 852 },
					{ from: 982, to: 983 }
				]
			},
			{
				text: 'Its findings depend on what the respondents reported, and the two surveys had different respondents: governments for the Alliance survey, UNICEF country offices for the UNICEF study.',
				refs: [
					{ from: 984, to: 985 },
					{ from: 938, to: 942 }
				]
			},
			{
				text: 'It does not look at particular groups of children (by gender, disability or other characteristics), and it does not record what victims and survivors experienced.',
				refs: [{ from: 985, to: 987 }]
			},
			{
				text: 'It did not analyse statutory instruments, court decisions or rules of procedure, nor judge the quality of the research countries cited; evaluations of programmes are mentioned only where they exist.',
				refs: [{ from: 988, to: 991 }]
			},
			{
				text: 'The study worked in English, and jurisdictions do not share definitions or terms, which may have coloured the answers.',
				refs: [{ from: 993, to: 995 }]
			},
			{
				text: 'The information is meant to be current as of December 2021.',
				refs: [{ from: 995, to: 997 }]
			},
			{
				text: 'The country examples are a selection chosen to show different approaches, not a full list of what respondents shared; so a country that is not named is not thereby shown to lack anything.',
				refs: [
					{ from: 326, to: 330 },
					{ from: 950, to: 954 }
				]
			},
			{
				text: 'The at-a-glance snapshot (Figure 1) simplifies very different national situations, and it leaves out legislation altogether because the answers on laws could not be added up across all countries.',
				refs: [
					{ from: 370, to: 373 },
					{ from: 423, to: 423 }
				]
			},
			{
				text: 'Not every country answered every question, so the denominator changes from one figure to the next; footnote 37 records one such case.',
				refs: [{ from: 1048, to: 1048 }]
			}
		] satisfies Limitation[],
		denominators: (headlines: number, min: number, max: number, mnrUse: number) =>
			`In the dataset, the headline figures of the ${headlines} capabilities that have one rest on between ${min} and ${max} answers, and the question on how countries used the MNR on ${mnrUse}; every figure carries its own n.`
	},

	built: {
		title: 'How this dataset was built',
		steps: (c: {
			indicators: number;
			stated: number;
			derived: number;
			ambiguous: number;
			discrepancies: number;
			printings: number;
			exclusions: number;
			mentions: number;
			terms: number;
			questions: number;
		}) => [
			`Curated by hand. Each table is a CSV file in the repository's data/ folder, one row per figure, example, term or question, so every value can be reviewed in a diff. Every row names where the review prints it, with a line range in the source text (its source_ref). The dataset holds ${c.indicators} figures (${c.stated} stated, ${c.derived} derived, ${c.ambiguous} ambiguous), ${c.mentions} places where a country is named as an example, ${c.terms} terms and ${c.questions} survey questions.`,
			`Provenance checked. The build opens the source text at every referenced line range and fails unless the number, country, term or question the row claims is actually printed there.`,
			`Coverage checked. A scan finds every percentage, every "X of Y" and every count of countries printed in the review, and fails on any that is not accounted for. ${c.printings} printings are tied to a figure; ${c.exclusions} numbers that look like survey figures but are not (shares of internet users, sums of money, counts of projects) are excluded in a reviewed list, each with its reason.`,
			`Percentages recomputed. Every percentage is recalculated from its counts as 100 × yes ÷ n and compared with each printed value. Where they disagree, or two printings of one figure disagree, both are kept and the figure is flagged: ${c.discrepancies} figures are, listed below.`,
			`Nothing guessed. Figures we work out from printed numbers are marked derived, with the arithmetic in the method note (${c.derived}). Where the text cannot tie a value to its label, usually because a chart's labels and values came apart in the extraction, the figure is marked ambiguous, keeps the values the text offers, and is never drawn (${c.ambiguous}).`,
			`Own words. Labels, summaries and notes are ours: a test fails if any of them repeats ten or more consecutive words of the sources.`,
			`Two kinds of notes. Each figure's reader note says in at most two sentences what it means and what to watch for; that is what pages, charts and exports show. Its method note says how the text was read (arithmetic, line numbers, extraction defects) and is kept here, in the data dictionary and in the downloads.`,
			`A reader's reference for every row. Each figure, printing, example and term also names the section as printed, the figure, table or box, and a short phrase to search for in the review's PDF, derived from the text by a script and checked by a test to occur there exactly as often as stated. No printed page numbers are given: the text keeps a few, but not on which side of a page break each falls.`,
			`Reproducible. The build writes each table as Parquet and CSV plus a manifest with row counts, column types and file hashes; the same input always gives byte-identical files, and the dataset version is a fingerprint of them.`
		],
		extraction:
			'The source is a text extraction of a PDF, with known defects: footnote numbers glued to the numbers before them (so "34 of 41" can read "34 of 41109"), chart labels and values in different orders, some chart values lost, and page furniture mixed into the text. Each affected row says how it was read.',
		dictionaryLink: 'Every table and column is described on the Data and SQL page.'
	},

	discrepancies: {
		title: 'Discrepancies in the review',
		intro: (n: number) =>
			`${n === 1 ? 'One figure is' : `${n} figures are`} printed inconsistently in the review: a printed percentage does not match its own counts, or two printings of the same figure disagree. We keep every printing and say which ones fit.`,
		counts: 'Counts',
		recomputed: 'recomputed',
		printedAs: 'Printed as',
		agrees: 'fits the counts',
		disagrees: 'does not fit the counts',
		unknown: 'cannot be checked',
		kinds: {
			pct: 'share with',
			pct_no: 'share without',
			count: 'count',
			count_no: 'count without',
			fraction: 'X of Y',
			n: 'denominator',
			words: 'in words',
			words_no: 'in words, without'
		} as Record<string, string>,
		note: 'Our note',
		method: 'How the text was read'
	},

	ambiguous: {
		title: 'Figures the text cannot settle',
		intro: (figures: number, groups: number) =>
			`${figures} figures are ambiguous, for ${groups} distinct reasons. They are shown without a value everywhere in MNR Explorer; where the text offers candidate values, they are listed without assigning them.`,
		candidates: 'Values the text offers',
		noCandidates: 'The text offers no values.',
		figures: 'Figures affected',
		reason: 'Why',
		method: 'How the text was read'
	},

	cite: {
		title: 'How to cite',
		intro:
			'Cite the review for its findings, and MNR Explorer with its dataset version when you use these tables, figures or charts. Add the date you accessed it.',
		reviewLabel: 'The review',
		explorerLabel: 'MNR Explorer (this dataset)',
		explorerCitation: (version: string, url: string | null) =>
			`MNR Explorer: Framing the Future as open data, dataset version ${version}. Figures and examples from WeProtect Global Alliance and UNICEF (2022), Framing the Future.${url ? ` ${url}` : ''}`,
		bibtexLabel: 'BibTeX'
	}
} as const;
