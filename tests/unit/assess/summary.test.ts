// The briefing pack's words on the real dataset: the gap summary names exactly the questions
// answered "no" (and options left unticked) with the review's figure beside them, never a total;
// the answers CSV lists every question once, ticks in printed order.
import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonRows } from '../../../src/lib/assess/comparison';
import { answerColumns, answerRows, gapSummaryText } from '../../../src/lib/assess/summary';
import { chartMeta, chartTableRows, domainCharts } from '../../../src/lib/assess/charts';
import { toCsv } from '../../../src/lib/export/csv';
import type { AssessData } from '../../../src/lib/assess/load';
import { assessData } from './dataset';

let data: AssessData;
beforeAll(async () => {
	data = await assessData();
}, 60_000);

const ISP =
	'There are laws requiring Internet Service Providers (ISPs) to report suspected CSAM to law enforcement or to some other mandated agency';
const POSSESSION =
	'There are laws criminalizing knowing possession of child sexual abuse materials (CSAM), regardless of the intent to distribute';
const SET = {
	country: 'Kenya',
	respondent: 'Ministry of ICT',
	answers: { q7: 'yes', q10: 'no', q27: 'no', q17: [POSSESSION, ISP], q8: '=SUM(A1)' }
};

function summary() {
	const rows = comparisonRows(data.questions, data.figures, SET.answers);
	const examples = new Map(data.examples.map((e) => [e.capability_id, e.names]));
	return gapSummaryText({ set: SET, rows, examples, datasetVersion: 'v1', date: '2026-12-04' });
}

describe('gap summary', () => {
	it('names each "no" and unticked option with the review figure, and nothing answered yes', () => {
		const text = summary();
		expect(text).toContain('Self-assessment gap summary: Kenya');
		expect(text).toContain('Question 10: Does the country have a national policy or strategy');
		expect(text).toContain('All surveyed countries: 27 of 42 · 64% · stated');
		expect(text).toContain('Question 27:');
		expect(text).toContain('High-income countries: 15 of 15 · 100% · derived');
		expect(text).toContain('Low- and middle-income countries: 15 of 27 · 56% · derived');
		// Unticked options of an answered checklist are gaps; ticked ones are not.
		expect(text).toContain(
			'Option: There are laws providing for a national sex offender register.'
		);
		expect(text).not.toContain(`Option: ${ISP}`);
		expect(text).not.toContain('Question 7:');
		expect(text).toContain('not assessments');
		expect(text).toContain('Framing the Future');
	});

	it('gives no score, total or rank', () => {
		const text = summary();
		expect(text).toContain('This is not a score or a ranking.');
		expect(text).not.toMatch(/\d+ (?:out )?of \d+ (?:questions|capabilities) (?:answered )?yes/i);
		expect(text).not.toMatch(/\b(ahead of|behind|rank(?:ed)? \d|score:|percentile)/i);
	});
});

describe('answers CSV and chart tables', () => {
	it('lists every question once, ticks in printed order, formulas guarded', () => {
		const rows = answerRows(data.questions, SET);
		expect(rows).toHaveLength(81);
		const q17 = rows.find((r) => r.question_id === 'q17')!;
		expect(q17.answer).toBe(`${POSSESSION} | ${ISP}`);
		expect(q17.review_figures).toContain('c03-hic-isp-reporting');
		expect(rows.find((r) => r.question_id === 'q16')!.review_figures).toBe('');
		const csv = toCsv(answerColumns(), rows);
		expect(csv).toContain(",'=SUM(A1),");
		expect(csv.split('\r\n')[0]).toBe(
			'\ufeffquestion_id,number,section,capability_id,question,answer_type,answer,review_figures'
		);
	});

	it('splits rows into the cross-cutting chart and one chart per domain, three rows a figure', () => {
		const rows = comparisonRows(data.questions, data.figures, SET.answers);
		const charts = domainCharts(rows, data.domains, data.capabilities);
		expect(charts.map((c) => c.key)).toEqual(['mnr', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6']);
		expect(charts.reduce((n, c) => n + c.rows.length, 0)).toBe(rows.length);
		const d1 = charts[1];
		expect(chartTableRows(d1)).toHaveLength(3 * d1.rows.length);
		const meta = chartMeta(d1);
		expect(meta.title).toBe('Policy and Governance: your answers beside the review');
		expect(meta.rows[0]).toMatchObject({ question: '7', your_answer: 'Yes', yes: 32, n: 42 });
		expect(meta.notes.at(-1)).toContain('no score');
		expect(meta.search).toBe('chart=d1');
		expect(meta.path).toBe('/assess');
	});
});
