// Merging several agencies' files: disagreement shown question by question, never settled by
// majority; the consolidated set takes agreed answers and the user's choices.
import type { AnswerType } from '../../../src/lib/data/schema';
import { describe, expect, it } from 'vitest';
import {
	consolidate,
	mergeAnswerFiles,
	openChoices,
	type MergeSource
} from '../../../src/lib/assess/merge';
import type { AnswerFile } from '../../../src/lib/assess/answerFile';
import type { AssessQuestion } from '../../../src/lib/assess/types';

const q = (id: string, answer_type: AnswerType, options: string | null = null): AssessQuestion => ({
	question_id: id,
	number: id.slice(1),
	section: 'Victims',
	text: `Question ${id}`,
	answer_type,
	options,
	capability_id: 11
});
const QUESTIONS = [
	q('q46', 'yes_no', 'Yes|No (skip to question 48)'),
	q('q47', 'open'),
	q('q55', 'multi_select', 'Children|Young people|Parents and guardians|Practitioners|Other'),
	q('q54', 'yes_no', 'Yes|No (skip to question 57)'),
	q('q58', 'yes_no', 'Yes|No (skip to question 60)')
];

const source = (
	label: string,
	answers: AnswerFile['answers'],
	country = 'Kenya',
	respondent = label
): MergeSource => ({
	label,
	file: {
		format: 'mnr-explorer-self-assessment',
		schemaVersion: 1,
		datasetVersion: 'v',
		country,
		respondent,
		exportedAt: '2026-12-04T00:00:00Z',
		answers
	}
});

const A = source('Health', {
	q46: 'yes',
	q47: 'Run by an NGO ',
	q55: ['Children', 'Parents and guardians'],
	q54: 'yes'
});
const B = source('Justice', {
	q46: 'no',
	q47: 'Run by an NGO',
	q55: ['Parents and guardians', 'Children']
});
const C = source('Interior', { q46: 'no', q54: 'yes' });

describe('merge', () => {
	it('needs two files for one country', () => {
		expect(mergeAnswerFiles([A], QUESTIONS)).toEqual({ ok: false, problem: { kind: 'too-few' } });
		expect(
			mergeAnswerFiles([A, source('X', {}, 'Uganda'), source('Y', {}, ' kenya')], QUESTIONS)
		).toEqual({
			ok: false,
			problem: { kind: 'countries', countries: ['Kenya', 'Uganda'] }
		});
	});

	it('shows who answered what, question by question', () => {
		const r = mergeAnswerFiles([A, B, C], QUESTIONS);
		if (!r.ok) throw new Error('merge refused');
		const by = Object.fromEntries(r.merge.questions.map((m) => [m.question.question_id, m]));
		// Two say no, one says yes: still a disagreement, not a majority verdict.
		expect(by.q46.agreement).toBe('disagree');
		expect(by.q46.variants).toEqual([
			{ answer: 'yes', sources: [0] },
			{ answer: 'no', sources: [1, 2] }
		]);
		// Same text apart from spaces, same ticks in another order: agreement.
		expect(by.q47).toMatchObject({ agreement: 'agree', unanswered: [2] });
		expect(by.q55.agreement).toBe('agree');
		expect(by.q54).toMatchObject({ agreement: 'agree', unanswered: [1] });
		expect(by.q58).toMatchObject({ agreement: 'none', unanswered: [0, 1, 2] });
		expect(r.merge.disagreements).toBe(1);
	});

	it('consolidates agreed answers and the chosen ones, and leaves undecided ones empty', () => {
		const r = mergeAnswerFiles([A, B, C], QUESTIONS);
		if (!r.ok) throw new Error('merge refused');
		expect(openChoices(r.merge, {}).map((m) => m.question.question_id)).toEqual(['q46']);
		const undecided = consolidate(r.merge, {});
		expect(undecided.answers.q46).toBeUndefined();
		expect(undecided.answers.q47).toBe('Run by an NGO ');
		const chosen = consolidate(r.merge, { q46: 1 });
		expect(chosen).toEqual({
			country: 'Kenya',
			respondent: 'Health; Justice; Interior',
			answers: {
				q46: 'no',
				q47: 'Run by an NGO ',
				q55: ['Children', 'Parents and guardians'],
				q54: 'yes'
			}
		});
		expect(openChoices(r.merge, { q46: 1 })).toEqual([]);
	});

	it('counts a question only one file answers as answered by one', () => {
		const r = mergeAnswerFiles([A, source('Other', {})], QUESTIONS);
		if (!r.ok) throw new Error('merge refused');
		expect(r.merge.questions[0]).toMatchObject({ agreement: 'one', unanswered: [1] });
		expect(consolidate(r.merge, {}).answers.q46).toBe('yes');
	});
});
