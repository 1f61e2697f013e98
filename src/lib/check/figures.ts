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
import { sharePhrase } from './claims';
import type { Qualifier } from './types';

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
	cues: Set<PopulationCue>;
	span: { start: number; end: number };
}

export function sentenceContext(
	index: TopicIndex,
	text: string,
	span: { start: number; end: number },
	claims: SentenceClaims,
	previousHits: () => PhraseHit[]
): SentenceContext {
	const hits = findPhrases(index, text, span.start, span.end);
	return { ...claims, hits, previousHits, cues: populationCues(hits), span };
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

const wordingCache = new WeakMap<CheckIndicator, Set<string>>();
/** The review's verbal printings of an indicator as normalised phrases ("over three-quarters"). */
export function reviewWordings(ind: CheckIndicator): Set<string> {
	let set = wordingCache.get(ind);
	if (set) return set;
	set = new Set<string>();
	for (const printed of (ind.wordings ?? '').split('|')) {
		const m = WORDING.exec(printed);
		if (!m) continue;
		const q = m[1] ? QUALIFIER_OF[m[1].toLowerCase().replace(/\s+/g, ' ')] : 'exact';
		const core = m[2].toLowerCase();
		set.add(
			core === 'all' || core === 'most'
				? q === 'exact'
					? core
					: `${q === 'almost' ? 'almost' : q} ${core}`
				: sharePhrase(q, core)
		);
	}
	wordingCache.set(ind, set);
	return set;
}

/** Does a candidate-values list contain the claim (as a percentage or a count)? */
function inCandidates(ind: CheckIndicator, claim: FoundClaim): boolean {
	if (!ind.candidate_values) return false;
	const values = ind.candidate_values.split('|').map(Number);
	const asPct =
		claim.kind === 'fraction' && claim.base ? (100 * claim.value) / claim.base : claim.value;
	return values.some((v) => Math.abs(v - asPct) < 0.5 || v === claim.value);
}

interface Topic {
	scores: Map<string, number>;
	/** The phrases the scores rest on. */
	hits: PhraseHit[];
}

function topicScores(index: TopicIndex, claim: FoundClaim, ctx: SentenceContext): Topic {
	const inRegion = ctx.hits.filter(
		(h) => h.start >= claim.region.start && h.end <= claim.region.end
	);
	if (inRegion.some(isTopical))
		return { scores: scoreIndicators(index, inRegion, ctx.cues, 1), hits: inRegion };
	if (ctx.hits.some(isTopical))
		return { scores: scoreIndicators(index, ctx.hits, ctx.cues, 0.8), hits: ctx.hits };
	const previous = ctx.previousHits().filter(isTopical);
	return previous.length
		? { scores: scoreIndicators(index, previous, ctx.cues, 0.5), hits: previous }
		: { scores: new Map(), hits: [] };
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

export function matchClaim(
	index: TopicIndex,
	byId: Map<string, CheckIndicator>,
	claim: FoundClaim,
	ctx: SentenceContext
): Omit<FigureResult, 'id'> {
	const { region: _region, otherBase, ...plainClaim } = claim;
	const empty: Omit<FigureResult, 'id'> = {
		claim: plainClaim,
		verdict: 'no-match',
		indicatorId: null,
		score: 0,
		alternatives: [],
		deltaPp: null,
		deltaCount: null,
		reviewPct: null,
		reviewCount: null,
		asWorded: false,
		notes: [],
		context: ctx.span
	};
	if (otherBase) return { ...empty, notes: [{ kind: 'other-base', noun: otherBase }] };

	const topic = topicScores(index, claim, ctx);
	const scores = new Map(
		[...topic.scores].map(([id, s]) => [
			id,
			claim.base !== null && byId.get(id)?.n === claim.base ? s + BASE_BONUS : s
		])
	);
	const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
	/** The claim as it applies to a figure (its negation may be the figure's own topic). */
	const claimFor = (ind: CheckIndicator): FoundClaim =>
		claim.negated && negationIsTopic(ind, topic.hits) ? { ...claim, negated: false } : claim;
	const best = ranked[0]?.[1] ?? 0;
	if (best < MIN_SCORE) return empty;

	const judged = ranked
		.filter(([, s]) => s >= best - TIE_MARGIN)
		.map(([id, score]) => {
			const ind = byId.get(id)!;
			const j = judge(claimFor(ind), ind);
			const rank = j.verdict === 'unsettled' && inCandidates(ind, claim) ? 1.5 : verdictRank(j);
			return { ind, score, j, rank };
		})
		.sort((a, b) => a.rank - b.rank || b.score - a.score);
	const chosen = judged[0];
	const ind = chosen.ind;
	let j: Judgement = chosen.j;

	const asWorded =
		claim.kind === 'words' &&
		claim.phrase !== null &&
		j.verdict !== 'differs' &&
		j.verdict !== 'unsettled' &&
		reviewWordings(ind).has(claim.phrase);
	if (asWorded) j = { ...j, verdict: 'matches' };

	const notes: FigureNote[] = [];
	if (j.verdict === 'unsettled' && ind.candidate_values)
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
	if (claimFor(ind).negated && j.verdict !== 'unsettled') notes.push({ kind: 'negated' });
	if (j.loose && j.reviewPct !== null) notes.push({ kind: 'loose', reviewPct: j.reviewPct });

	if (j.verdict === 'differs' || j.verdict === 'unsettled') {
		const others = ranked
			.filter(([id]) => id !== ind.indicator_id)
			.map(([id]) => byId.get(id)!)
			.filter((other) => judge(claimFor(other), other).verdict === 'matches')
			.slice(0, 2);
		for (const o of others)
			notes.push({ kind: 'other-figure-matches', indicator_id: o.indicator_id, label: o.label });
	}

	return {
		...empty,
		claim: { ...plainClaim, negated: claimFor(ind).negated },
		verdict: j.verdict,
		indicatorId: ind.indicator_id,
		score: chosen.score,
		alternatives: ranked
			.filter(([id, s]) => id !== ind.indicator_id && s >= best / 2)
			.slice(0, 3)
			.map(([id]) => id),
		deltaPp: j.deltaPp,
		deltaCount: j.deltaCount,
		reviewPct: j.reviewPct,
		reviewCount: j.reviewCount,
		asWorded,
		notes
	};
}
