/**
 * Number formatting for the interface, in the language of the page being rendered (read at each
 * call, so prerendered /fr/ pages and the browser agree). The language's own rules live in
 * i18n/numbers.ts. Percentages are shown to whole numbers, as the review prints them, unless a caller
 * asks for the recomputed decimal.
 */
import { roundedPct } from '$lib/data/figures';
import { getLocale } from '$lib/paraglide/runtime';
import { numbersFor } from '$lib/i18n/numbers';

const numbers = () => numbersFor(getLocale());

/** "76%" (or "76.2%" with decimals). Null stays visibly empty. */
export function formatPct(value: number | null | undefined, decimals: 0 | 1 = 0): string {
	return numbers().pct(value, decimals);
}

/** "32 of 42". */
export function formatCount(yes: number | null | undefined, n: number | null | undefined): string {
	return numbers().count(yes, n);
}

export function formatInt(value: number): string {
	return numbers().int(value);
}

/** "4.5" / "4,5": exactly `decimals` decimals, with the language's grouping. */
export function formatDecimal(value: number, decimals: number): string {
	return numbers().decimal(value, decimals);
}

/**
 * The whole-number share for yes/n, rounded once from the exact counts (as the review rounds).
 * Rounding the stored one-decimal pct again would turn 38/42 = 90.48 → 90.5 → "91%".
 */
export function formatShare(yes: number | null | undefined, n: number | null | undefined): string {
	if (yes === null || yes === undefined || n === null || n === undefined || n === 0) return '—';
	return numbers().pct(roundedPct(yes, n));
}
