import { describe, expect, it } from 'vitest';
import { printingAgrees, printedDenominator, recomputePct, roundedPct } from '../../../src/lib/data/figures';
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
		['verbal figures cannot be judged', p('over three-quarters', null, 'words'), media, null],
		['unknown counts cannot be judged', p('19', 19, 'count'), { yes: null, n: null }, null]
	])('%s', (_name, printing, counts, expected) => {
		expect(printingAgrees(printing, counts)).toBe(expected);
	});

	it('reads the denominator of "X of Y" and "X out of Y"', () => {
		expect(printedDenominator('26 out of 42')).toBe(42);
		expect(printedDenominator('32 of 42')).toBe(42);
		expect(printedDenominator('76 per cent')).toBeNull();
	});
});
