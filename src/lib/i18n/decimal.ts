/**
 * Numbers written without Intl, exactly as Intl.NumberFormat writes them in the explorer's three
 * languages. Why: a page's first Intl.NumberFormat loads ICU's locale data, one task of ~40 ms
 * (~150 ms at the benchmark's CPU 4×) in every page's hydration, only to print "76%".
 * tests/unit/i18n/numbers.test.ts holds this module to Intl's output for every value the
 * dataset can hold and for grouping, rounding ties, signs and tiny and huge values.
 *
 * Intl's rules, as followed here: the number is read as its shortest round-trip decimal (what
 * String(x) gives), percent moves the point two places, and rounding is half away from zero.
 */
import type { Locale } from './locales';

interface Symbols {
	decimal: string;
	group: string;
	/** Digits the integer part needs before it is grouped: Spanish writes 1234 but 12.345. */
	minGroupDigits: number;
	percent: string;
}

/** CLDR's symbols as Intl prints them (French groups with U+202F, puts U+00A0 before %). */
const SYMBOLS: Record<Locale, Symbols> = {
	en: { decimal: '.', group: ',', minGroupDigits: 4, percent: '%' },
	fr: { decimal: ',', group: '\u202f', minGroupDigits: 4, percent: '\u00a0%' },
	es: { decimal: ',', group: '.', minGroupDigits: 5, percent: '\u00a0%' }
};

/** Digits and where the point goes, from the shortest decimal of |x|: 0.285 → ("285", 0). */
function decimalOf(x: number): { digits: string; point: number } {
	const [mantissa, exponent = '0'] = String(Math.abs(x)).split('e');
	const dot = mantissa.indexOf('.');
	const digits = mantissa.replace('.', '');
	return { digits, point: (dot < 0 ? mantissa.length : dot) + Number(exponent) };
}

/** Digits rounded half away from zero to `decimals` places after `point`: integer and fraction. */
function rounded(digits: string, point: number, decimals: number): [string, string] {
	// Pad so the point and the rounding position fall inside the digit string.
	const lead = Math.max(0, 1 - point);
	let all = '0'.repeat(lead) + digits;
	const at = point + lead;
	const keep = at + decimals;
	all = all.padEnd(keep + 1, '0');
	let kept = all.slice(0, keep).split('').map(Number);
	if (Number(all[keep]) >= 5) {
		let i = kept.length - 1;
		while (i >= 0 && kept[i] === 9) kept[i--] = 0;
		if (i < 0) kept = [1, ...kept];
		else kept[i]++;
	}
	const text = kept.join('');
	const intEnd = text.length - decimals;
	return [text.slice(0, intEnd).replace(/^0+(?=\d)/, '') || '0', text.slice(intEnd)];
}

function grouped(int: string, s: Symbols): string {
	if (int.length < s.minGroupDigits) return int;
	return int.replace(/\B(?=(\d{3})+$)/g, s.group);
}

/**
 * `x` written in `locale` with exactly `decimals` decimals, as a percentage of 1 when `percent`
 * (0.76 → "76%"). Null for values Intl writes as words or symbols (NaN, ∞): callers fall back.
 */
export function writeDecimal(
	x: number,
	locale: Locale,
	decimals: number,
	percent = false
): string | null {
	return written(x, locale, decimals, percent, false);
}

/**
 * `x` with at most `decimals` decimals, trailing zeros dropped ("76%", "76.2%"), as Intl writes
 * it with `maximumFractionDigits` alone. Null where Intl writes words or symbols.
 */
export function writeDecimalUpTo(
	x: number,
	locale: Locale,
	decimals: number,
	percent = false
): string | null {
	return written(x, locale, decimals, percent, true);
}

function written(
	x: number,
	locale: Locale,
	decimals: number,
	percent: boolean,
	trim: boolean
): string | null {
	if (!Number.isFinite(x)) return null;
	const s = SYMBOLS[locale];
	const { digits, point } = decimalOf(x);
	const [int, exact] = rounded(digits, point + (percent ? 2 : 0), decimals);
	const fraction = trim ? exact.replace(/0+$/, '') : exact;
	const sign = x < 0 || Object.is(x, -0) ? '-' : '';
	const body = grouped(int, s) + (fraction ? s.decimal + fraction : '');
	return sign + body + (percent ? s.percent : '');
}
