/** Interface strings of the check area (see ../en.ts). */

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const int = (n: number) => whole.format(n);
const pct = (n: number) => `${oneDecimal.format(n)}%`;
const countries = (n: number) => `${int(n)} ${n === 1 ? 'country' : 'countries'}`;

/** Who a figure is about, for notes on figures that are not about all 42 countries. */
const POPULATION: Record<string, string> = {
	hic: 'the high-income countries that answered the Alliance survey',
	lmic: 'the low- and middle-income countries',
	alliance: 'the countries that answered the Alliance survey',
	unicef: 'the countries in the End Violence/UNICEF study'
};

export const check = {
	title: 'Check a figure or a paragraph',
	lede: 'Paste a sentence, a paragraph or a whole article. Every percentage, count of countries and share in words (“three-quarters”, “nine in ten”) is matched to the figures in Framing the Future, and every term the terminology guidance advises against is flagged, with what to write instead.',
	privacy:
		'Your text stays on your device. The check runs entirely in this browser tab: nothing you paste is sent to this site or anywhere else.',
	noscript:
		'The check runs in your browser and needs JavaScript. The figures it compares against are listed on each capability page, and the terminology guidance is on the Terms page.',
	inputLabel: 'Text to check',
	inputHelp: (max: number) =>
		`Up to ${int(max)} characters. Press Ctrl+Enter (⌘+Enter on a Mac) to check.`,
	count: (n: number, max: number) => `${int(n)} of ${int(max)} characters`,
	checkButton: 'Check',
	clearButton: 'Clear',
	shareButton: 'Copy a link to this check',
	shareCopied: 'Link copied. Anyone who opens it sees this text checked.',
	shareManual: 'Copy this link:',
	shareTooLong: (n: number, max: number) =>
		`This text is too long to share as a link (${int(n)} characters; a link carries up to ${int(max)}). Share a shorter passage, or the text itself.`,
	shareEmpty: 'There is no text to share yet.',
	progress: (done: number, total: number) =>
		`Checking… ${total ? Math.floor((100 * done) / total) : 0}%`,
	progressLabel: 'Progress of the check',
	superseded: 'A newer check replaced the one that was running.',
	modeMainThread:
		'This browser could not start a background worker, so the check runs in small slices on the page itself.',
	failed: (why: string) => `The check failed: ${why}`,

	messages: {
		empty: 'There is nothing to check yet: paste or type some text first.',
		whitespace: 'The text holds only spaces or line breaks, so there is nothing to check.',
		tooLong: (n: number, max: number) =>
			`This text is ${int(n)} characters long; the check takes up to ${int(max)}. Check it in parts.`,
		tooManyLines: (n: number, max: number) =>
			`This text has ${int(n)} line breaks; the check takes up to ${int(max)}. Join its lines or check it in parts.`,
		pasteRefused: (n: number, max: number) =>
			`Nothing was pasted: the text has ${int(n)} line breaks, and a text box holding more than ${int(max)} makes the browser freeze. Join its lines or paste it in parts; your clipboard still holds it.`,
		nothingFound:
			'No figures and no terms from the guidance were found in this text. The check looks for percentages (“76 per cent”, “76%”), counts of countries (“32 of 42”, “30 countries”) and shares in words (“three-quarters”, “nine in ten”, “most”).',
		noFigures:
			'No figures were found: the text has no percentages, counts of countries or shares in words.',
		noTerms: 'No term that the guidance advises against, or asks to use with care, was found.',
		sharedTruncated: (n: number, max: number) =>
			`The text in the link was ${int(n)} characters long; only its first ${int(max)} were loaded.`,
		unknownParam: (key: string) => `“${key}” is not a setting of this page and was ignored.`
	},

	summary: {
		checked: (chars: number, ms: number) => `Checked ${int(chars)} characters in ${int(ms)} ms.`,
		figures: (n: number) => `${int(n)} ${n === 1 ? 'figure' : 'figures'}`,
		terms: (n: number) => `${int(n)} ${n === 1 ? 'term' : 'terms'} flagged`,
		quoted: (n: number) => `${int(n)} left as written`
	},

	examplesTitle: 'Try an example',
	examples: [
		'Nine in ten countries have a hotline, and 95% have a child helpline.',
		'76% of countries have a hotline for reporting child pornography.',
		'Over three-quarters (76 per cent, 32 of 42) of countries have a national education programme.',
		'29 of all 42 countries involve children in shaping policy.',
		'Only 8 of the 15 high-income countries require ISPs to report, and half of countries worldwide have agreed terminology.',
		'The country’s ‘Child Pornography’ Act was amended; offenders now face longer sentences.'
	],

	textTitle: 'Your text, with findings highlighted',
	textHelp: 'Each highlight links to its explanation below.',
	textRegion: 'The checked text',
	legendTitle: 'Key',
	figuresTitle: (n: number) => `Figures (${int(n)})`,
	wordingTitle: (n: number) => `Wording (${int(n)})`,
	showInText: 'Show in text',
	showMore: (n: number) => `Show ${int(n)} more`,
	capped: (shown: number, total: number) => `Showing the first ${int(shown)} of ${int(total)}.`,

	verdict: {
		matches: 'Matches',
		'rounds-to': 'Rounds to',
		differs: 'Differs',
		inconsistent: 'The review disagrees with itself',
		unsettled: 'Not settled',
		uncertain: 'No confident match',
		outside: 'Not a figure from this review',
		'no-match': 'No matching figure'
	},
	/** Shapes beside each verdict, so colour is never the only cue. */
	verdictSymbol: {
		matches: '✓',
		'rounds-to': '≈',
		differs: '≠',
		inconsistent: '‼',
		unsettled: '…',
		uncertain: '?',
		outside: '∉',
		'no-match': '–'
	},
	/** How sure the topic match is, and what it rests on. */
	confidence: {
		label: 'Match',
		high: 'sure: the figure’s own words are next to the number',
		medium: 'likely: topic words elsewhere in the sentence',
		low: 'weak: the topic comes from the sentence before, the heading above, or the base alone',
		evidence: (words: string[]) =>
			words.length ? `Words matched: ${words.map((w) => `“${w}”`).join(', ')}.` : ''
	},
	termStatus: { avoid: 'Avoid', 'use with care': 'Use with care', quoted: 'Left as written' },
	termSymbol: { avoid: '⚠', 'use with care': '!', quoted: '“”' },
	/** Hidden text after a highlight, for screen readers. */
	markFigure: (id: number, verdict: string) => ` (figure ${id}: ${verdict})`,
	markTerm: (status: string) => ` (wording: ${status})`,

	explain: {
		matches: (review: string) => `The review’s figure is ${review}.`,
		asWorded: (review: string) => `These are the review’s own words for this figure: ${review}.`,
		roundsTo: (review: string) => `A fair rounding of the review’s figure, ${review}.`,
		differs: (review: string, deltaPp: number, deltaCount: number | null) => {
			const dir = deltaPp > 0 ? 'higher' : 'lower';
			const pts = `${oneDecimal.format(Math.abs(deltaPp))} percentage ${Math.abs(deltaPp) === 1 ? 'point' : 'points'}`;
			const by =
				deltaCount !== null && deltaCount !== 0
					? ` (${countries(Math.abs(deltaCount))} ${deltaCount > 0 ? 'more' : 'fewer'})`
					: '';
			return deltaPp === 0
				? `The review’s figure is ${review}: the bound in the text does not hold.`
				: `The review’s figure is ${review}. The text is ${pts} ${dir}${by}.`;
		},
		unsettled:
			'The review has a figure on this topic but its text does not settle the value, so it cannot be checked.',
		inconsistent: (countsPct: number | null) =>
			`The review prints this, but its own counts give ${countsPct === null ? 'another figure' : pct(countsPct)}: the review disagrees with itself here. Quote the counts, or say the review prints both.`,
		uncertain:
			'No confident match: the figures below are about nearby topics, and the words do not settle which one the text means. Check before relying on any of them.',
		outside: 'Not a figure from this review.',
		candidates: (values: string) =>
			`The chart offers ${values.split('|').join(', ')} without saying which belongs to this topic.`,
		noMatch: 'No figure in the review is about this topic.',
		review: (p: number, count: number, n: number) => `${pct(p)} (${int(count)} of ${countries(n)})`
	},

	notes: {
		denominator: (claimed: number, reviewN: number) =>
			`The text uses a base of ${int(claimed)}; the review’s base for this figure is ${countries(reviewN)}.`,
		allCountries: (reviewN: number) =>
			`Only ${int(reviewN)} of the 42 countries answered this question, so the figure is not “of all countries”.`,
		worldwide:
			'The review covers 42 countries, not every country in the world: say “of the countries reviewed”.',
		population: (population: string, n: number | null) =>
			`This figure is about ${POPULATION[population] ?? population}${n === null ? '' : ` (n = ${int(n)})`}, not all 42 countries.`,
		loose: (reviewPct: number) => `True, but loose: the review’s figure is ${pct(reviewPct)}.`,
		negated: 'Read as a claim about countries without it, so compared with the share without.',
		otherBase: (noun: string) =>
			`This is a share of ${noun}; the review’s figures are shares of countries, so none can match.`,
		subset: (reviewN: number, parent: string) =>
			`The base is a subset of ${int(reviewN)} countries, not all of them: this figure breaks down “${parent}”.`,
		otherFigure: 'The number does match another figure in the review:',
		alsoStates: (label: string) =>
			`The same words are also about another of the review’s figures, with the same verdict: “${label}”.`,
		misprint: (printedPct: number | null, countsPct: number) =>
			printedPct === null
				? `The review’s words, but its counts give ${pct(countsPct)}.`
				: `The review prints ${whole.format(printedPct)} per cent, but its counts give ${pct(countsPct)}.`,
		largerThanBase: (claimed: number, reviewN: number) =>
			`The review covers ${countries(reviewN)}; ${int(claimed)} is a count from another study or programme.`,
		otherStudy: (name: string) =>
			`The sentence is about ${name}, not about the review’s survey of countries.`,
		fromHeading: 'The topic is taken from the heading above this sentence.'
	},

	figure: {
		candidates: 'Nearby figures:',
		reference: 'Find it in the review',
		indicator: 'Figure',
		capability: 'Capability',
		review: 'In the review',
		printed: (p: number) => `printed as ${whole.format(p)} per cent`,
		recomputed: 'recomputed from the counts',
		status: 'Status',
		source: 'Where',
		note: 'About this figure',
		alternatives: 'Other figures on this topic:',
		crossCutting: 'review-wide figure (see the data dictionary)',
		notSettled: 'not settled by the text',
		context: 'In the sentence'
	},
	status: {
		stated: 'stated by the review',
		derived: 'derived from printed figures',
		ambiguous: 'ambiguous in the text'
	},

	term: {
		useInstead: 'Use instead:',
		noReplacement: 'No single replacement: choose words that fit the context.',
		why: 'Why:',
		source: 'Source:',
		inGuidance: 'See it in the terminology guidance',
		occurrences: (n: number, quoted: number) =>
			`Found ${n === 1 ? 'once' : `${int(n)} times`}${quoted ? ` (${int(quoted)} left as written: in quotation marks, in a name, or mentioned as a word)` : ''}.`,
		quotedExplain:
			'Left as written, not flagged: each place below says why (a quotation, the name of a law, body or capability, or the word mentioned as a word).',
		kept: {
			quote: 'inside quotation marks',
			name: 'part of the name of a law, treaty or body',
			capability: 'part of a capability’s own name',
			mention: 'mentioned as a word'
		} as Record<string, string>
	},

	corrected: {
		title: 'Your text with replacements',
		help: 'Terms to avoid are replaced by the guidance’s suggestion. Terms to use with care, and anything in quotation marks, are left for you to judge.',
		label: 'Text with replacements (read only)',
		copy: 'Copy the corrected text',
		copied: 'Corrected text copied.',
		tooLong: (n: number) =>
			`The corrected text is ${int(n)} characters long, too long to show here: copy it instead.`
	},

	receipt: {
		title: 'Check receipt',
		help: 'A record of this check to file with the story: the text’s SHA-256 fingerprint, the dataset version, the date, and every claim with its verdict, the review’s figure and where to find it.',
		text: 'Download check receipt (text)',
		json: 'Download check receipt (JSON)',
		failed: 'The receipt could not be made in this browser.'
	},

	how: {
		title: 'How the check works',
		items: [
			'Figures: percentages (“76 per cent”, “76%”, “76.2 percent”, “ninety per cent”), counts out of a base (“32 of 42”, “29 out of 41”), counts of countries (“30 countries”, “thirty-two governments”) and shares in words (“half”, “a third”, “two-thirds”, “three-quarters”, “nine in ten”). “Most” and “the majority of” are read as “over half”; “almost all” as close to, but under, 100%; “all 15 … countries” as 15 of 15. Years, money and page numbers are not claims.',
			'Topic: the words around each figure, in its own clause (or its sentence, or the sentence before), are compared with each capability’s name and a curated list of synonyms (“hotline”, “helpline”, “ICSE”, “sex offender register”, “INHOPE”, …). Words such as “high-income” steer the match to the figure for those countries.',
			'Verdicts: “Matches” when the number equals the review’s figure at the precision written (76% for 32 of 42 = 76.2%), or repeats the review’s own words. “Rounds to” for approximations that hold: shares in words within 5 points, “about” within 3 points, bounds such as “over 70%” that are true. “Differs”, with the gap in percentage points, only when the claim is surely about that figure: its own words next to the number and no other figure as likely. Otherwise “No confident match”, with the nearby figures. “The review disagrees with itself” where the review prints a figure its own counts contradict. “Not settled” when the review’s text cannot tie a value to the topic. “Not a figure from this review” for counts above its 42 countries, shares of people, and sentences about other studies.',
			'Text pasted from the PDF works as it is: line breaks inside a sentence are read through, and a footnote number glued to a figure (“29 of 4123”) is split off using the footnotes the dataset records.',
			'Negations (“have no”, “lack”, “without”) compare the claim with the share of countries without the capability.',
			'Wording: every term the guidance marks “avoid” or “use with care” is flagged, in any case and in the plural. Left as written, and never replaced: a term inside quotation marks, inside the name of a law, treaty or body, inside a capability’s own name (“offender support systems”), or mentioned as a word (“the term …”); web and e-mail addresses are skipped. “Offender” and “perpetrator” are flagged only where the person is a child, which is what the guidance is about.',
			'Limits: up to 200,000 characters and 10,000 line breaks per check (a paste with more line breaks is refused before it reaches the box, because a browser’s text box holding that many freezes the page). A long result is drawn a little at a time, so the page stays responsive while it appears. A link to a check carries the text itself, so it is offered only on request and only for texts up to 2,000 characters; the address bar is never changed behind your back.',
			'A match on topic is a suggestion, not proof: read the figure’s label and source before relying on it.'
		],
		termsLink: 'The terminology guidance, term by term'
	}
} as const;
