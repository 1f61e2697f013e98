/**
 * Arithmetic on the review's figures: recomputing percentages from counts and deciding whether a
 * printed number agrees with them. Pure functions, shared by the build and the interface.
 */
import type { ValueKind } from './schema';

/** 100·yes/n to one decimal place; null when either count is unknown or n is 0. */
export function recomputePct(yes: number | null, n: number | null): number | null {
	if (yes === null || n === null || n === 0) return null;
	return Math.round((1000 * yes) / n) / 10;
}

/** The whole-number percentage a report would print for yes/n (half rounds up). */
export function roundedPct(yes: number, n: number): number {
	return Math.floor((100 * yes) / n + 0.5);
}

export interface CountsLike {
	yes: number | null;
	n: number | null;
}

export interface PrintingLike {
	printed: string;
	value: number | null;
	value_kind: ValueKind;
}

/** The denominator of an "X of Y" / "X out of Y" printing, or null. */
export function printedDenominator(printed: string): number | null {
	const m = /\b(?:of|out of)\s+(\d+)/i.exec(printed);
	return m ? Number(m[1]) : null;
}

/**
 * Does a printed number agree with the indicator's counts? null when it cannot be judged
 * (a verbal figure, or counts the review does not settle). A percentage agrees when it equals
 * the counts' percentage rounded to a whole number; "over/almost" lower or upper bounds agree
 * when they are on the right side.
 */
export function printingAgrees(p: PrintingLike, ind: CountsLike): boolean | null {
	const { yes, n } = ind;
	if (p.value_kind === 'words' || p.value_kind === 'words_no') return verbalAgrees(p, ind);
	if (p.value === null) return null;
	if (p.value_kind === 'n') return n === null ? null : p.value === n;
	if (yes === null || n === null) return null;
	const bound = /\b(over|more than|almost|nearly|under|less than)\b/i.exec(p.printed)?.[1]?.toLowerCase();
	const exact = (100 * yes) / n;
	const check = (printedPct: number, actual: number): boolean => {
		if (bound === 'over' || bound === 'more than') return actual > printedPct;
		if (bound === 'almost' || bound === 'nearly' || bound === 'under' || bound === 'less than')
			return actual < printedPct;
		return printedPct === Math.floor(actual + 0.5);
	};
	switch (p.value_kind) {
		case 'pct':
			return check(p.value, exact);
		case 'pct_no':
			return check(p.value, 100 - exact);
		case 'count':
			return p.value === yes;
		case 'count_no': {
			const denominator = printedDenominator(p.printed);
			return p.value === n - yes && (denominator === null || denominator === n);
		}
		case 'fraction': {
			const denominator = printedDenominator(p.printed);
			return p.value === yes && (denominator === null || denominator === n);
		}
	}
}

/** The share a verbal printing names: "over three-quarters" is { bound: 'over', share: 75 }. */
export interface VerbalShare {
	bound: 'over' | 'almost' | null;
	/** Percentage the words name; null for "most" (more than half). */
	share: number | null;
}

const SHARE_WORDS: [RegExp, number | null][] = [
	[/\bthree-quarters\b/, 75],
	[/\b(?:a|one)[- ]quarter\b/, 25],
	[/\btwo-thirds\b/, 200 / 3],
	[/\b(?:a|one)[- ]third\b/, 100 / 3],
	[/\bhalf\b/, 50],
	[/\ball\b/, 100],
	[/\bmost\b/, null]
];

/** Read the share a verbal printing names, or null when it names none ("over 40 countries"). */
export function verbalShare(printed: string): VerbalShare | null {
	const text = printed.toLowerCase();
	const found = SHARE_WORDS.find(([re]) => re.test(text));
	if (!found) return null;
	const b = /\b(over|more than|almost|nearly)\b/.exec(text)?.[1];
	const bound = b === 'over' || b === 'more than' ? 'over' : b ? 'almost' : null;
	return { bound, share: found[1] };
}

/** How far below its share "almost" may fall (almost half: 40 to 49 per cent). */
export const ALMOST_FLOOR = 0.8;
/** How far a bare share ("two-thirds") may sit from the whole percentage it describes. */
export const PLAIN_SHARE_SLACK = 5;

/**
 * Does a verbal printing fit the counts? It is judged against the whole percentage a report would
 * print (so "over two-thirds" fits 26 of 39, printed 67): "over X" must exceed X, "almost X" must
 * fall short of X by less than a fifth of it, a bare share must be within 5 points, "most" must be
 * over half and "all" must be every country. words_no printings describe the share without.
 * These bounds are a reader's sense of the words, not the review's; the one verbal printing they
 * reject is "almost a quarter" standing beside a misprinted 23 per cent for 7 of 41 (17 per cent).
 */
function verbalAgrees(p: PrintingLike, { yes, n }: CountsLike): boolean | null {
	const words = verbalShare(p.printed);
	if (!words || yes === null || n === null || n === 0) return null;
	const count = p.value_kind === 'words_no' ? n - yes : yes;
	const pct = roundedPct(count, n);
	if (words.share === null) return pct > 50;
	if (words.share === 100 && words.bound === null) return count === n;
	if (words.bound === 'over') return pct > words.share;
	if (words.bound === 'almost') return pct < words.share && pct >= ALMOST_FLOOR * words.share;
	return Math.abs(pct - words.share) <= PLAIN_SHARE_SLACK;
}
