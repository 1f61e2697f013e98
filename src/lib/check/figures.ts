/**
 * Matching one claim to the review's figures: find the topic in the claim's clause (falling back
 * to its sentence, then the sentence before), take the indicators with the best topic scores, judge
 * the claim against each, and keep the best-supported answer with the notes a reader needs
 * (denominator, population, worldwide, negation, other figures that match).
 */
import type { FoundClaim, SentenceClaims } from './claims';
import type { CheckIndicator, FigureNote, FigureResult } from './types';
import {
	findPhrases,
	isTopical,
	populationCues,
	scoreIndicators,
	type PhraseHit,
	type PopulationCue,
	type TopicIndex
} from './topics';
import { judge, verdictRank, type Judgement } from './verdict';
import { GENERIC_WORDS, WEIGHT } from './synonyms';
import { sharePhrase } from './claims';
import type { CheckPrinting, Claim, Qualifier, Verdict } from './types';

/** Below this topic score a claim has no matching figure. */
export const MIN_SCORE = 1.5;
/** Figures scoring within this of the best are equally likely topics; the numbers decide. */
const TIE_MARGIN = 0.75;
/** Review-wide base: the number of countries the review covers. */
export const ALL_COUNTRIES_N = 42;

export interface SentenceContext extends SentenceClaims {
	/** Topic phrases anywhere in the sentence (absolute positions). */
	hits: PhraseHit[];
	/** Topic phrases of the sentence before (fallback for "… 90 per cent of countries have one."). */
	previousHits: () => PhraseHit[];
	/** Topic phrases of the nearest heading above ("Hotline"), for "… have this capability". */
	headingHits: () => PhraseHit[];
	cues: Set<PopulationCue>;
	span: { start: number; end: number };
	/** The whole text, for quoting the evidence words. */
	text: string;
}

export function sentenceContext(
	index: TopicIndex,
	text: string,
	span: { start: number; end: number },
	claims: SentenceClaims,
	previousHits: () => PhraseHit[],
	headingHits: () => PhraseHit[] = () => []
): SentenceContext {
	const hits = findPhrases(index, text, span.start, span.end);
	const cues = populationCues(
		hits.filter((h) => !isPredicate(text, h, span.start, claims.frenchOrSpanish))
	);
	return { ...claims, hits, previousHits, headingHits, cues, span, text };
}

/**
 * "The 12 countries with no offender management … are low- and middle-income countries": words
 * after "are"/"were (in)" say what the counted countries are, not which countries were counted, so
 * they do not move the claim to the figure for that group ("12 of the 27 low- and middle-income
 * countries" does). A relative clause ("countries that are high-income") still names the group.
 * French and Spanish: "… sont des pays à revenu faible", "… son países de ingresos bajos".
 */
const PREDICATE =
	/(?<!\b(?:that|which|who)\s+)\b(?:are|were|is|was)\s+(?:(?:all|in|mostly|mainly|largely|primarily|predominantly|either)\s+)*(?:the\s+)?$/i;
const PREDICATE_FR_ES =
	/(?<![\p{L}])(?<!(?:qui|que)\s+)(?:sont|étaient|son|eran)\s+(?:(?:tous|toutes|todos|todas|principalement|majoritairement|principalmente|mayoritariamente)\s+)*(?:(?:des|les|de|los|las|unos)\s+)?(?:pays|pa[íi]ses)\s+(?:[àa]|de)\s+$/iu;

function isPredicate(text: string, h: PhraseHit, from: number, frEs: boolean): boolean {
	const before = text.slice(Math.max(from, h.start - 40), h.start);
	return PREDICATE.test(before) || (frEs && PREDICATE_FR_ES.test(before));
}

const WORDING =
	/^\s*(?:(just over|over|more than|almost|nearly|about|around|under|less than|just under)\s+)?(all|most|half|a third|one[-\s]third|two[-\s]thirds|a quarter|one[-\s]quarter|three[-\s]quarters)\b/i;
const QUALIFIER_OF: Record<string, Qualifier> = {
	'just over': 'over',
	over: 'over',
	'more than': 'over',
	almost: 'almost',
	nearly: 'almost',
	'just under': 'almost',
	about: 'about',
	around: 'about',
	under: 'under',
	'less than': 'under'
};

/** One verbal printing of a figure ("Over three-quarters"), normalised, with the dataset's judgement. */
export interface ReviewWording {
	/** The normalised phrase, as claims carry it ("over three-quarters", "almost all"). */
	phrase: string;
	/** The words describe the countries WITHOUT (value_kind words_no: "almost half … do not have"). */
	noSide: boolean;
	/**
	 * Whether the words fit the review's counts, as the dataset decides it (printingAgrees in
	 * src/lib/data/figures.ts): the check takes this verdict rather than judging the words again.
	 */
	agrees: boolean | null;
}

/** The review's verbal printings, by indicator. */
export type ReviewWordings = Map<string, ReviewWording[]>;

/** "Over three-quarters of countries" → "over three-quarters"; null for words that name no share. */
export function wordingPhrase(printed: string): string | null {
	const m = WORDING.exec(printed);
	if (!m) return null;
	const q = m[1] ? QUALIFIER_OF[m[1].toLowerCase().replace(/\s+/g, ' ')] : 'exact';
	const core = m[2].toLowerCase();
	return core === 'all' || core === 'most'
		? q === 'exact'
			? core
			: `${q === 'almost' ? 'almost' : q} ${core}`
		: sharePhrase(q, core);
}

export function reviewWordingsOf(printings: CheckPrinting[]): ReviewWordings {
	const out: ReviewWordings = new Map();
	for (const p of printings) {
		if (p.value_kind !== 'words' && p.value_kind !== 'words_no') continue;
		const phrase = wordingPhrase(p.printed);
		if (phrase === null) continue;
		const w = { phrase, noSide: p.value_kind === 'words_no', agrees: p.agrees };
		out.set(p.indicator_id, [...(out.get(p.indicator_id) ?? []), w]);
	}
	return out;
}

/** Does a candidate-values list contain the claim (as a percentage or a count)? */
function inCandidates(ind: CheckIndicator, claim: FoundClaim): boolean {
	if (!ind.candidate_values) return false;
	const values = ind.candidate_values.split('|').map(Number);
	const asPct =
		claim.kind === 'fraction' && claim.base ? (100 * claim.value) / claim.base : claim.value;
	return values.some((v) => Math.abs(v - asPct) < 0.5 || v === claim.value);
}

/** Where the topic words were found: the claim's clause, its sentence, the sentence before, a heading. */
type TopicLevel = 'clause' | 'sentence' | 'previous' | 'heading' | 'none';

interface Topic {
	scores: Map<string, number>;
	/** The phrases the scores rest on. */
	hits: PhraseHit[];
	level: TopicLevel;
}

/** "This capability", "this figure": the sentence points back at its section's topic. */
const POINTS_BACK =
	/\bth(?:is|ese|at)\s+(?:capabilit(?:y|ies)|area|element|figure|service|mechanism)s?\b/i;
const POINTS_BACK_FR_ES =
	/(?<![\p{L}])(?:cette|ces|esta|estas)\s+(?:capacit[ée]s?|capacidad(?:es)?)(?![\p{L}])/iu;

/** How far around a claim its own clause is looked for (characters), so long lines stay linear. */
const CLAUSE_WINDOW = 300;

/**
 * The claim's own clause: between the commas, semicolons or colons around it, where a bracket
 * counts as one word ("Over three-quarters of countries (76 per cent, 32 of 42) have …": the
 * bracket's comma does not cut the clause, and a claim in brackets takes the clause around them).
 */
export function ownClause(
	text: string,
	claim: { start: number; end: number },
	region: { start: number; end: number }
): { start: number; end: number } {
	const lo = Math.max(region.start, claim.start - CLAUSE_WINDOW);
	const hi = Math.min(region.end, claim.end + CLAUSE_WINDOW);
	let left = claim.start;
	let right = claim.end;
	// Inside brackets? Then the bracket is the anchor.
	for (let i = claim.start - 1, depth = 0; i >= lo; i--) {
		const ch = text[i];
		if (ch === ')') depth++;
		else if (ch === '(') {
			if (depth === 0) {
				left = i;
				for (let k = claim.end, d = 0; k < hi; k++) {
					if (text[k] === '(') d++;
					else if (text[k] === ')') {
						if (d === 0) {
							right = k + 1;
							break;
						}
						d--;
					}
				}
				break;
			}
			depth--;
		}
	}
	let start = lo;
	for (let i = left - 1, depth = 0; i >= lo; i--) {
		const ch = text[i];
		if (ch === ')') depth++;
		else if (ch === '(') depth = Math.max(0, depth - 1);
		else if (depth === 0 && (ch === ',' || ch === ';' || ch === ':')) {
			start = i + 1;
			break;
		}
	}
	let end = hi;
	for (let i = right, depth = 0; i < hi; i++) {
		const ch = text[i];
		if (ch === '(') depth++;
		else if (ch === ')') depth = Math.max(0, depth - 1);
		else if (depth === 0 && (ch === ',' || ch === ';')) {
			end = i;
			break;
		}
	}
	return { start, end };
}

/** "42 countries", "over 40 countries" with no topic of their own: the review's own sample. */
function isSampleCount(claim: FoundClaim): boolean {
	if (claim.kind !== 'count') return false;
	if (claim.value === ALL_COUNTRIES_N && claim.qualifier === 'exact') return true;
	return claim.value === 40 && (claim.qualifier === 'over' || claim.qualifier === 'about');
}

function topicScores(index: TopicIndex, claim: FoundClaim, ctx: SentenceContext): Topic {
	const inRegion = ctx.hits.filter(
		(h) => h.start >= claim.region.start && h.end <= claim.region.end
	);
	const own = ownClause(ctx.text, claim, claim.region);
	const inClause = inRegion.filter((h) => h.start >= own.start && h.end <= own.end);
	const heading = () => ctx.headingHits().filter(isTopical);
	const sentence = ctx.text.slice(ctx.span.start, ctx.span.end);
	const pointsBack =
		POINTS_BACK.test(sentence) || (ctx.frenchOrSpanish && POINTS_BACK_FR_ES.test(sentence));
	if (pointsBack && heading().length)
		return {
			scores: scoreIndicators(index, heading(), ctx.cues, 0.8),
			hits: heading(),
			level: 'heading'
		};
	// "42 countries" with only everyday words around it is the review's sample.
	if (
		isSampleCount(claim) &&
		index.byId.has(SAMPLE_ID) &&
		inClause.every((h) => !isTopical(h) || GENERIC_WORDS.has(h.entry.phrase))
	)
		return { scores: new Map([[SAMPLE_ID, WEIGHT_SAMPLE]]), hits: [], level: 'clause' };
	// "For 17 countries (primarily high-income countries), the data is drawn from … a survey issued
	// to government representatives": the sample's make-up, named in passing in the claim's clause,
	// does not outweigh a figure's own words elsewhere in its stretch of the sentence.
	const onlyWeak = !inClause.some(isStrong) && inRegion.some(isStrong);
	if (inClause.some(isTopical) && !onlyWeak) {
		const scores = scoreIndicators(index, inClause, ctx.cues, 1);
		// "Over 40 countries" may still be the sample: let it compete with the topic's figures.
		if (isSampleCount(claim) && index.byId.has(SAMPLE_ID))
			scores.set(SAMPLE_ID, Math.max(0, ...scores.values()));
		return { scores, hits: inClause, level: 'clause' };
	}
	if (inRegion.some(isTopical))
		return {
			scores: scoreIndicators(index, inRegion, ctx.cues, 1),
			hits: inRegion,
			level: 'sentence'
		};
	if (ctx.hits.some(isTopical))
		return {
			scores: scoreIndicators(index, ctx.hits, ctx.cues, 0.8),
			hits: ctx.hits,
			level: 'sentence'
		};
	const previous = ctx.previousHits().filter(isTopical);
	if (previous.length)
		return {
			scores: scoreIndicators(index, previous, ctx.cues, 0.5),
			hits: previous,
			level: 'previous'
		};
	if (heading().length)
		return {
			scores: scoreIndicators(index, heading(), ctx.cues, 0.8),
			hits: heading(),
			level: 'heading'
		};
	return { scores: new Map(), hits: [], level: 'none' };
}

/** Does a hit point at a topic with more than weak evidence (not only the sample's make-up)? */
const isStrong = (h: PhraseHit) =>
	h.entry.targets.some((t) => t.kind !== 'population' && t.weight > WEIGHT.weak);

const SAMPLE_ID = 'x-countries-reviewed';
const WEIGHT_SAMPLE = 3;

/** Does a topic phrase point at this figure (its own words, or its capability's)? */
function pointsAt(h: PhraseHit, ind: CheckIndicator): boolean {
	return h.entry.targets.some(
		(t) =>
			(t.kind === 'indicator' && t.id === ind.indicator_id) ||
			(t.kind === 'capability' && t.id === ind.capability_id) ||
			(t.kind === 'mnr-use' && ind.indicator_id.startsWith('x-mnr-used-'))
	);
}

/** Topic words further than this from the claim (characters) are context, not evidence. */
const NEAR_CHARS = 100;

/** A topic score this high, found in the claim's own clause, is confident enough for "differs". */
export const CONFIDENT_SCORE = 2.5;

/** The printings the review's own counts contradict, by indicator. */
export type Misprints = Map<string, CheckPrinting[]>;

export function misprintsOf(printings: CheckPrinting[]): Misprints {
	const out: Misprints = new Map();
	for (const p of printings)
		if (p.agrees === false && p.value !== null)
			out.set(p.indicator_id, [...(out.get(p.indicator_id) ?? []), p]);
	return out;
}

/** Does the claim repeat a printing the counts contradict? Returns that printing's percentage. */
function repeatsMisprint(claim: Claim, ind: CheckIndicator, misprints: Misprints): number | null {
	for (const p of misprints.get(ind.indicator_id) ?? []) {
		const noSide = p.value_kind === 'pct_no' || p.value_kind === 'count_no';
		if (noSide !== claim.negated) continue;
		if ((p.value_kind === 'pct' || p.value_kind === 'pct_no') && claim.kind === 'pct')
			if (claim.value === p.value && claim.qualifier === 'exact') return p.value;
	}
	return null;
}

const NEGATIVE_PHRASE = /\b(?:not|no|non|without|lack\w*|un\w+)\b/;

/**
 * Is the claim's negation part of the figure's own topic? "12 of the 13 countries not connected
 * to ICSE" is about the figure for countries not connected, not the share without a connection.
 */
function negationIsTopic(ind: CheckIndicator, hits: PhraseHit[]): boolean {
	return hits.some(
		(h) =>
			NEGATIVE_PHRASE.test(h.entry.phrase) &&
			h.entry.targets.some((t) => t.kind === 'indicator' && t.id === ind.indicator_id)
	);
}

/** A stated base equal to a figure's n ("12 of the 13") is evidence for that figure. */
const BASE_BONUS = 1;

/** Bases shared by many figures: a count out of these says nothing about which figure it is. */
const COMMON_BASES = new Set([ALL_COUNTRIES_N, 41]);

/**
 * No topic words, but "35 of 39": a count out of a base only one family of figures has, equal to
 * exactly one figure. Reported as a match with low confidence, the base as the evidence.
 */
function byBaseAlone(
	byId: Map<string, CheckIndicator>,
	claim: FoundClaim,
	plainClaim: Claim,
	empty: Omit<FigureResult, 'id'>
): Omit<FigureResult, 'id'> {
	if (claim.kind !== 'fraction' || claim.base === null || COMMON_BASES.has(claim.base))
		return empty;
	const fits = [...byId.values()].filter(
		(i) => i.n === claim.base && judge(claim, i).verdict === 'matches'
	);
	if (fits.length !== 1) return empty;
	const j = judge(claim, fits[0]);
	return {
		...empty,
		claim: plainClaim,
		verdict: 'matches',
		indicatorId: fits[0].indicator_id,
		score: 0,
		confidence: 'low',
		evidence: [`of ${claim.base}`],
		reviewPct: j.reviewPct,
		reviewCount: j.reviewCount
	};
}

/** Two verdicts a reader reads alike: the claim holds for both, or neither figure is settled. */
const sameVerdict = (a: Verdict, b: Verdict) =>
	a === b || ((a === 'matches' || a === 'rounds-to') && (b === 'matches' || b === 'rounds-to'));

/** Topic scores of two figures this close are a tie: the numbers, not the words, must decide. */
const COMPETE_MARGIN = TIE_MARGIN;

export function matchClaim(
	index: TopicIndex,
	byId: Map<string, CheckIndicator>,
	claim: FoundClaim,
	ctx: SentenceContext,
	misprints: Misprints = new Map(),
	wordings: ReviewWordings = new Map()
): Omit<FigureResult, 'id'> {
	const { region: _region, otherBase, ...plainClaim } = claim;
	const empty: Omit<FigureResult, 'id'> = {
		claim: plainClaim,
		verdict: 'no-match',
		indicatorId: null,
		score: 0,
		confidence: 'low',
		evidence: [],
		alternatives: [],
		deltaPp: null,
		deltaCount: null,
		reviewPct: null,
		reviewCount: null,
		asWorded: false,
		notes: [],
		context: ctx.span
	};
	// Shares of people, not of countries: no figure of the review can be about them.
	if (otherBase)
		return { ...empty, verdict: 'outside', notes: [{ kind: 'other-base', noun: otherBase }] };
	if (ctx.otherStudy)
		return { ...empty, verdict: 'outside', notes: [{ kind: 'other-study', name: ctx.otherStudy }] };
	// More countries than the review covers: another study's count, never "differs by hundreds".
	const counted = claim.kind === 'fraction' ? Math.max(claim.value, claim.base ?? 0) : claim.value;
	if ((claim.kind === 'count' || claim.kind === 'fraction') && counted > ALL_COUNTRIES_N)
		return {
			...empty,
			verdict: 'outside',
			notes: [{ kind: 'larger-than-base', claimed: counted, reviewN: ALL_COUNTRIES_N }]
		};

	const topic = topicScores(index, claim, ctx);
	const scores = new Map(
		[...topic.scores].map(([id, s]) => [
			id,
			(claim.base ?? ctx.bases[0]) !== undefined && byId.get(id)?.n === (claim.base ?? ctx.bases[0])
				? s + BASE_BONUS
				: s
		])
	);
	const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
	/** The claim as it applies to a figure (its negation may be the figure's own topic). */
	const claimFor = (ind: CheckIndicator): FoundClaim =>
		claim.negated && negationIsTopic(ind, topic.hits) ? { ...claim, negated: false } : claim;
	const best = ranked[0]?.[1] ?? 0;
	if (best < MIN_SCORE) return byBaseAlone(byId, claim, plainClaim, empty);
	const evidence = [
		...new Set(
			topic.hits.filter(isTopical).map((h) => ctx.text.slice(h.start, h.end).replace(/\s+/g, ' '))
		)
	];

	const tied = ranked.filter(([, s]) => s >= best - COMPETE_MARGIN);
	const judged = tied
		.map(([id, score]) => {
			const ind = byId.get(id)!;
			const c = claimFor(ind);
			const misprint = repeatsMisprint(c, ind, misprints);
			const j: Judgement =
				misprint !== null ? { ...judge(c, ind), verdict: 'inconsistent' } : judge(c, ind);
			const rank =
				j.verdict === 'inconsistent'
					? 0.5
					: j.verdict === 'unsettled' && inCandidates(ind, claim)
						? 1.5
						: verdictRank(j);
			return { ind, score, j, rank, misprint };
		})
		.sort((a, b) => a.rank - b.rank || b.score - a.score);
	const chosen = judged[0];
	const ind = chosen.ind;
	let j: Judgement = chosen.j;

	// High confidence: the figure's own words, not only everyday ones, close to the claim.
	const specificNear = topic.hits.some(
		(h) =>
			pointsAt(h, ind) &&
			!GENERIC_WORDS.has(h.entry.phrase) &&
			Math.min(Math.abs(h.start - claim.end), Math.abs(claim.start - h.end)) <= NEAR_CHARS
	);
	const confidence: FigureResult['confidence'] =
		topic.level === 'clause' && chosen.score >= CONFIDENT_SCORE && specificNear
			? 'high'
			: topic.level === 'clause' || topic.level === 'sentence'
				? 'medium'
				: 'low';

	// The review's own words for this figure: the dataset has judged them against the counts
	// (printingAgrees), so the check repeats that judgement instead of a looser or stricter one
	// of its own. Words that fit are the review's wording; words that do not ("almost a quarter"
	// for 7 of 41) are the review's own inconsistency, never the writer's error.
	const own =
		claim.kind === 'words' && claim.phrase !== null
			? (wordings.get(ind.indicator_id) ?? []).find(
					(w) => w.phrase === claim.phrase && w.noSide === claimFor(ind).negated
				)
			: undefined;
	if (own?.agrees === true && j.reviewPct !== null) j = { ...j, verdict: 'matches', deltaPp: null };
	else if (own?.agrees === false && j.reviewPct !== null) j = { ...j, verdict: 'inconsistent' };
	else if (own && j.verdict === 'differs') {
		// Not judged by the dataset: the words still come from the review, so no accusation.
		const other = judge({ ...claimFor(ind), negated: !claimFor(ind).negated }, ind);
		if (other.verdict !== 'matches' && other.verdict !== 'rounds-to')
			j = { ...j, verdict: 'inconsistent' };
	}
	const asWorded = own !== undefined && j.verdict !== 'differs' && j.verdict !== 'unsettled';
	if (asWorded && j.verdict !== 'inconsistent') j = { ...j, verdict: 'matches' };

	// Precision before recall: "differs" accuses the writer, so it needs the figure's own words in
	// the claim's clause and no other figure as likely. Otherwise say the match is not confident.
	const competing = judged.filter((x) => x.ind !== ind && x.ind.indicator_id !== ind.parent_id);
	let verdict = j.verdict;
	if (verdict === 'differs' && (confidence !== 'high' || competing.length > 0))
		verdict = 'uncertain';
	// "Not settled" is a statement about a figure: only for a claim surely about it.
	if (verdict === 'unsettled' && confidence !== 'high') verdict = 'uncertain';
	// The sample ("42 countries") against a topic's figure that the number contradicts: which the
	// writer meant cannot be told from the words.
	if (ind.indicator_id === SAMPLE_ID && competing.some((x) => x.j.verdict === 'differs'))
		verdict = 'uncertain';

	const notes: FigureNote[] = [];
	if (verdict === 'inconsistent') {
		const countsPct = j.reviewPct ?? 0;
		notes.push({
			kind: 'misprint',
			// Words ("almost a quarter") are not a printed percentage: say "the review's words".
			printedPct: chosen.misprint ?? (claim.kind === 'words' ? null : claim.value),
			countsPct
		});
	}
	if (topic.level === 'heading') notes.push({ kind: 'from-heading' });
	if (verdict === 'unsettled' && ind.candidate_values)
		notes.push({ kind: 'candidate', values: ind.candidate_values });
	if (ind.population !== 'all' && !ctx.cues.has(ind.population as PopulationCue))
		if (!(ind.population === 'unicef' && ctx.cues.has('lmic')))
			notes.push({ kind: 'population', population: ind.population, reviewN: ind.n });
	const parent = ind.parent_id ? byId.get(ind.parent_id) : undefined;
	if (parent && ind.population === 'all' && ind.n !== null && parent.n !== null && ind.n < parent.n)
		notes.push({ kind: 'subset', reviewN: ind.n, parentLabel: parent.label });
	if (ind.n !== null) {
		if (j.baseDiffers && claim.base !== null)
			notes.push({ kind: 'denominator', claimed: claim.base, reviewN: ind.n });
		else if (claim.kind !== 'fraction') {
			const stated = ctx.bases.find((b) => b !== ind.n);
			if (stated !== undefined)
				notes.push({ kind: 'denominator', claimed: stated, reviewN: ind.n });
			else if (ctx.allCountries && ind.n < ALL_COUNTRIES_N)
				notes.push({ kind: 'all-countries', reviewN: ind.n });
		}
	}
	if (ctx.worldwide) notes.push({ kind: 'worldwide' });
	if (claimFor(ind).negated && verdict !== 'unsettled') notes.push({ kind: 'negated' });
	if (j.loose && j.reviewPct !== null) notes.push({ kind: 'loose', reviewPct: j.reviewPct });

	if (verdict === 'differs' || verdict === 'unsettled') {
		const others = ranked
			.filter(([id]) => id !== ind.indicator_id)
			.map(([id]) => byId.get(id)!)
			.filter((other) => judge(claimFor(other), other).verdict === 'matches')
			.slice(0, 2);
		for (const o of others)
			notes.push({ kind: 'other-figure-matches', indicator_id: o.indicator_id, label: o.label });
	}

	// One phrase, two figures the sentence names by their own words ("all 15 … have legislated to
	// criminalize online child sexual abuse … and 'knowing possession'", "most … had units that
	// dealt with sexual offences … and units with digital forensic capability"): the card names the
	// best one and says the same words are about the other too, when its verdict is the same.
	if (verdict === 'matches' || verdict === 'rounds-to' || verdict === 'unsettled')
		for (const x of judged)
			if (
				x.ind !== ind &&
				sameVerdict(x.j.verdict, verdict) &&
				topic.hits.some(
					(h) =>
						!GENERIC_WORDS.has(h.entry.phrase) &&
						h.entry.targets.some((t) => t.kind === 'indicator' && t.id === x.ind.indicator_id)
				)
			)
				notes.push({ kind: 'also-states', indicator_id: x.ind.indicator_id, label: x.ind.label });

	// An uncertain match names no figure of its own: the candidates are the figures in the tie.
	const candidates =
		verdict === 'uncertain'
			? judged.map((x) => x.ind.indicator_id)
			: ranked
					.filter(([id, s]) => id !== ind.indicator_id && s >= best / 2)
					.map(([id]) => id)
					.filter((id) => !notes.some((n) => n.kind === 'also-states' && n.indicator_id === id));
	return {
		...empty,
		claim: { ...plainClaim, negated: claimFor(ind).negated },
		verdict,
		indicatorId: ind.indicator_id,
		score: chosen.score,
		confidence,
		evidence,
		alternatives: candidates.slice(0, 3),
		deltaPp: j.deltaPp,
		deltaCount: j.deltaCount,
		reviewPct: j.reviewPct,
		reviewCount: j.reviewCount,
		asWorded,
		notes
	};
}
