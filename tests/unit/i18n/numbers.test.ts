// Numbers in the three languages, as their readers write them, and the catalogue's words around
// counts. French and Spanish put a no-break space before % (CLDR has moved French between U+00A0
// and the narrow U+202F across versions, so either is accepted, never a breaking space) and French
// groups thousands with a narrow no-break space.
import { describe, expect, it } from 'vitest';
import { numbersFor } from '$lib/i18n/numbers';
import { writeDecimalUpTo } from '$lib/i18n/decimal';
import { INTL_TAG, LOCALES } from '$lib/i18n/locales';
import { formatCount, formatPct, formatShare } from '$lib/format';

const NNBSP = '\u202f';
/** A no-break space of either width. */
const NB = '[\u00a0\u202f]';

describe('percentages', () => {
	it('follow each language', () => {
		expect(numbersFor('en').pct(76)).toBe('76%');
		expect(numbersFor('fr').pct(76)).toMatch(new RegExp(`^76${NB}%$`));
		expect(numbersFor('es').pct(76)).toMatch(new RegExp(`^76${NB}%$`));
	});
	it('use the language’s decimal mark when asked for one decimal', () => {
		expect(numbersFor('en').pct(76.2, 1)).toBe('76.2%');
		expect(numbersFor('fr').pct(76.2, 1)).toMatch(new RegExp(`^76,2${NB}%$`));
		expect(numbersFor('es').pct(76.2, 1)).toMatch(new RegExp(`^76,2${NB}%$`));
	});
	it('round every stored one-decimal value the way the whole-number formatter did', () => {
		// Intl's percent style multiplies by 100 itself: a binary-rounding slip (28.5 → 0.285 →
		// "28%") would change printed figures. Every value the dataset can hold is checked.
		const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
		for (let tenth = 0; tenth <= 1000; tenth++)
			expect(numbersFor('en').pct(tenth / 10)).toBe(`${plain.format(tenth / 10)}%`);
	});
	it('keep missing values visibly empty in every language', () => {
		for (const l of LOCALES) {
			expect(numbersFor(l).pct(null)).toBe('—');
			expect(numbersFor(l).pct(Number.NaN)).toBe('—');
		}
	});
});

describe('counts', () => {
	it('say "of" in each language', () => {
		expect(numbersFor('en').count(32, 42)).toBe('32 of 42');
		expect(numbersFor('fr').count(32, 42)).toBe('32 sur 42');
		expect(numbersFor('es').count(32, 42)).toBe('32 de 42');
	});
	it('say when the text does not settle a count', () => {
		expect(numbersFor('en').count(null, 42)).toBe('not settled');
		expect(numbersFor('fr').count(3, undefined)).toBe('non établi');
		expect(numbersFor('es').count(null, null)).toBe('sin determinar');
	});
	it('group thousands as each language does', () => {
		expect(numbersFor('en').int(12345)).toBe('12,345');
		expect(numbersFor('fr').int(12345)).toBe(`12${NNBSP}345`);
		expect(numbersFor('es').int(12345)).toBe('12.345');
	});
});

describe('the English interface keeps its formats', () => {
	it('through format.ts', () => {
		expect(formatPct(76.2, 1)).toBe('76.2%');
		expect(formatCount(32, 42)).toBe('32 of 42');
		// 38/42 = 90.48: rounded once from the counts, not from the stored 90.5.
		expect(formatShare(38, 42)).toBe('90%');
	});
});

describe('written without Intl, exactly as Intl writes them (decimal.ts)', () => {
	// Intl's first formatter costs every page a long task at hydration, so numbers are written by
	// hand; these hold that hand to Intl's output in each language.
	const intl = (locale: (typeof LOCALES)[number], options: Intl.NumberFormatOptions) =>
		new Intl.NumberFormat(INTL_TAG[locale], options);
	const values = [
		0,
		-0,
		0.5,
		1.5,
		2.5,
		-2.5,
		-0.3,
		999,
		1000,
		1234,
		9999.5,
		12345,
		99999.5,
		1234567.891,
		-1234567,
		1e-7,
		0.000005,
		1e21,
		123456789012345680000,
		Number.MAX_SAFE_INTEGER,
		Number.MIN_VALUE
	];

	it('for every value the dataset can hold, as whole and one-decimal percentages', () => {
		for (const l of LOCALES) {
			const p0 = intl(l, { style: 'percent', maximumFractionDigits: 0 });
			const p1 = intl(l, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
			for (let hundredth = 0; hundredth <= 10000; hundredth++) {
				const v = hundredth / 100;
				expect(numbersFor(l).pct(v)).toBe(p0.format(v / 100));
				expect(numbersFor(l).pct(v, 1)).toBe(p1.format(v / 100));
			}
		}
	}, 30_000);

	it('for shares recomputed from counts, ties, signs, grouping and extremes', () => {
		const shares: number[] = [];
		for (let n = 1; n <= 120; n++) for (let yes = 0; yes <= n; yes++) shares.push((yes / n) * 100);
		for (const l of LOCALES) {
			const p0 = intl(l, { style: 'percent', maximumFractionDigits: 0 });
			const p1 = intl(l, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
			const whole = intl(l, { maximumFractionDigits: 0 });
			for (const v of shares) {
				expect(numbersFor(l).pct(v)).toBe(p0.format(v / 100));
				expect(numbersFor(l).pct(v, 1)).toBe(p1.format(v / 100));
			}
			for (const v of [...values, ...values.map((x) => x * 100)]) {
				expect(numbersFor(l).int(v), `${l} ${v}`).toBe(whole.format(v));
				expect(numbersFor(l).pct(v), `${l} ${v}%`).toBe(p0.format(v / 100));
				expect(numbersFor(l).pct(v, 1), `${l} ${v}%`).toBe(p1.format(v / 100));
			}
			for (let v = 0; v < 200_000; v += 37) expect(numbersFor(l).int(v)).toBe(whole.format(v));
			expect(numbersFor(l).int(Infinity)).toBe(whole.format(Infinity));
		}
	}, 30_000);

	it('with at most one decimal, as the check writes its figures and gaps', () => {
		const shares: number[] = [];
		for (let n = 1; n <= 60; n++) for (let yes = 0; yes <= n; yes++) shares.push(yes / n);
		for (const l of LOCALES) {
			const p = intl(l, { style: 'percent', maximumFractionDigits: 1 });
			const d = intl(l, { maximumFractionDigits: 1 });
			for (const v of [...shares, ...values, 0.7696, 0.0004, -0.0004, 0.995, 1.2345]) {
				expect(writeDecimalUpTo(v, l, 1, true), `${l} ${v}`).toBe(p.format(v));
				expect(writeDecimalUpTo(v * 100, l, 1), `${l} ${v * 100}`).toBe(d.format(v * 100));
			}
			expect(writeDecimalUpTo(Infinity, l, 1)).toBeNull();
		}
	}, 30_000);
});
