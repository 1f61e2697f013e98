/** Words of the private self-assessment (/assess). */
import type { FileProblem, MergeProblem, YourAnswer } from '../kinds';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const assess = {
	pageTitle: 'Self-assessment',
	/** The line on /about. */
	about: {
		before: 'The ',
		link: 'self-assessment',
		after:
			" lets a country answer the Alliance survey and see each answer beside the review's figures. Answers are kept only in the browser and in files the user exports; the page sends nothing and makes no request while answers are entered, imported, merged or exported. It gives no score and no rank. After a first visit it works offline, like the rest of the explorer."
	},
	lede: "Answer the review's own survey for your country and see your answers beside what the review found for the 42 countries it covers.",
	privacyTitle: 'Private by design',
	privacy: [
		'Your answers stay in this browser. They are saved here as you type and are never sent anywhere: answering, importing, merging and exporting all happen on this device, and the page makes no network request while you do them.',
		'To share them, export a file and pass it on yourself. To remove them from this browser, use "Delete my answers".'
	],
	noScoreTitle: 'No score, no rank',
	noScore:
		'This is not a test. It gives no score, no total and no ranking, and it never says how your country compares with others as a whole. The review itself does not assess or rank countries, and the Alliance does not disclose or rank individual answers. Each answer is shown on its own, beside the share of surveyed countries that said yes.',
	surveysNote:
		'The questions are those of the Alliance survey of governments (Appendix 2 of the review). 17 of the 42 countries answered that survey; the other 25 were covered by a UNICEF study with its own questions, and the review reports both together.',
	needsScript:
		'Answering, saving and comparing need JavaScript. Without it, the questions and the review figures are listed below for reading.',
	contents: {
		label: 'On this page',
		answers: 'Your answers',
		files: 'Save, share and merge files',
		compare: 'Beside the review',
		pack: 'Take it away'
	},
	identity: {
		title: 'Who is answering',
		country: 'Country',
		countryHelp:
			'The country the answers are for (the survey asks this first). Files for another country cannot be imported over these answers.',
		respondent: 'Agency or person answering (optional)',
		respondentHelp: 'Helps tell files apart when several agencies answer.'
	},
	saved: {
		idle: 'Nothing entered yet.',
		saved: (n: number) => `Saved in this browser · ${plural(n, 'question', 'questions')} answered`,
		failed:
			'This browser would not save the answers (storage may be full or turned off). Export a file now so nothing is lost.',
		damaged:
			'The answers saved in this browser could not be read, so the form starts empty. The unreadable copy was kept aside, not deleted.'
	},
	form: {
		answered: (n: number, total: number) => `${n} of ${total} answered`,
		capability: (id: number, name: string) => `Capability ${id}: ${name}`,
		general: 'The section as a whole',
		measures: (id: number, name: string) => `Measures capability ${id}, ${name}`,
		measuresNothing: 'Not tied to one capability',
		figure: 'The review’s figure',
		noFigure: 'The review gives no figure for this question.',
		yes: 'Yes',
		no: 'No',
		unknown: 'Don’t know',
		clear: 'Clear answer',
		skipHint: (n: string) => `After “No”, the survey goes on at question ${n}.`,
		tickAll: 'Tick all that apply',
		textLabel: 'Your answer',
		questionLabel: (n: string) => `Question ${n}`,
		optionFigure: 'Review figure',
		seeComparison: 'See it beside the review'
	},
	files: {
		title: 'Save, share and merge files',
		intro:
			'An answer file is a small JSON file with your answers, the country, who answered, the date and the version of the dataset. It stays wherever you put it.',
		export: 'Export answers',
		exportNeedsCountry: 'Enter the country first: every answer file says which country it is for.',
		exported: (name: string) => `Saved ${name} to your downloads.`,
		import: 'Import answers',
		importHelp: 'Choose one answer file exported from this page.',
		confirmReplace: (country: string, n: number) =>
			`Replace the current answers (${country || 'no country'}, ${plural(n, 'answer', 'answers')}) with the imported file? The current answers are kept as a backup you can restore.`,
		replace: 'Replace my answers',
		cancel: 'Keep my answers',
		imported: (name: string, country: string, n: number) =>
			`Imported ${name}: ${country}, ${plural(n, 'answer', 'answers')}.`,
		importCancelled: 'Import cancelled; your answers are unchanged.',
		unknownQuestions: (ids: string[]) =>
			`${plural(ids.length, 'answer was', 'answers were')} left out because this version of the survey has no such question (${ids.join(', ')}).`,
		otherDataset: (version: string) =>
			`The file was written with dataset version ${version}; the questions are the same survey, but check the figures beside your answers.`,
		restore: 'Restore the answers before the last import',
		restored: 'The answers from before the last import are back.',
		delete: 'Delete my answers',
		confirmDelete:
			'Delete every answer, the country and the backup from this browser? Files you exported are not affected. This cannot be undone.',
		deleteYes: 'Delete everything',
		deleted: 'Your answers, the country and the backup were deleted from this browser.',
		notReadable: (name: string) => `${name} could not be read.`,
		problem: (name: string, p: FileProblem): string => {
			const intro = `${name} was not imported, and nothing was changed:`;
			switch (p.kind) {
				case 'too-large':
					return `${intro} it is far larger than an answer file.`;
				case 'damaged':
					return `${intro} it is damaged or not JSON (${p.detail}).`;
				case 'not-answer-file':
					return `${intro} it is not an answer file exported from this page.`;
				case 'newer-version':
					return `${intro} it was written by a newer version of MNR Explorer (file format ${p.version}). Open it in the newer version.`;
				case 'old-version':
					return `${intro} its file format (${p.version}) is older than this page can read.`;
				case 'missing-field':
					return `${intro} the field "${p.field}" is missing.`;
				case 'bad-field':
					return `${intro} the field "${p.field}" does not hold what it should.`;
				case 'bad-answer':
					return `${intro} the answer to question ${p.question} does not fit the question (${p.detail}).`;
				case 'other-country':
					return `${intro} it is for ${p.country}, but your answers are for ${p.expected}. To work on ${p.country}, export your answers and delete them first.`;
			}
		}
	},
	merge: {
		title: 'Merge answers from several agencies',
		intro:
			'Choose two or more answer files for the same country. Each question shows who answered what; where they differ, choose the answer to keep. Nothing is decided by majority.',
		choose: 'Choose answer files to merge',
		problem: (p: MergeProblem): string =>
			p.kind === 'too-few'
				? 'Choose at least two answer files to merge.'
				: `The files are for different countries (${p.countries.join(', ')}); merge files for one country at a time.`,
		summary: (files: number, disagreements: number, open: number) =>
			`${plural(files, 'file', 'files')} compared: ${plural(disagreements, 'question has', 'questions have')} different answers${disagreements ? `, ${open} still to decide` : ''}.`,
		showAll: 'Show every question, not only the disagreements',
		agreement: {
			agree: 'All who answered agree',
			disagree: 'Answers differ',
			one: 'Only one file answers this',
			none: 'No file answers this'
		},
		notAnswered: 'Not answered in',
		keep: 'Keep this answer',
		given: 'Given in',
		use: 'Use the merged answers',
		useHelp:
			'Replaces the answers in this browser with the merged ones (the current answers are kept as a backup).',
		used: (n: number) => `The merged answers are now yours: ${plural(n, 'answer', 'answers')}.`,
		stillOpen: (n: number) =>
			`${plural(n, 'question is', 'questions are')} still to decide; they will be left unanswered.`,
		clear: 'Close the merge'
	},
	compare: {
		title: 'Beside the review',
		intro:
			'For each question the review reports, your answer next to the share of surveyed countries that said yes: all surveyed countries, high-income and low- and middle-income countries where the review gives them. Your answer is shown as a marker, not a bar: one country is not a share.',
		noAnswers: 'Answer some questions above and they appear here beside the review’s figures.',
		chartTitle: (domain: string) => `${domain}: your answers beside the review`,
		chartSubtitle: (n: number) =>
			`${plural(n, 'figure', 'figures')} · share of surveyed countries saying yes, with n · your answers from this browser`,
		crossCutting: 'Using the Model National Response',
		yourSeries: 'Your answer',
		yours: {
			yes: 'Yes',
			no: 'No',
			unknown: 'Don’t know',
			ticked: 'Ticked',
			'not-ticked': 'Not ticked',
			answered: 'Answered',
			unanswered: 'Not answered'
		} satisfies Record<YourAnswer, string>,
		altText: (domain: string, n: number) =>
			`Horizontal bars for ${plural(n, 'figure', 'figures')} in ${domain}: the share of surveyed countries saying yes, for all, high-income and low- and middle-income countries where the review gives them, with your answer written beside each.`,
		mentionsTitle: 'Countries the review names as examples',
		mentionsNote:
			'Being named as an example is not an assessment: it says the review cites the country there, not that it has or lacks the capability.',
		noMentions: 'The review names no country as an example for this capability.',
		columns: {
			question: 'Question',
			option: 'Option',
			your_answer: 'Your answer',
			indicator_id: 'Figure',
			label: 'What the review counts',
			population: 'Countries',
			yes: 'Yes',
			n: 'n',
			pct: '%',
			status: 'Status',
			source_ref: 'Where in the review',
			note: 'Note'
		},
		downloadLabel: 'Download this chart',
		svg: 'SVG',
		png: 'PNG',
		csv: 'CSV'
	},
	pack: {
		title: 'Take it away',
		intro:
			'A briefing pack of this self-assessment: your answers as CSV, each comparison chart as SVG and PNG, a plain-text summary of the gaps (where you answered no, next to what the review found) and how to cite the review. It is made in this browser; nothing is uploaded.',
		download: 'Download the briefing pack',
		working: 'Making the briefing pack…',
		done: (name: string) => `Saved ${name} to your downloads.`,
		failed: (why: string) => `The briefing pack could not be made: ${why}`,
		print: 'Print',
		printHelp: 'Prints a clean report: your answers and the comparison, without the form controls.',
		needsCountry: 'Enter the country first: the pack says which country it is about.'
	},
	print: {
		title: (country: string) => `Self-assessment: ${country || 'country not given'}`,
		meta: (respondent: string, date: string, version: string) =>
			`${respondent ? `Answered by ${respondent}. ` : ''}Printed ${date}. Dataset version ${version}.`,
		notAnswered: 'Not answered'
	},
	summary: {
		title: (country: string) => `Self-assessment gap summary: ${country}`,
		intro: (respondent: string, date: string, version: string) =>
			`${respondent ? `Answered by ${respondent}. ` : ''}Made ${date} with MNR Explorer, dataset version ${version}, from answers kept in the user's browser.`,
		noScore:
			'This is not a score or a ranking. It lists, question by question, where the answers say no, next to the share of the countries in the review that said yes. The review does not assess or rank countries.',
		gapsTitle: 'Where the answers say no',
		noGaps: 'None of the answered questions that the review reports was answered no.',
		gap: (number: string, text: string, option: string | null) =>
			`Question ${number}: ${text}${option ? ` Option: ${option}.` : ''}`,
		answered: (yours: string) => `Answer: ${yours}.`,
		review: 'The review',
		unanswered: (n: number) =>
			`${plural(n, 'question the review reports was', 'questions the review reports were')} not answered.`,
		examples: (names: string) =>
			`Countries the review names as examples for this capability (mentions, not assessments): ${names}.`,
		where: (ref: string) => `Where in the review: ${ref}`,
		noValue: 'the review gives no settled value'
	},
	csv: {
		columns: {
			question_id: 'Question id',
			number: 'Number',
			section: 'Section',
			capability_id: 'Capability',
			question: 'Question (in MNR Explorer’s words)',
			answer_type: 'Answer type',
			answer: 'Answer',
			review_figures: 'Review figures'
		}
	}
} as const;
