/**
 * Finding numeric claims in a sentence: percentages, counts out of a base, counts of countries and
 * shares in words. Only numbers that can be about the review's subject are claims: a count needs a
 * unit such as "countries" or "hotlines", a word share needs "of …" or such a unit after it, so
 * years, money and page numbers are left alone.
 *
 * Decisions (documented for users on /check):
 * - "most", "the majority of" count as "over half"; "a minority of" as "under half";
 *   "almost/nearly/virtually all" as "almost 100%"; "all countries" as 100%; "all 15 … countries"
 *   as 15 of 15. "Every country" is not read as a claim (it is usually a call, not a finding).
 * - "one of the 42 countries" is an idiom, not a claim; "of the 42 countries" is the base of
 *   another claim, not a claim itself.
 * - Qualifiers right before the number set how it is judged: over / more than / above,
 *   at least, under / less than / fewer than, almost / nearly / just under, about / around /
 *   roughly / approximately / some.
 */
import type { Claim, Qualifier } from './types';
import {
	DIGITS,
	WORD_CARDINAL,
	WORD_FRACTION,
	decimalsOf,
	parseNumber,
	parseWordFraction
} from './numbers';
import {
	ALL_COUNTRIES_FR_ES,
	CLAUSE_BREAK_FR_ES,
	NEGATION_FR_ES,
	NEGATION_STOP_FR_ES,
	NOT_NEGATION_FR_ES,
	THERE_IS_NO_FR_ES,
	WORLDWIDE_FR_ES,
	claimsFrEs,
	denominatorsFrEs,
	otherBaseAfterFrEs,
	type FoundFrEs
} from './claimsFrEs';
import { mayBeFrenchOrSpanish } from './language';

/**
 * A footnote marker the PDF extraction glued to the word before it ("42 countries3",
 * "90 per cent15"): allowed after a unit, and left out of the claim's span.
 */
const GLUED = String.raw`(?=\d{0,3}\b)`;

/** What a count or share can be a count of: the review counts countries (and hotlines). */
const UNIT = String.raw`(?:countries|country|nations|states|governments|jurisdictions|respondents|responses|economies|economy|hotlines|portals|helplines)${GLUED}`;

/** A verb right after a share ("a third have …", "almost all reported …"). */
const VERB = String.raw`(?:have|had|has|are|were|is|was|do|did|does|use|used|report|reported|lack|lacked|say|said|operate|run|offer|provide|provided)\b`;

/** Up to three words between a number and its unit ("15 high-income countries"), never a preposition. */
const GAP = String.raw`(?:(?:low-?\s+(?:and|or)\s+)?(?!(?:of|in|and|or|than|per|to|from|at|by|with|for|on|the)\b)[a-z][a-z'’-]*\s+){0,3}?`;

/** A number, not a footnote marker glued to a word ("countries3") nor part of a longer number. */
const NUM = String.raw`(?:(?<![A-Za-z\d.,])${DIGITS}(?![\d,]|\.\d)|\b${WORD_CARDINAL}\b)`;

const QUALIFIER = String.raw`(?:\b(just\s+over|well\s+over|over|more\s+than|above|upwards\s+of|at\s+least|no\s+fewer\s+than|no\s+less\s+than|just\s+under|almost|nearly|close\s+to|not\s+quite|about|around|roughly|approximately|some|an\s+estimated|under|less\s+than|fewer\s+than|below)\s+)?`;

const QUALIFIERS: [RegExp, Qualifier][] = [
	[/^(just over|well over|over|more than|above|upwards of)$/, 'over'],
	[/^(at least|no fewer than|no less than)$/, 'at-least'],
	[/^(just under|almost|nearly|close to|not quite)$/, 'almost'],
	[/^(about|around|roughly|approximately|some|an estimated)$/, 'about'],
	[/^(under|less than|fewer than|below)$/, 'under']
];

function qualifierOf(raw: string | undefined): Qualifier {
	if (!raw) return 'exact';
	const s = raw.toLowerCase().replace(/\s+/g, ' ');
	for (const [re, q] of QUALIFIERS) if (re.test(s)) return q;
	return 'exact';
}

/** Canonical word for a qualifier in a phrase, so "nearly all" and "almost all" compare equal. */
const PHRASE_QUALIFIER: Record<Qualifier, string> = {
	exact: '',
	over: 'over',
	'at-least': 'at least',
	under: 'under',
	almost: 'almost',
	about: 'about'
};

/** A word share as a phrase: "over three-quarters", "almost all", "half". */
export function sharePhrase(q: Qualifier, core: string): string {
	const c = core
		.toLowerCase()
		.replace(/[\s-]+/g, '-')
		.replace(/^a-/, 'one-');
	return (PHRASE_QUALIFIER[q] ? PHRASE_QUALIFIER[q] + ' ' : '') + c;
}

export const PATTERNS = {
	/** "76 per cent", "76%", "76.2 percent", "ninety per cent". */
	pct: new RegExp(
		String.raw`${QUALIFIER}(${NUM})\s*(?:%|per\s*cent${GLUED}|percent${GLUED})`,
		'gi'
	),
	/**
	 * "32 of 42", "32 out of the 42", "in 29 of 41", and "29 of 4123" where the extraction glued
	 * footnote 23 to the base (split in code, see splitGluedBase).
	 */
	fraction: new RegExp(
		String.raw`${QUALIFIER}(${NUM})\s+(?:out\s+)?of\s+(?:the\s+|all\s+|these\s+|those\s+)?((?<![\d.,])\d{4,6}(?![\d,]|\.\d)|${NUM})(?!\s*(?:%|per\s*cent|percent))`,
		'gi'
	),
	/** A count in brackets beside a percentage: "90 per cent (38)", "(29; 69 per cent)". */
	bracketCount: new RegExp(
		String.raw`(?<=(?:%|per\s*cent|percent)\d{0,3}\s*\(\s*)(${NUM})(?=\s*\))|(?<=\(\s*)(${NUM})(?=\s*;\s*${NUM}\s*(?:%|per\s*cent|percent))`,
		'gi'
	),
	/** "only 8 have …": a bare count, when a verb follows and the sentence is about countries. */
	bareCount: new RegExp(String.raw`\b(?:only|just)\s+(${NUM})(?=\s+${VERB})`, 'gi'),
	/** "nine in ten", "1 in 3", "four out of five" is caught by fraction. */
	inRatio: new RegExp(String.raw`${QUALIFIER}(${NUM})\s+in\s+(${NUM})\b`, 'gi'),
	/** "three-quarters of", "half the countries", "a third of hotlines". */
	wordFraction: new RegExp(
		String.raw`(?<!\b(?:first|second|last|latter|former|other)\s+)${QUALIFIER}\b(${WORD_FRACTION})\b(?=\s*[([]|\s+(?:of\b|the\s+|${VERB}|${GAP}${UNIT}))`,
		'gi'
	),
	/** "most countries", "most of the countries surveyed", "the majority of". */
	most: new RegExp(
		String.raw`\b(?:(most)\s+(?:of\s+(?:the\s+|these\s+|those\s+)?)?${GAP}${UNIT}|(?:the\s+|a\s+)?(majority)\s+of\b|(?:a\s+)?(minority)\s+of\b)`,
		'gi'
	),
	/** "almost all countries", "all 15 high-income countries", "not all countries", "all countries". */
	all: new RegExp(
		String.raw`(?<!\bof\s+)\b(?:(almost|nearly|virtually|practically|not)\s+)?all(?:\s+(?:the\s+)?(${NUM}))?(?:\s+(?:of\s+)?(?:the\s+)?${GAP}${UNIT}|(?=\s+${VERB}))`,
		'gi'
	),
	/** "32 countries", "thirty-two governments", "over 40 countries". */
	count: new RegExp(String.raw`${QUALIFIER}(${NUM})\s+${GAP}${UNIT}`, 'gi')
};

/** "of the 42 countries", "among all 41 respondents": the base of a claim, not a claim. */
export const DENOMINATOR = new RegExp(
	String.raw`\b(?:of|among|across|in)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)(${NUM})\s+${GAP}${UNIT}|\b(?:of|among|across)\s+all\s+(${NUM})\s+${GAP}${UNIT}`,
	'gi'
);
const ALL_COUNTRIES = /\b(?:of|among|across)\s+all\s+(?:the\s+)?countries\b|\bevery\s+country\b/i;
/**
 * Other studies and programmes whose figures journalists quote beside the review's: a sentence
 * that names one is about that study, so its numbers are not the review's ("Disrupting Harm … in
 * 13 countries"). Names as the studies print them.
 */
const OTHER_STUDY =
	/\b(Disrupting Harm|Global Kids Online|EU Kids Online|Global Threat Assessment|Economist Impact|CyberTipline|CyberTips?|NCMEC|Child Online Safety Index|Out of the Shadows|Global Annual Results Report)\b/;
const WORLDWIDE =
	/\b(?:worldwide|globally|in\s+the\s+world|around\s+the\s+world|of\s+the\s+world['’]s|across\s+the\s+(?:globe|world)|on\s+earth|all\s+over\s+the\s+world)\b/i;

/** Bases that are not countries: the review's figures are shares of countries, never of people. */
const OTHER_NOUNS = String.raw`(children|girls|boys|victims|survivors|users|internet\s+users|subscribers|customers|people|adults|young\s+people|adolescents|parents|teachers|reports|tips|cybertips|images|videos|files|urls|webpages|cases|offenders|perpetrators|material|content|households|schools|companies|calls|contacts|referrals|investigations|prosecutions|convictions|students|respondents\s+to|staff|officers|women|men)\b`;
/** "80 per cent of victims", "half of the world's children" (a word or two may come between). */
const OF_OTHER_BASE = new RegExp(
	String.raw`^\s+of\s+(?:the\s+|all\s+|these\s+)?(?:(?!${UNIT}|${VERB})[a-z'’-]+\s+){0,2}?${OTHER_NOUNS}`,
	'i'
);
/** "1 in 5 children". */
const DIRECT_OTHER_BASE = new RegExp(String.raw`^\s+${OTHER_NOUNS}`, 'i');

function otherBaseAfter(sentence: string, end: number, direct: boolean): string | undefined {
	const tail = sentence.slice(end, end + 80);
	const m = OF_OTHER_BASE.exec(tail) ?? (direct ? DIRECT_OTHER_BASE.exec(tail) : null);
	return m ? m[1].toLowerCase().replace(/\s+/g, ' ') : undefined;
}

/** The same in a sentence that may be French or Spanish ("80 % des victimes"). */
const otherBaseAfterAny = (sentence: string, end: number, direct: boolean) =>
	otherBaseAfter(sentence, end, direct) ?? otherBaseAfterFrEs(sentence, end, direct);

/** Words that turn a claim to the "without" side. */
const NEGATION =
	/\b(?:no|not|never|none|lacks?|lacked|lacking|without|yet\s+to|fail(?:s|ed)?\s+to|absence\s+of)\b|n['’]t\b/i;
/** Phrases that contain a negation word but do not negate. */
const NOT_NEGATION = /\b(?:no\s+(?:fewer|less|more)\s+than|not\s+only|not\s+just|no\s+doubt)\b/gi;
/**
 * How clauses split and where a negation's reach ends, for one set of languages. English text
 * keeps the plain `\b` expressions; the French and Spanish ones need flag `u` (accented letters
 * are letters), which is much slower, so only sentences that may be French or Spanish use them.
 */
interface ClauseRules {
	/** Words between two claims that make them one claim written two ways ("76 per cent, or 32 of 42"). */
	sameClaimWords: RegExp;
	/** Is there a letter left once those words are gone? */
	letter: RegExp;
	/** Where a negation's reach ends: a break, "but", "while", or a relative clause. */
	negationStop: RegExp;
	/** Where a clause ends: between two claims, the text after the last break belongs to the later one. */
	clauseBreak: RegExp;
	negation: RegExp[];
	notNegation: RegExp[];
	thereIsNo: RegExp[];
}

const NEGATION_STOP_EN = String.raw`[;:–—,]|\b(?:but|while|whereas|although|though|which|who)\b`;
const CLAUSE_BREAK_EN = String.raw`[;:–—]|,|\b(?:and|but|while|whereas|although|though|compared\s+with|compared\s+to|against|versus|vs)\b`;
const THERE_IS_NO = /\bthere\s+(?:is|are|was|were)\s+no\b/i;

const ENGLISH_RULES: ClauseRules = {
	sameClaimWords: /\b(?:or|i\.e\.|that\s+is)\b/gi,
	letter: /[a-z]/i,
	negationStop: new RegExp(NEGATION_STOP_EN, 'i'),
	clauseBreak: new RegExp(CLAUSE_BREAK_EN, 'gi'),
	negation: [NEGATION],
	notNegation: [NOT_NEGATION],
	thereIsNo: [THERE_IS_NO]
};

const FRENCH_SPANISH_RULES: ClauseRules = {
	sameClaimWords:
		/(?<![\p{L}\p{N}])(?:or|i\.e\.|that\s+is|ou|soit|o|es\s+decir|c['’]est[-\s]à[-\s]dire)(?![\p{L}\p{N}])/giu,
	letter: /\p{L}/u,
	negationStop: new RegExp(`${NEGATION_STOP_EN}|${NEGATION_STOP_FR_ES}`, 'iu'),
	clauseBreak: new RegExp(`${CLAUSE_BREAK_EN}|${CLAUSE_BREAK_FR_ES}`, 'giu'),
	negation: [NEGATION, NEGATION_FR_ES],
	notNegation: [NOT_NEGATION, NOT_NEGATION_FR_ES],
	thereIsNo: [THERE_IS_NO, THERE_IS_NO_FR_ES]
};

/** A claim as found, before its region is known (the French and Spanish patterns share it). */
type Found = FoundFrEs;

/** A claim with what the topic search needs: the stretch of text it owns, and any non-country base. */
export interface FoundClaim extends Claim {
	region: { start: number; end: number };
	otherBase?: string;
}

export interface SentenceClaims {
	claims: FoundClaim[];
	/** Bases stated in the sentence ("of the 41 countries"). */
	bases: number[];
	/** The sentence may be French or Spanish, so those languages' rules apply to it (language.ts). */
	frenchOrSpanish: boolean;
	/** The sentence says "of all countries" / "every country". */
	allCountries: boolean;
	/** The sentence speaks of countries worldwide. */
	worldwide: boolean;
	/** Another study or programme the sentence names (its figures are not the review's). */
	otherStudy: string | null;
}

function collect(re: RegExp, s: string, each: (m: RegExpExecArray) => Found | null, out: Found[]) {
	re.lastIndex = 0;
	for (let m = re.exec(s); m; m = re.exec(s)) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		const f = each(m);
		if (f) out.push(f);
	}
}

/** Start of the number itself, after any qualifier. */
const spanStart = (m: RegExpExecArray) => m.index;

/**
 * What the dataset says about numbers the PDF extraction glued together: the bases its figures
 * use (42, 41, 39 …) and the footnote numbers it records.
 */
export interface GlueRecord {
	bases: ReadonlySet<number>;
	/** Highest footnote number recorded: the review numbers footnotes 1, 2, 3 … in order. */
	maxFootnote: number;
}

/** Without a dataset: the review's bases and its footnotes' range. */
export const DEFAULT_GLUE: GlueRecord = {
	bases: new Set([42, 41, 39, 38, 29, 27, 25, 15, 13]),
	maxFootnote: 150
};

/**
 * "4123" after "29 of": the base 41 with footnote 23 glued on. Split only when the front is one of
 * the dataset's bases (at least the count) and the rest a footnote number the review could have.
 */
export function splitGluedBase(digits: string, count: number, glue: GlueRecord): number {
	for (const cut of [2, 1, 3]) {
		if (digits.length <= cut) continue;
		const base = Number(digits.slice(0, cut));
		const footnote = Number(digits.slice(cut));
		if (digits[cut] === '0') continue;
		if (glue.bases.has(base) && base >= count && footnote >= 1 && footnote <= glue.maxFootnote)
			return base;
	}
	return NaN;
}

/**
 * The claims in one sentence. `offset` is the sentence's position in the whole text, so claim
 * positions are absolute.
 */
export function extractClaims(
	sentence: string,
	offset = 0,
	glue: GlueRecord = DEFAULT_GLUE
): SentenceClaims {
	const frEs = mayBeFrenchOrSpanish(sentence);
	const rules = frEs ? FRENCH_SPANISH_RULES : ENGLISH_RULES;
	const baseAfter = frEs ? otherBaseAfterAny : otherBaseAfter;
	const found: Found[] = [];

	collect(
		PATTERNS.pct,
		sentence,
		(m) => {
			const value = parseNumber(m[2]);
			if (!(value >= 0 && value <= 100)) return null;
			const end = m.index + m[0].length;
			return {
				start: spanStart(m),
				end,
				kind: 'pct',
				qualifier: qualifierOf(m[1]),
				value,
				base: null,
				decimals: decimalsOf(m[2]),
				phrase: null,
				priority: 3,
				otherBase: baseAfter(sentence, end, false)
			};
		},
		found
	);

	collect(
		PATTERNS.fraction,
		sentence,
		(m) => {
			const q = m[1];
			if (/^one$/i.test(m[2]) && !q) return null; // "one of the 42 countries" is an idiom
			const value = parseNumber(m[2]);
			const base = /^\d{4,}$/.test(m[3]) ? splitGluedBase(m[3], value, glue) : parseNumber(m[3]);
			if (!(value >= 0) || !(base > 0) || value > base || !Number.isInteger(value)) return null;
			const glued = /^\d{4,}$/.test(m[3]) ? m[3].length - String(base).length : 0;
			if (!Number.isInteger(base)) return null;
			return {
				start: spanStart(m),
				end: m.index + m[0].length - glued,
				kind: 'fraction',
				qualifier: qualifierOf(q),
				value,
				base,
				decimals: 0,
				phrase: null,
				priority: 4
			};
		},
		found
	);

	collect(
		PATTERNS.inRatio,
		sentence,
		(m) => {
			const a = parseNumber(m[2]);
			const b = parseNumber(m[3]);
			if (!(b >= 2 && (b <= 10 || b === 100)) || !(a >= 1) || a >= b) return null;
			return {
				start: spanStart(m),
				end: m.index + m[0].length,
				kind: 'words',
				qualifier: qualifierOf(m[1]),
				value: (100 * a) / b,
				base: null,
				decimals: 0,
				phrase: sharePhrase(qualifierOf(m[1]), `${m[2]} in ${m[3]}`),
				priority: 3,
				otherBase: baseAfter(sentence, m.index + m[0].length, true)
			};
		},
		found
	);

	collect(
		PATTERNS.wordFraction,
		sentence,
		(m) => {
			const value = parseWordFraction(m[2]);
			if (Number.isNaN(value)) return null;
			return {
				start: spanStart(m),
				end: m.index + m[0].length,
				kind: 'words',
				qualifier: qualifierOf(m[1]),
				value,
				base: null,
				decimals: 0,
				phrase: sharePhrase(qualifierOf(m[1]), m[2]),
				priority: 2,
				otherBase: baseAfter(sentence, m.index + m[0].length, false)
			};
		},
		found
	);

	collect(
		PATTERNS.most,
		sentence,
		(m) => {
			const minority = Boolean(m[3]);
			return {
				start: m.index,
				end: m.index + m[0].length,
				kind: 'words',
				qualifier: minority ? 'under' : 'over',
				value: 50,
				base: null,
				decimals: 0,
				phrase: minority ? 'minority' : 'most',
				priority: 1
			};
		},
		found
	);

	collect(
		PATTERNS.all,
		sentence,
		(m) => {
			const mod = m[1]?.toLowerCase();
			const start = m.index;
			const end = m.index + m[0].length;
			if (mod === 'not') {
				return {
					start,
					end,
					kind: 'words',
					qualifier: 'under',
					value: 100,
					base: null,
					decimals: 0,
					phrase: 'not all',
					priority: 1
				};
			}
			if (mod) {
				return {
					start,
					end,
					kind: 'words',
					qualifier: 'almost',
					value: 100,
					base: null,
					decimals: 0,
					phrase: 'almost all',
					priority: 1
				};
			}
			if (m[2]) {
				const n = parseNumber(m[2]);
				if (!(n > 0) || !Number.isInteger(n)) return null;
				return {
					start,
					end,
					kind: 'fraction',
					qualifier: 'exact',
					value: n,
					base: n,
					decimals: 0,
					phrase: null,
					priority: 4
				};
			}
			return {
				start,
				end,
				kind: 'words',
				qualifier: 'exact',
				value: 100,
				base: null,
				decimals: 0,
				phrase: 'all',
				priority: 1
			};
		},
		found
	);

	const plainCount = (value: number, start: number, end: number): Found | null =>
		value >= 0 && Number.isInteger(value)
			? {
					start,
					end,
					kind: 'count',
					qualifier: 'exact',
					value,
					base: null,
					decimals: 0,
					phrase: null,
					priority: 0
				}
			: null;
	collect(
		PATTERNS.bracketCount,
		sentence,
		(m) => plainCount(parseNumber(m[1] ?? m[2]), m.index, m.index + m[0].length),
		found
	);
	if (new RegExp(UNIT, 'i').test(sentence))
		collect(
			PATTERNS.bareCount,
			sentence,
			(m) => {
				const at = m.index + m[0].length - m[1].length;
				return plainCount(parseNumber(m[1]), at, at + m[1].length);
			},
			found
		);

	collect(
		PATTERNS.count,
		sentence,
		(m) => {
			if (/^(?:one|a)$/i.test(m[2])) return null; // "one country" is an example, not a count
			const value = parseNumber(m[2]);
			if (!(value >= 0) || !Number.isInteger(value)) return null;
			return {
				start: spanStart(m),
				end: m.index + m[0].length,
				kind: 'count',
				qualifier: qualifierOf(m[1]),
				value,
				base: null,
				decimals: 0,
				phrase: null,
				priority: 0
			};
		},
		found
	);

	if (frEs) found.push(...claimsFrEs(sentence, glue, splitGluedBase, sharePhrase, baseAfter));

	// Bases ("of the 42 countries") are not claims: drop counts inside them, remember the number.
	const bases: number[] = [];
	const baseSpans: [number, number][] = [];
	if (frEs)
		for (const d of denominatorsFrEs(sentence)) {
			if (d.n > 0) bases.push(d.n);
			baseSpans.push([d.start, d.end]);
		}
	collect(
		DENOMINATOR,
		sentence,
		(m) => {
			const n = parseNumber(m[1] ?? m[2]);
			if (n > 0) bases.push(n);
			baseSpans.push([m.index, m.index + m[0].length]);
			return null;
		},
		found
	);

	// Keep the strongest claim where spans overlap: fractions over percentages over words over counts.
	const kept: Found[] = [];
	const sorted = found
		.filter((f) => !(f.kind === 'count' && baseSpans.some(([s, e]) => f.start >= s && f.end <= e)))
		.sort(
			(a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start
		);
	for (const f of sorted) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
	kept.sort((a, b) => a.start - b.start);

	const regions = clauseRegions(sentence, kept, rules);
	const claims: FoundClaim[] = kept.map((f, i) => {
		const region = regions[i];
		return {
			start: f.start + offset,
			end: f.end + offset,
			text: sentence.slice(f.start, f.end),
			kind: f.kind,
			qualifier: f.qualifier,
			value: f.value,
			base: f.base,
			decimals: f.decimals,
			phrase: f.phrase,
			negated: f.phrase === 'not all' ? false : isNegated(sentence, f, region, rules),
			region: { start: region.start + offset, end: region.end + offset },
			...(f.otherBase ? { otherBase: f.otherBase } : {})
		};
	});

	// "3% of victims across 13 countries": a count in the same clause as a share of people
	// describes those people's study, not the review's countries.
	for (const c of claims)
		if (!c.otherBase) {
			const partner = claims.find(
				(o) => o.otherBase && o.region.start === c.region.start && o.region.end === c.region.end
			);
			if (partner) c.otherBase = partner.otherBase;
		}

	return {
		claims,
		bases,
		frenchOrSpanish: frEs,
		allCountries: ALL_COUNTRIES.test(sentence) || (frEs && ALL_COUNTRIES_FR_ES.test(sentence)),
		worldwide: WORLDWIDE.test(sentence) || (frEs && WORLDWIDE_FR_ES.test(sentence)),
		otherStudy: OTHER_STUDY.exec(sentence)?.[1] ?? null
	};
}

interface Region {
	start: number;
	end: number;
	/** End of the last claim sharing this region. */
	lastClaimEnd: number;
}

/**
 * The stretch of the sentence each claim owns, for finding its topic and negation. Between two
 * claims, the text up to the last clause break ("," "and" "while" …) belongs to the earlier claim
 * and the rest to the later one: "90% of countries have a hotline, and 95% a helpline". Claims
 * separated only by punctuation ("three-quarters (76 per cent, 32 of 42)") are one claim written
 * several ways, and share their region.
 */
function clauseRegions(sentence: string, claims: Found[], rules: ClauseRules): Region[] {
	const splits: (number | null)[] = [];
	for (let i = 0; i + 1 < claims.length; i++) {
		const from = claims[i].end;
		const gap = sentence.slice(from, claims[i + 1].start);
		if (!rules.letter.test(gap.replace(rules.sameClaimWords, ''))) {
			splits.push(null);
			continue;
		}
		// A punctuation break outranks a conjunction: in "(10 countries); Eastern and Southern Africa
		// (5 countries)" the region's name, "and" included, belongs to the later claim.
		let last: number | null = null;
		let lastMark: number | null = null;
		for (const m of gap.matchAll(rules.clauseBreak)) {
			last = from + m.index;
			if (/^[;:–—,]/.test(m[0])) lastMark = from + m.index;
		}
		splits.push(lastMark ?? last);
	}
	return claims.map((_, i) => {
		let a = i;
		while (a > 0 && splits[a - 1] === null) a--;
		let b = i;
		while (b < claims.length - 1 && splits[b] === null) b++;
		return {
			start: a === 0 ? 0 : (splits[a - 1] as number),
			end: b === claims.length - 1 ? sentence.length : (splits[b] as number),
			lastClaimEnd: claims[b].end
		};
	});
}

/**
 * A claim speaks of the countries WITHOUT something when a negation follows it in its clause
 * ("17 countries have no support system", "76 per cent (32 of 42) of countries do not …") or a
 * "there is no" opens it ("there is no national database in 28 countries").
 */
function isNegated(sentence: string, f: Found, region: Region, rules: ClauseRules): boolean {
	const from = f.end;
	const tail = sentence.slice(region.lastClaimEnd, Math.min(region.end, region.lastClaimEnd + 80));
	const stop = rules.negationStop.exec(tail);
	const after =
		sentence.slice(from, region.lastClaimEnd) + (stop ? tail.slice(0, stop.index) : tail);
	const plain = rules.notNegation.reduce((s, re) => s.replace(re, ''), after);
	if (rules.negation.some((re) => re.test(plain))) return true;
	// "In 29 per cent of countries (12 of 41), there is no experience of …": the clause after the
	// comma says what the counted countries lack.
	if (stop && /^[,;:–—]\s*there\s+(?:is|are|was|were)\s+(?:no|not)\b/i.test(tail.slice(stop.index)))
		return true;
	const before = sentence.slice(region.start, f.start);
	return rules.thereIsNo.some((re) => re.test(before));
}
