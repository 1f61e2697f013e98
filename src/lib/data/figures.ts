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
	if (p.value_kind === 'words' || p.value === null) return null;
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
