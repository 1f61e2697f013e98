/**
 * The cases the interface has a sentence for: the domain modules (assess, sqlconsole) return these,
 * and copy/en/* turns each into words. They live here, under copy, so the words depend on no
 * feature and every feature can depend on the words.
 */

/** A file the answers page refuses to import, and why (assess/answerFile.ts reads it). */
export type FileProblem =
	| { kind: 'too-large' }
	| { kind: 'damaged'; detail: string }
	| { kind: 'not-answer-file' }
	| { kind: 'newer-version'; version: number }
	| { kind: 'old-version'; version: number }
	| { kind: 'missing-field'; field: string }
	| { kind: 'bad-field'; field: string }
	| { kind: 'bad-answer'; question: string; detail: string }
	| { kind: 'other-country'; country: string; expected: string };

/** Why answer files cannot be merged (assess/merge.ts). */
export type MergeProblem = { kind: 'too-few' } | { kind: 'countries'; countries: string[] };

/** What the user said, for one row of the comparison (assess/comparison.ts). */
export type YourAnswer =
	| 'yes'
	| 'no'
	| 'unknown'
	/** A checklist answered, and this option ticked / not ticked. */
	| 'ticked'
	| 'not-ticked'
	/** An open question or a whole checklist, answered. */
	| 'answered'
	| 'unanswered';

/** Why the SQL console will not run a statement (sqlconsole/statement.ts). */
export type StatementProblem =
	| { kind: 'empty' }
	| { kind: 'several'; count: number }
	| { kind: 'start'; word: string }
	| { kind: 'writes'; word: string }
	| { kind: 'url'; url: string };
