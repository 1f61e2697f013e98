// The reviewed question → figure table against the real dataset: every link names an indicator
// that exists, about the question's own capability, and an option the instrument prints; and
// every linked question gets a comparison row with the review's counts.
import { beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_LINKS, linksOf } from '../../../src/lib/assess/figureLinks';
import { comparisonRows } from '../../../src/lib/assess/comparison';
import { optionsOf } from '../../../src/lib/assess/questions';
import type { AssessData } from '../../../src/lib/assess/load';
import { assessData } from './dataset';

let data: AssessData;
beforeAll(async () => {
	data = await assessData();
}, 60_000);

const question = (id: string) => data.questions.find((q) => q.question_id === id)!;
const figure = (id: string) => data.figures.find((f) => f.indicator_id === id);

describe('question → figure links', () => {
	it('loads the 81 questions in printed order', () => {
		expect(data.questions).toHaveLength(81);
		expect(data.questions.map((q) => Number(q.number))).toEqual(
			Array.from({ length: 81 }, (_, i) => i + 1)
		);
	});

	it.each(FIGURE_LINKS.map((l) => [l.question, l.option?.slice(0, 40) ?? '(whole question)', l]))(
		'%s %s: indicator exists, same capability, option printed',
		(_q, _o, link) => {
			const q = question(link.question);
			expect(q, link.question).toBeDefined();
			const f = figure(link.indicator);
			expect(f, link.indicator).toBeDefined();
			expect(f!.capability_id).toBe(q.capability_id);
			if (link.option !== null) {
				expect(q.answer_type).toBe('multi_select');
				expect(optionsOf(q)).toContain(link.option);
			}
		}
	);

	it('links each question or option once, and each figure once', () => {
		const keys = FIGURE_LINKS.map((l) => `${l.question}|${l.option}`);
		expect(new Set(keys).size).toBe(keys.length);
		const indicators = FIGURE_LINKS.map((l) => l.indicator);
		expect(new Set(indicators).size).toBe(indicators.length);
	});

	it('leaves only q16 of the yes/no questions without a figure (the review gives none)', () => {
		const unlinked = data.questions
			.filter((q) => q.answer_type === 'yes_no' && linksOf(q.question_id).length === 0)
			.map((q) => q.question_id);
		expect(unlinked).toEqual(['q16']);
	});

	it('never links an open "details" or "difficulties" question', () => {
		const open = FIGURE_LINKS.map((l) => question(l.question)).filter(
			(q) => q.answer_type === 'open'
		);
		expect(open.map((q) => q.question_id)).toEqual(['q78']);
	});
});

describe('comparison rows on the dataset', () => {
	it('gives one row per link, with the linked figure in its population slot', () => {
		const rows = comparisonRows(data.questions, data.figures, {});
		expect(rows).toHaveLength(FIGURE_LINKS.length);
		for (const r of rows) {
			const slot = r.bars.find((b) => b.population === r.figure.population);
			expect(slot?.figure?.indicator_id, r.key).toBe(r.link.indicator);
			expect(r.yours).toBe('unanswered');
		}
	});

	it('carries the review counts and its income splits where the dataset has them', () => {
		const rows = comparisonRows(data.questions, data.figures, { q7: 'yes', q27: 'no' });
		const counts = (key: string) =>
			rows
				.find((r) => r.key === key)!
				.bars.map((b) => (b.kind === 'value' ? `${b.figure!.yes}/${b.figure!.n}` : b.kind));
		expect(counts('q7')).toEqual(['32/42', 'not-reported', 'not-reported']);
		expect(counts('q27')).toEqual(['30/42', '15/15', '15/27']);
		expect(counts('q30')).toEqual(['29/42', '14/15', '15/27']);
		expect(counts('q17:6')).toEqual(['not-reported', '8/15', 'not-reported']);
		expect(counts('q17:1')).toEqual(['not-reported', 'ambiguous', 'not-reported']);
		expect(counts('q6:2')).toEqual(['35/39', 'not-reported', 'not-reported']);
		expect(rows.find((r) => r.key === 'q7')!.yours).toBe('yes');
		expect(rows.find((r) => r.key === 'q27')!.yours).toBe('no');
	});

	it('refuses a link to a figure or option the dataset does not have', () => {
		const bad = [{ question: 'q7', option: null, indicator: 'c01-nope', note: null }];
		expect(() => comparisonRows(data.questions, data.figures, {}, bad)).toThrow(/c01-nope/);
		const badOption = [
			{
				question: 'q17',
				option: 'Laws about something else',
				indicator: 'c03-hic-isp-reporting',
				note: null
			}
		];
		expect(() => comparisonRows(data.questions, data.figures, {}, badOption)).toThrow(/option/);
	});
});
