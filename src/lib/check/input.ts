/**
 * What a text must be for the check to take it: limits on its length and line breaks, and why a
 * text or a paste is refused. Kept apart from the check itself (check.ts), so the page can test a
 * paste without loading the check's patterns, which run in a worker.
 */

/** Longest text the check accepts (characters). Documented on /check. */
export const MAX_INPUT = 200_000;

/**
 * Most line breaks a text may have. Pasted prose has a few thousand even at 200,000 characters;
 * a browser's text box holding a hundred thousand freezes the page for seconds while it lays
 * them out (one line box each), so such a paste is refused before it reaches the box.
 */
export const MAX_LINES = 10_000;

/** Line breaks in a text, counting no further than `stopAfter`. */
export function lineBreaks(text: string, stopAfter = Infinity): number {
	let n = 0;
	for (let i = text.indexOf('\n'); i >= 0 && n <= stopAfter; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

export type CheckInputProblem = 'empty' | 'blank' | 'too-long' | 'too-many-lines';

/** Why a text cannot be checked, or null. */
export function inputProblem(text: string): CheckInputProblem | null {
	if (text === '') return 'empty';
	if (text.trim() === '') return 'blank';
	if (text.length > MAX_INPUT) return 'too-long';
	if (lineBreaks(text, MAX_LINES) > MAX_LINES) return 'too-many-lines';
	return null;
}

/**
 * Why a paste or drop of this text into the box is refused, or null. Only what would freeze the
 * page is refused; an over-long text is let in (the box counts it and the check says how long).
 */
export function insertProblem(incoming: string): 'too-many-lines' | null {
	// Fewer characters than the limit cannot hold too many line breaks: skip the count.
	if (incoming.length <= MAX_LINES) return null;
	return lineBreaks(incoming, MAX_LINES) > MAX_LINES ? 'too-many-lines' : null;
}
