/**
 * Reading the survey instrument as a form: the printed options of a question, the follow-up the
 * instrument skips to after "No", and whether an answer is empty or well-formed for its question.
 * One place for these rules, used by the form, the file check and the merge.
 */
import { copy } from '$lib/copy';
import type { Answer, AssessQuestion } from './types';

/** The printed options of a question, in order (empty for open questions). */
export function optionsOf(q: Pick<AssessQuestion, 'options'>): string[] {
	return q.options ? q.options.split('|').map((o) => o.trim()) : [];
}

/** Values a yes/no question stores, in the order the form shows them. */
export function choiceValues(q: Pick<AssessQuestion, 'answer_type'>): string[] {
	if (q.answer_type === 'yes_no') return ['yes', 'no'];
	if (q.answer_type === 'yes_no_unknown') return ['yes', 'no', 'unknown'];
	return [];
}

/** The question the printed "No (skip to question N)" option sends a respondent to, or null. */
export function skipAfterNo(q: Pick<AssessQuestion, 'options'>): string | null {
	const m = /skip to question (\d+)/i.exec(q.options ?? '');
	return m ? m[1] : null;
}

/** True when an answer holds nothing (no choice, no ticks, only spaces). */
export function isEmptyAnswer(a: Answer | undefined): boolean {
	if (a === undefined) return true;
	if (Array.isArray(a)) return a.length === 0;
	return a.trim() === '';
}

/** Longest text kept for one open answer: room for a long note, not for a pasted book. */
export const MAX_TEXT = 20_000;

/**
 * Why an answer does not fit its question, in the page's words, or null when it does. Checklists
 * must name printed options (each once); choices must be one of the question's values.
 */
export function answerProblem(q: AssessQuestion, a: unknown): string | null {
	const said = copy.assess.files.mismatch;
	switch (q.answer_type) {
		case 'yes_no':
		case 'yes_no_unknown':
			return typeof a === 'string' && choiceValues(q).includes(a)
				? null
				: said({ kind: 'expected-one-of', values: choiceValues(q) });
		case 'single_select':
			return typeof a === 'string' && optionsOf(q).includes(a)
				? null
				: said({ kind: 'expected-option' });
		case 'multi_select': {
			if (!Array.isArray(a) || !a.every((x) => typeof x === 'string'))
				return said({ kind: 'expected-list' });
			const options = optionsOf(q);
			const unknown = a.find((x) => !options.includes(x));
			if (unknown !== undefined)
				return said({ kind: 'not-an-option', option: unknown.slice(0, 60) });
			if (new Set(a).size !== a.length) return said({ kind: 'twice' });
			return null;
		}
		default:
			if (typeof a !== 'string') return said({ kind: 'expected-text' });
			return a.length > MAX_TEXT ? said({ kind: 'too-long', max: MAX_TEXT }) : null;
	}
}

/** Two answers say the same thing (ticks in any order, text ignoring surrounding spaces). */
export function sameAnswer(a: Answer, b: Answer): boolean {
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
	if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
	return false;
}
