/**
 * A figure result in words, once, for the result card and the receipt alike: why the verdict,
 * and each note a reader needs before quoting the figure.
 */
import { copy } from '$lib/copy';
import type { CheckIndicator, FigureNote, FigureResult } from './types';

const c = copy.check;

export function explainFigure(f: FigureResult, ind: CheckIndicator | undefined): string {
	const review =
		f.reviewPct !== null && f.reviewCount !== null && ind?.n != null
			? c.explain.review(f.reviewPct, f.reviewCount, ind.n)
			: '';
	switch (f.verdict) {
		case 'matches':
			return f.asWorded ? c.explain.asWorded(review) : c.explain.matches(review);
		case 'rounds-to':
			return c.explain.roundsTo(review);
		case 'differs':
			return c.explain.differs(review, f.deltaPp ?? 0, f.deltaCount);
		case 'inconsistent':
			return c.explain.inconsistent(f.reviewPct);
		case 'unsettled':
			return c.explain.unsettled;
		case 'uncertain':
			return c.explain.uncertain;
		case 'outside':
			return c.explain.outside;
		default:
			return c.explain.noMatch;
	}
}

export function noteText(n: FigureNote): string {
	switch (n.kind) {
		case 'denominator':
			return c.notes.denominator(n.claimed, n.reviewN);
		case 'all-countries':
			return c.notes.allCountries(n.reviewN);
		case 'worldwide':
			return c.notes.worldwide;
		case 'population':
			return c.notes.population(n.population, n.reviewN);
		case 'loose':
			return c.notes.loose(n.reviewPct);
		case 'negated':
			return c.notes.negated;
		case 'candidate':
			return c.explain.candidates(n.values);
		case 'other-base':
			return c.notes.otherBase(n.noun);
		case 'subset':
			return c.notes.subset(n.reviewN, n.parentLabel);
		case 'other-figure-matches':
			return c.notes.otherFigure;
		case 'also-states':
			return c.notes.alsoStates(n.label);
		case 'misprint':
			return c.notes.misprint(n.printedPct, n.countsPct);
		case 'larger-than-base':
			return c.notes.largerThanBase(n.claimed, n.reviewN);
		case 'other-study':
			return c.notes.otherStudy(n.name);
		case 'from-heading':
			return c.notes.fromHeading;
	}
}

/** Does the card name one figure as the claim's (not a verdict that names none, or several)? */
export const namesOneFigure = (f: FigureResult) =>
	f.indicatorId !== null && f.verdict !== 'uncertain' && f.verdict !== 'outside';
