import { describe, expect, it } from 'vitest';
import { printingAgrees, printedDenominator, recomputePct, roundedPct, verbalShare } from '../../../src/lib/data/figures';
import type { ValueKind } from '../../../src/lib/data/schema';

describe('recomputePct', () => {
	it.each([
		[32, 42, 76.2],
		[23, 42, 54.8],
		[7, 41, 17.1],
		[15, 15, 100],
		[0, 25, 0]
	])('%i of %i = %f', (yes, n, pct) => expect(recomputePct(yes, n)).toBe(pct));

	it('is null when a count is unknown or n is 0', () => {
		expect(recomputePct(null, 42)).toBeNull();
		expect(recomputePct(3, null)).toBeNull();
		expect(recomputePct(0, 0)).toBeNull();
	});

	it('rounds half up to whole percentages', () => {
		expect(roundedPct(1, 8)).toBe(13); // 12.5
		expect(roundedPct(23, 42)).toBe(55); // 54.76
	});
});

describe('printingAgrees', () => {
	const media = { yes: 23, n: 42 }; // 54.76 %
	const p = (printed: string, value: number | null, value_kind: ValueKind) => ({ printed, value, value_kind });
	it.each([
		['55 per cent agrees', p('55 per cent', 55, 'pct'), media, true],
		['54 per cent (truncated) disagrees', p('54 per cent', 54, 'pct'), media, false],
		['no-share 45 agrees', p('45', 45, 'pct_no'), media, true],
		['"23 of 42" agrees', p('23 of 42', 23, 'fraction'), media, true],
		['"23 of 41" has the wrong denominator', p('23 of 41', 23, 'fraction'), media, false],
		['count 23 agrees', p('23', 23, 'count'), media, true],
		['count of "no" 19 agrees', p('19 countries', 19, 'count_no'), media, true],
		['"7 of 41" without agrees with 34/41', p('7 of 41', 7, 'count_no'), { yes: 34, n: 41 }, true],
		['"23 per cent" without disagrees with 34/41', p('23 per cent', 23, 'pct_no'), { yes: 34, n: 41 }, false],
		['"Over 60 per cent" agrees with 26/42', p('Over 60 per cent', 60, 'pct'), { yes: 26, n: 42 }, true],
		['"Over 70 per cent" disagrees with 26/42', p('Over 70 per cent', 70, 'pct'), { yes: 26, n: 42 }, false],
		['"almost 20 per cent" agrees with 8/42', p('Almost 20 per cent', 20, 'pct_no'), { yes: 34, n: 42 }, true],
		['a denominator alone', p('39 countries', 39, 'n'), { yes: 35, n: 39 }, true],
		['words naming no share cannot be judged', p('over 40 countries', null, 'words'), { yes: 42, n: 42 }, null],
		['unknown counts cannot be judged', p('19', 19, 'count'), { yes: null, n: null }, null]
	])('%s', (_name, printing, counts, expected) => {
		expect(printingAgrees(printing, counts)).toBe(expected);
	});

	// The review's own verbal printings, each with the counts printed beside it.
	it.each([
		['"Over three-quarters" for 32 of 42 (76)', p('Over three-quarters', null, 'words'), { yes: 32, n: 42 }, true],
		['"Over two-thirds" for 26 of 39 (printed 67)', p('Over two-thirds', null, 'words'), { yes: 26, n: 39 }, true],
		['"almost two-thirds" for 27 of 42 (64)', p('almost two-thirds', null, 'words'), { yes: 27, n: 42 }, true],
		['"Almost half" without, for 24 of 41 with (41 without)', p('Almost half of the countries surveyed', null, 'words_no'), { yes: 24, n: 41 }, true],
		['"Almost a third" without, for 29 of 42 (31 without)', p('Almost a third', null, 'words_no'), { yes: 29, n: 42 }, true],
		['"Almost a quarter" without, for 34 of 41 (17 without)', p('Almost a quarter', null, 'words_no'), { yes: 34, n: 41 }, false],
		['"Almost a quarter" would fit the misprinted 23 per cent', p('Almost a quarter', null, 'words_no'), { yes: 77, n: 100 }, true],
		['"two-thirds" for 19 of 29 (66)', p('two-thirds of countries', null, 'words'), { yes: 19, n: 29 }, true],
		['"Half" for 21 of 42', p('Half', null, 'words'), { yes: 21, n: 42 }, true],
		['"Half" does not fit 28 of 42', p('Half', null, 'words'), { yes: 28, n: 42 }, false],
		['"Most" for 34 of 41', p('Most', null, 'words'), { yes: 34, n: 41 }, true],
		['"Most" does not fit 20 of 42', p('Most', null, 'words'), { yes: 20, n: 42 }, false],
		['"All countries" needs every country', p('All countries', null, 'words'), { yes: 41, n: 42 }, false],
		['"almost all" for 36 of 41 (88)', p('almost all', null, 'words'), { yes: 36, n: 41 }, true],
		['"Over half" does not fit exactly half', p('over half', null, 'words'), { yes: 21, n: 42 }, false]
	])('words: %s', (_name, printing, counts, expected) => {
		expect(printingAgrees(printing, counts)).toBe(expected);
	});

	it('reads the share verbal printings name', () => {
		expect(verbalShare('Over three-quarters of hotlines/portals')).toEqual({ bound: 'over', share: 75 });
		expect(verbalShare('Almost a quarter')).toEqual({ bound: 'almost', share: 25 });
		expect(verbalShare('one-third')).toEqual({ bound: null, share: 100 / 3 });
		expect(verbalShare('Most countries surveyed')).toEqual({ bound: null, share: null });
		expect(verbalShare('over 40 diverse countries')).toBeNull();
	});

	it('reads the denominator of "X of Y" and "X out of Y"', () => {
		expect(printedDenominator('26 out of 42')).toBe(42);
		expect(printedDenominator('32 of 42')).toBe(42);
		expect(printedDenominator('76 per cent')).toBeNull();
	});
});
