/**
 * Number formatting for the interface, locale-aware so other editions (DESIGN.md §8) format
 * their own way. Percentages are shown to whole numbers, as the review prints them, unless a
 * caller asks for the recomputed decimal.
 */
import { locale } from '$lib/copy';
import { roundedPct } from '$lib/data/figures';

const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(locale, {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});

/** "76%" (or "76.2%" with decimals). Null stays visibly empty. */
export function formatPct(value: number | null | undefined, decimals: 0 | 1 = 0): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '—';
	return `${(decimals ? oneDecimal : whole).format(value)}%`;
}

/** "32 of 42". */
export function formatCount(yes: number | null | undefined, n: number | null | undefined): string {
	if (yes === null || yes === undefined || n === null || n === undefined) return 'not settled';
	return `${whole.format(yes)} of ${whole.format(n)}`;
}

export function formatInt(value: number): string {
	return whole.format(value);
}

/**
 * The whole-number share for yes/n, rounded once from the exact counts (as the review rounds).
 * Rounding the stored one-decimal pct again would turn 38/42 = 90.48 → 90.5 → "91%".
 */
export function formatShare(yes: number | null | undefined, n: number | null | undefined): string {
	if (yes === null || yes === undefined || n === null || n === undefined || n === 0) return '—';
	return `${whole.format(roundedPct(yes, n))}%`;
}
