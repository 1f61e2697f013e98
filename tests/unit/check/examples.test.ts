// The sample sentences offered on /check, /fr/check and /es/check, run through the real check on
// the dataset: each is in the page's language and shows the verdicts it is there to show (a match,
// a difference, a rounding, a share of people rather than of countries, a term to avoid).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileDataset, type CompiledDataset } from '../../../src/lib/check/check';
import type { Verdict } from '../../../src/lib/check/types';
import { copy } from '../../../src/lib/copy';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import type { Locale } from '../../../src/lib/i18n/locales';
import { checkDataset } from './dataset';
import { runCheck } from './runCheck';

/** Per example, in order: each claim's verdict and figure, and the terms it flags or keeps. */
type Expected = { figures: [Verdict, string | null][]; terms?: string[] };

// The verdicts several languages' examples share (the French and Spanish ones are written alike).
const HOTLINE_AND_HELPLINE: Expected = {
	figures: [
		['matches', 'c12-hotline'],
		['matches', 'c11-child-helpline']
	]
};
const EDUCATION_THREE_WAYS: Expected = {
	figures: [
		['matches', 'c13-education'],
		['matches', 'c13-education'],
		['matches', 'c13-education']
	]
};
const ISP_REPORTING_AND_TERMINOLOGY: Expected = {
	figures: [
		['matches', 'c03-hic-isp-reporting'],
		['matches', 'c21-universal-terminology']
	]
};
const HOTLINE_DIFFERS: Expected = { figures: [['differs', 'c12-hotline']] };
const EDUCATION_ROUNDED: Expected = { figures: [['rounds-to', 'c13-education']] };
const NOT_IN_THE_REVIEW: Expected = { figures: [['outside', null]] };

const EXPECTED: Record<Locale, Expected[]> = {
	en: [
		HOTLINE_AND_HELPLINE,
		{ ...HOTLINE_DIFFERS, terms: ['child pornography'] },
		EDUCATION_THREE_WAYS,
		{ figures: [['differs', 'c14-child-participation']] },
		ISP_REPORTING_AND_TERMINOLOGY,
		{ figures: [], terms: ['Child Pornography (quoted)'] }
	],
	fr: [
		HOTLINE_AND_HELPLINE,
		HOTLINE_DIFFERS,
		EDUCATION_THREE_WAYS,
		EDUCATION_ROUNDED,
		{
			figures: [
				['matches', 'c01-national-policy-strategy'],
				['matches', 'c01-national-policy-strategy'],
				['matches', 'c21-universal-terminology']
			]
		},
		NOT_IN_THE_REVIEW
	],
	es: [
		HOTLINE_AND_HELPLINE,
		HOTLINE_DIFFERS,
		EDUCATION_THREE_WAYS,
		EDUCATION_ROUNDED,
		ISP_REPORTING_AND_TERMINOLOGY,
		NOT_IN_THE_REVIEW
	]
};

let compiled: CompiledDataset;
beforeAll(async () => {
	compiled = compileDataset(await checkDataset());
}, 60_000);

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

const examplesIn = (locale: Locale): string[] => {
	overwriteGetLocale(() => locale);
	return copy.check.examples;
};

describe('the check page’s examples', () => {
	it.each(['en', 'fr', 'es'] as const)('%s: each example gets the verdicts it shows', (locale) => {
		const examples = examplesIn(locale);
		expect(examples).toHaveLength(EXPECTED[locale].length);
		const got = examples.map((text): Expected => {
			const result = runCheck(text, compiled);
			const terms = result.terms.map((t) => (t.quoted ? `${t.text} (quoted)` : t.text));
			return {
				figures: result.figures.map((f) => [f.verdict, f.indicatorId]),
				...(terms.length ? { terms } : {})
			};
		});
		expect(got).toEqual(EXPECTED[locale]);
	});

	it('are written in the page’s language, not the English ones again', () => {
		const english = examplesIn('en');
		for (const locale of ['fr', 'es'] as const) {
			const examples = examplesIn(locale);
			expect(examples.filter((e) => english.includes(e))).toEqual([]);
			expect(examples.join(' ')).not.toMatch(/\b(countries|the|have|of)\b/);
		}
	});

	it('write the French percent sign after a narrow no-break space', () => {
		expect(examplesIn('fr').join(' ')).not.toMatch(/\d[ \u00a0]?%/);
		expect(examplesIn('fr').join(' ')).toMatch(/\d\u202f%/);
	});
});
