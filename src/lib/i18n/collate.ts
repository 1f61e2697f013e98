/**
 * Name order without Intl. `localeCompare` loads ICU's collation data on first use, a long task
 * (~70 ms at the benchmark's CPU 4×) in the map page's hydration, to sort 42 names. For names
 * (letters, accents, spaces, hyphens, apostrophes, brackets) the order a reader expects is the
 * order of the letters with accents and case set aside, then accents, then case — what this
 * compares. tests/unit/i18n/collate.test.ts holds it to `localeCompare` on every name the
 * dataset holds, in the three languages.
 */

/** "Côte d'Ivoire" → "cote d'ivoire": what the first comparison reads. */
function baseLetters(name: string): string {
	return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const bases = new Map<string, string>();
function base(name: string): string {
	let b = bases.get(name);
	if (b === undefined) bases.set(name, (b = baseLetters(name)));
	return b;
}

function codeOrder(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts names as a reader expects: a < b is negative, as `localeCompare`. */
export function compareNames(a: string, b: string): number {
	return (
		codeOrder(base(a), base(b)) ||
		codeOrder(a.normalize('NFD').toLowerCase(), b.normalize('NFD').toLowerCase()) ||
		// Lower case before upper, as collation does ("a" < "A").
		-codeOrder(a, b)
	);
}
