// "How the check works" on /check (copy.check.how.items): every paragraph is a message, read in the
// page's language, and the French and Spanish ones describe what the check does in that language:
// the verdict names the page shows, the limits in the language's number format, and examples of
// figures that the check really reads.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { check } from '../../../src/lib/copy/en/check';
import { MAX_INPUT, MAX_LINES } from '../../../src/lib/check/input';
import { MAX_SHARE } from '../../../src/lib/check/share';
import { extractClaims } from '../../../src/lib/check/claims';
import { numbersFor } from '../../../src/lib/i18n/numbers';

const LOCALES = ['en', 'fr', 'es'] as const;
type Locale = (typeof LOCALES)[number];
const catalogue = (locale: Locale) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;

/** The paragraphs' keys, in the order the catalogue lists them (title and link excluded). */
const PARAGRAPH_KEYS = Object.keys(catalogue('en')).filter(
	(k) => k.startsWith('check_how_') && k !== 'check_how_title' && k !== 'check_how_terms_link'
);

const original = getLocale;
afterEach(() => overwriteGetLocale(original));
const itemsIn = (locale: Locale) => {
	overwriteGetLocale(() => locale);
	return check.how.items;
};

describe('how the check works', () => {
	it('has eight paragraphs, each a message read in the page’s language', () => {
		expect(PARAGRAPH_KEYS).toHaveLength(8);
		for (const locale of LOCALES) {
			const texts = catalogue(locale);
			expect(itemsIn(locale)).toEqual(PARAGRAPH_KEYS.map((k) => texts[k]));
		}
	});

	it('is written anew in French and Spanish, paragraph by paragraph', () => {
		const en = itemsIn('en');
		for (const locale of ['fr', 'es'] as const)
			itemsIn(locale).forEach((text, i) => {
				expect(text).not.toBe(en[i]);
				expect(text).not.toBe('');
			});
	});

	const QUOTE = { en: ['“', '”'], fr: ['«\u202f', '\u202f»'], es: ['«', '»'] };
	const VERDICTS = [
		'matches',
		'rounds_to',
		'differs',
		'uncertain',
		'inconsistent',
		'unsettled',
		'outside'
	];

	it.each(LOCALES)(
		'names the verdicts as the %s page shows them, and no other language’s',
		(locale) => {
			const [open, close] = QUOTE[locale];
			const verdicts = itemsIn(locale).find((t) =>
				t.includes(`${open}${catalogue(locale).check_verdict_matches}${close}`)
			);
			expect(verdicts).toBeDefined();
			for (const v of VERDICTS) {
				expect(verdicts).toContain(`${open}${catalogue(locale)[`check_verdict_${v}`]}${close}`);
				for (const other of LOCALES.filter((l) => l !== locale))
					expect(verdicts).not.toContain(catalogue(other)[`check_verdict_${v}`]);
			}
		}
	);

	it.each(LOCALES)('states the check’s limits with %s number formatting', (locale) => {
		const { int } = numbersFor(locale);
		const limits = itemsIn(locale)[PARAGRAPH_KEYS.indexOf('check_how_limits')];
		for (const n of [MAX_INPUT, MAX_LINES, MAX_SHARE]) expect(limits).toContain(`${int(n)} `);
	});

	// Each quoted example of the figures paragraph, followed by the rest of a sentence, is read as
	// a claim: the paragraph promises nothing the check does not do.
	const SENTENCE_END = { fr: ' des pays ont une loi.', es: ' de los países tienen una ley.' };
	it.each(['fr', 'es'] as const)('gives %s examples of figures that the check reads', (locale) => {
		const [open, close] = QUOTE[locale];
		const figures = itemsIn(locale)[PARAGRAPH_KEYS.indexOf('check_how_figures')];
		const examples = [...figures.matchAll(new RegExp(`${open}(.+?)${close}`, 'g'))].map(
			(m) => m[1]
		);
		expect(examples.length).toBeGreaterThan(15);
		const unread = examples.filter(
			(e) => extractClaims(e + SENTENCE_END[locale]).claims.length === 0
		);
		expect(unread).toEqual([]);
	});
});
