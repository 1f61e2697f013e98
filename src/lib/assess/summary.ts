/**
 * The words and tables of the briefing pack: the answers as CSV rows, and the gap summary, a plain
 * text listing each reported question the user answered "no" (or an option left unticked) next to
 * what the review found, with the countries it names as examples. No totals, no score.
 */
import { copy } from '$lib/copy';
import { reviewCitation } from '$lib/citation';
import type { ChartColumn } from '$lib/export/meta';
import { barValueText, populationName } from '$lib/charts/bars/barLabels';
import { linksOf } from './figureLinks';
import { isGap, type ComparisonRow } from './comparison';
import { optionsOf } from './questions';
import type { AnswerSet, AssessQuestion } from './types';
import { formatReaderRef } from '$lib/data/readerRef';

const t = copy.assess;

/** The answers CSV's columns, headed in the page's language (read at each call). */
export const answerColumns = (): ChartColumn[] =>
	Object.entries(t.csv.columns).map(([key, label]) => ({ key, label }));

/** One CSV row per question, every question listed (empty answer when not answered). */
export function answerRows(questions: AssessQuestion[], set: AnswerSet): Record<string, unknown>[] {
	return questions.map((q) => {
		const a = set.answers[q.question_id];
		const answer = Array.isArray(a)
			? // Ticked options in printed order, separated as the dataset separates options.
				optionsOf(q)
					.filter((o) => a.includes(o))
					.join(' | ')
			: (a ?? '');
		return {
			question_id: q.question_id,
			number: q.number,
			section: t.section(q.section),
			capability_id: q.capability_id,
			question: t.question(q),
			answer_type: q.answer_type,
			answer,
			review_figures: [...new Set(linksOf(q.question_id).map((l) => l.indicator))].join(' | ')
		};
	});
}

/** The review's side of one row: "High-income countries: 8 of 15 · 53% · stated", per population it reports. */
export function figureParts(row: ComparisonRow): string[] {
	return row.bars
		.filter((b) => b.kind !== 'not-reported')
		.map(
			(b) =>
				`${populationName(b.population)}${copy.colon} ${b.kind === 'value' ? barValueText(b) : t.summary.noValue}`
		);
}

const reviewLines = (row: ComparisonRow) => figureParts(row).map((p) => `  - ${p}`);

export interface SummaryInput {
	set: AnswerSet;
	rows: ComparisonRow[];
	/** Countries named as examples, by capability id. */
	examples: Map<number, string[]>;
	datasetVersion: string;
	date: string;
}

export function gapSummaryText({
	set,
	rows,
	examples,
	datasetVersion,
	date
}: SummaryInput): string {
	const s = t.summary;
	const gaps = rows.filter(isGap);
	const unanswered = new Set(
		rows.filter((r) => r.yours === 'unanswered').map((r) => r.question.question_id)
	).size;
	const lines = [
		s.title(set.country.trim() || '—'),
		'',
		s.intro(set.respondent.trim(), date, datasetVersion),
		'',
		s.noScore,
		'',
		s.gapsTitle,
		''
	];
	if (!gaps.length) lines.push(s.noGaps, '');
	for (const row of gaps) {
		lines.push(s.gap(row.question.number, t.question(row.question), row.option));
		lines.push(`  ${s.answered(t.compare.yours[row.yours])}`);
		lines.push(`  ${s.review}${copy.colon} ${row.figure.label}`);
		lines.push(...reviewLines(row));
		if (row.link.note) lines.push(`  ${t.linkNotes[row.link.note]}`);
		lines.push(`  ${s.where(formatReaderRef(row.figure))}`);
		const cap = row.question.capability_id;
		const names = cap === null ? [] : (examples.get(cap) ?? []);
		if (names.length) lines.push(`  ${s.examples(names.join(', '))}`);
		lines.push('');
	}
	if (unanswered) lines.push(s.unanswered(unanswered), '');
	lines.push(`${copy.exports.file.dataSource}:`, reviewCitation, '');
	return lines.join('\n');
}
