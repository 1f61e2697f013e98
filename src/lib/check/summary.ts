/** Shaping a result for the page: term occurrences grouped by term, and counts per verdict. */
import type { CheckResult, FigureResult, TermHit, Verdict } from './types';

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

export function verdictCounts(result: CheckResult): Record<Verdict, number> {
	const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
	for (const f of result.figures) counts[f.verdict]++;
	return counts;
}

export function termCounts(result: CheckResult): { avoid: number; care: number; quoted: number } {
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
