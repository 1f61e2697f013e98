/**
 * Shaping a result for the page: term occurrences grouped by term, claims grouped into cards, and
 * counts per verdict. Made where the check runs (summarise), so the page never loops over
 * thousands of claims in the task that shows them.
 */
import type { Listed } from './parts';
import type { CheckResult, CheckSummary, FigureResult, TermHit, Verdict } from './types';

export interface TermGroup {
	slug: string;
	hits: TermHit[];
}

/** Occurrences grouped by term: terms to avoid first, then to use with care, each in text order. */
export function groupTerms(hits: TermHit[]): TermGroup[] {
	const bySlug = new Map<string, TermHit[]>();
	for (const h of hits) {
		const list = bySlug.get(h.slug);
		if (list) list.push(h);
		else bySlug.set(h.slug, [h]);
	}
	const rank = (g: TermHit[]) => (g.every((h) => h.quoted) ? 2 : g[0].status === 'avoid' ? 0 : 1);
	return [...bySlug.entries()]
		.map(([slug, list]) => ({ slug, hits: list }))
		.sort((a, b) => rank(a.hits) - rank(b.hits) || a.hits[0].start - b.hits[0].start);
}

export const VERDICTS: Verdict[] = [
	'matches',
	'rounds-to',
	'differs',
	'inconsistent',
	'unsettled',
	'uncertain',
	'outside',
	'no-match'
];

export function verdictCounts(result: Pick<CheckResult, 'figures'>): Record<Verdict, number> {
	const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
	for (const f of result.figures) counts[f.verdict]++;
	return counts;
}

export function termCounts(result: Pick<CheckResult, 'terms'>): {
	avoid: number;
	care: number;
	quoted: number;
} {
	let avoid = 0;
	let care = 0;
	let quoted = 0;
	for (const t of result.terms) {
		if (t.quoted) quoted++;
		else if (t.status === 'avoid') avoid++;
		else care++;
	}
	return { avoid, care, quoted };
}

/** Claims on one card at most, so a sentence with thousands of claims never makes one huge card. */
export const CLAIMS_PER_CARD = 6;
/** Claims further apart than this (characters) are not one figure written several ways. */
const SAME_FIGURE_GAP = 120;

/**
 * Figures shown together: consecutive, nearby claims in one sentence matched to the same indicator
 * ("three-quarters (76 per cent, 32 of 42)") are one figure written several ways.
 */
export function groupFigures(figures: FigureResult[]): FigureResult[][] {
	const groups: FigureResult[][] = [];
	for (const f of figures) {
		const group = groups.at(-1);
		const last = group?.at(-1);
		if (
			group &&
			last &&
			f.indicatorId !== null &&
			last.indicatorId === f.indicatorId &&
			last.context.start === f.context.start &&
			f.claim.start - last.claim.end <= SAME_FIGURE_GAP &&
			group.length < CLAIMS_PER_CARD
		)
			group.push(f);
		else groups.push([f]);
	}
	return groups;
}

/**
 * The result's counts and cards, from its figures and terms: what the page's first frame needs
 * without touching each claim (see CheckSummary).
 */
export function summarise(result: Pick<CheckResult, 'figures' | 'terms'>): CheckSummary {
	const termPosition = new Map(result.terms.map((t, i) => [t, i]));
	return {
		verdicts: verdictCounts(result),
		terms: termCounts(result),
		figureCards: groupFigures(result.figures).map((g) => g.length),
		termCards: groupTerms(result.terms).map((g) => ({
			slug: g.slug,
			hits: g.hits.map((h) => termPosition.get(h) as number),
			quoted: g.hits.filter((h) => h.quoted).length
		}))
	};
}

/** Occurrences a wording card lists (the rest are counted). */
export const MAX_SNIPPETS = 12;

/** Where each figure card starts in the result's figures (its first claim's position). */
export function cardStarts(figureCards: number[]): number[] {
	const starts: number[] = [];
	let at = 0;
	for (const n of figureCards) {
		starts.push(at);
		at += n;
	}
	return starts;
}

/**
 * The claims of figure cards [from, to). A card made before is taken from `made` (one per result):
 * the same array each time, so as a long result is drawn a card at a time, the cards already on
 * the page keep their props and are not worked out again at every step.
 */
export function figureCardsOf(
	figures: Listed<FigureResult>,
	figureCards: number[],
	starts: number[],
	from: number,
	to: number,
	made: FigureResult[][] = []
): FigureResult[][] {
	const out: FigureResult[][] = [];
	for (let i = from; i < Math.min(to, figureCards.length); i++)
		out.push((made[i] ??= figures.slice(starts[i], starts[i] + figureCards[i])));
	return out;
}

/** The card holding the figure at `position` in the result's figures (starts ascending), or -1. */
export function cardOfFigure(starts: number[], position: number): number {
	if (position < 0 || starts.length === 0) return -1;
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= position) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}
