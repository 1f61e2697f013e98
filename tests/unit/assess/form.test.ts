// The instrument as a form, and the small rules that read it: sections in printed order with
// capability runs, options split as printed, the "skip to" of a No, what counts as the same answer.
import type { AnswerType } from '../../../src/lib/data/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { formSections } from '../../../src/lib/assess/form';
import {
	answerProblem,
	isEmptyAnswer,
	optionsOf,
	sameAnswer,
	skipAfterNo
} from '../../../src/lib/assess/questions';
import { assessChartLayout, ANSWER_ROW } from '../../../src/lib/assess/chartLayout';
import { groupedBarLayout } from '../../../src/lib/charts/bars/layout';
import { comparisonRows } from '../../../src/lib/assess/comparison';
import { barGroupsOf } from '../../../src/lib/assess/chartLayout';
import type { AssessData } from '../../../src/lib/assess/load';
import { assessData } from './dataset';

let data: AssessData;
beforeAll(async () => {
	data = await assessData();
}, 60_000);

describe('form sections', () => {
	it('keeps the instrument order, every question once, runs by capability', () => {
		const sections = formSections(data.questions);
		expect(sections.map((s) => s.name)).toEqual([
			'Introduction',
			'Policy and Governance',
			'Criminal Justice',
			'Victims',
			'Societal',
			'Industry',
			'Media and Communications',
			'Closing'
		]);
		const ids = sections.flatMap((s) =>
			s.runs.flatMap((r) => r.questions.map((q) => q.question_id))
		);
		expect(ids).toEqual(data.questions.map((q) => q.question_id));
		const policy = sections[1].runs.map((r) => [r.capabilityId, r.questions.length]);
		expect(policy).toEqual([
			[1, 6],
			[2, 3],
			[3, 3],
			[null, 2]
		]);
		expect(new Set(sections.map((s) => s.anchor)).size).toBe(sections.length);
	});
});

describe('question rules', () => {
	it('reads printed options and skips', () => {
		const q55 = data.questions.find((q) => q.question_id === 'q55')!;
		expect(optionsOf(q55)).toEqual([
			'Children',
			'Young people',
			'Parents and guardians',
			'Practitioners',
			'Other'
		]);
		expect(skipAfterNo({ options: 'Yes|No (skip to question 9)' })).toBe('9');
		expect(skipAfterNo({ options: null })).toBeNull();
	});

	it('knows empty and same answers', () => {
		expect([undefined, '', '  ', []].every(isEmptyAnswer)).toBe(true);
		expect(isEmptyAnswer('no')).toBe(false);
		expect(sameAnswer(['a', 'b'], ['b', 'a'])).toBe(true);
		expect(sameAnswer(['a'], ['a', 'b'])).toBe(false);
		expect(sameAnswer(' yes', 'yes ')).toBe(true);
		expect(sameAnswer('a', ['a'])).toBe(false);
	});

	it('accepts only the answers a question allows', () => {
		const q = (answer_type: AnswerType, options: string | null = null) => ({
			question_id: 'q',
			number: '1',
			section: 's',
			text: 't',
			answer_type,
			options,
			capability_id: null
		});
		expect(answerProblem(q('yes_no'), 'yes')).toBeNull();
		expect(answerProblem(q('yes_no'), 'unknown')).not.toBeNull();
		expect(answerProblem(q('yes_no_unknown'), 'unknown')).toBeNull();
		expect(answerProblem(q('single_select', 'A|B'), 'B')).toBeNull();
		expect(answerProblem(q('single_select', 'A|B'), 'C')).not.toBeNull();
		expect(answerProblem(q('number'), '12')).toBeNull();
	});
});

describe('comparison chart layout', () => {
	it.each([375, 760])(
		'slots a "your answer" row under each heading at %i px, bars unchanged',
		(width) => {
			const rows = comparisonRows(data.questions, data.figures, { q7: 'yes' }).slice(0, 6);
			const base = groupedBarLayout(barGroupsOf(rows), width);
			const layout = assessChartLayout(rows, width, 'Your answer');
			const h = base.stacked ? ANSWER_ROW.stacked : ANSWER_ROW.wide;
			expect(layout.answers).toHaveLength(rows.length);
			expect(layout.height).toBe(base.height + h * rows.length);
			layout.groups.forEach((g, i) => {
				const before = base.groups[i];
				expect(g.headingY).toBe(before.headingY + h * i);
				// The answer row sits between the heading and the first bar, without overlapping either.
				expect(layout.answers[i].y).toBeGreaterThan(g.headingY);
				expect(layout.answers[i].y + h).toBeLessThanOrEqual(g.rows[0].y);
				g.rows.forEach((r, j) => {
					expect(r.barY - before.rows[j].barY).toBe(h * (i + 1));
					expect(r.length).toBe(before.rows[j].length);
					expect(r.valueText).toBe(before.rows[j].valueText);
				});
			});
		}
	);
});
