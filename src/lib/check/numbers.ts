/**
 * Numbers written in words, as journalists write them: cardinals up to ninety-nine ("thirty-two
 * countries", "nine in ten") and the shares the review itself uses ("three-quarters", "a third",
 * "half"). Regex sources here are embedded in the claim patterns (claims.ts).
 */

const UNITS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};

const TENS: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};

const tensAlt = Object.keys(TENS).join('|');
const unitsAlt = Object.keys(UNITS)
	.sort((a, b) => b.length - a.length)
	.join('|');

/** A cardinal in words: "nine", "forty-two", "forty two", "a hundred", "one hundred". */
export const WORD_CARDINAL = `(?:(?:${tensAlt})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|${unitsAlt}|(?:a|one)\\s+hundred)`;

/** A number in digits (a decimal point is kept; thousands separators are not numbers we check). */
export const DIGITS = `\\d{1,3}(?:\\.\\d+)?`;

/** The value of a number written in digits or words; NaN when it is neither. */
export function parseNumber(raw: string): number {
	const s = raw.trim().toLowerCase();
	if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
	if (/^(?:a|one)\s+hundred$/.test(s)) return 100;
	if (s in UNITS) return UNITS[s];
	const [tens, unit] = s.split(/[-\s]+/);
	if (tens in TENS) {
		if (unit === undefined) return TENS[tens];
		if (unit in UNITS && UNITS[unit] < 10) return TENS[tens] + UNITS[unit];
	}
	return NaN;
}

/** Decimal places written ("76.2" → 1). */
export function decimalsOf(raw: string): number {
	const m = /\.(\d+)$/.exec(raw.trim());
	return m ? m[1].length : 0;
}

const DENOMINATOR_WORDS: Record<string, number> = {
	half: 2,
	halves: 2,
	third: 3,
	thirds: 3,
	quarter: 4,
	quarters: 4,
	fourth: 4,
	fourths: 4,
	fifth: 5,
	fifths: 5,
	sixth: 6,
	sixths: 6,
	tenth: 10,
	tenths: 10
};

/** "three-quarters", "two thirds", "a third", "one-fifth", "half". */
export const WORD_FRACTION = `(?:(?:a|one|two|three|four|five|seven|nine)[-\\s]+(?:thirds?|quarters?|fourths?|fifths?|sixths?|tenths?)|half)`;

/** The percentage a fraction word stands for ("three-quarters" → 75), or NaN. */
export function parseWordFraction(raw: string): number {
	const s = raw.trim().toLowerCase();
	if (s === 'half') return 50;
	const [num, den] = s.split(/[-\s]+/);
	const numerator = num === 'a' ? 1 : UNITS[num];
	const denominator = DENOMINATOR_WORDS[den];
	if (numerator === undefined || denominator === undefined || numerator >= denominator) return NaN;
	return (100 * numerator) / denominator;
}
