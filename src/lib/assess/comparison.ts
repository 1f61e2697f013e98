/**
 * The user's answers beside the review's figures: one row per linked question or checklist option
 * (figureLinks.ts), with a bar for all surveyed countries, high-income and low- and middle-income
 * countries (the figure itself and its income splits from the dataset; "not reported" where the
 * review gives none), and what the user answered. Rows, never totals: nothing here adds answers
 * up, counts "yes", or places the country among others.
 */
import { figureBar, type Bar, type BarFigure } from '$lib/charts/bars/model';
import { FIGURE_LINKS, type FigureLink } from './figureLinks';
import { isEmptyAnswer, optionsOf } from './questions';
import type { Answer, AssessQuestion } from './types';
import type { YourAnswer } from '$lib/copy/kinds';

/** Populations every row shows, in this order. */
export const COMPARISON_SERIES = ['all', 'hic', 'lmic'] as const;

export type { YourAnswer };

export interface ComparisonFigure extends BarFigure {
	capability_id: number | null;
	parent_id: string | null;
}

export interface ComparisonRow {
	/** "q7", or "q17:4" for the fourth option of q17 (1-based, as read). */
	key: string;
	question: AssessQuestion;
	option: string | null;
	link: FigureLink;
	/** The linked figure. */
	figure: ComparisonFigure;
	/** One bar per population in COMPARISON_SERIES. */
	bars: Bar[];
	yours: YourAnswer;
}

/** What one answer says for one row. */
export function yourAnswer(
	q: AssessQuestion,
	option: string | null,
	a: Answer | undefined
): YourAnswer {
	if (isEmptyAnswer(a)) return 'unanswered';
	if (option !== null) return Array.isArray(a) && a.includes(option) ? 'ticked' : 'not-ticked';
	if (q.answer_type === 'yes_no' || q.answer_type === 'yes_no_unknown') {
		return a === 'yes' || a === 'no' || a === 'unknown' ? a : 'unanswered';
	}
	return 'answered';
}

/** True when a row is a gap worth naming: the user said no, or left a listed option unticked. */
export const isGap = (row: ComparisonRow) => row.yours === 'no' || row.yours === 'not-ticked';

/**
 * The bars of a linked figure: the figure in its own population's slot, its income splits (its
 * children about hic or lmic countries) in theirs, and "not reported" elsewhere.
 */
export function barsFor(figure: ComparisonFigure, figures: ComparisonFigure[]): Bar[] {
	return COMPARISON_SERIES.map((population) => {
		const f =
			figure.population === population
				? figure
				: (figures.find(
						(x) => x.parent_id === figure.indicator_id && x.population === population
					) ?? null);
		return figureBar(f, population, `${figure.indicator_id}:${population}`);
	});
}

/**
 * Every comparison row, in the instrument's order. Throws if the link table names an indicator
 * or option the dataset does not have (a unit test keeps that from ever reaching a page).
 */
export function comparisonRows(
	questions: AssessQuestion[],
	figures: ComparisonFigure[],
	answers: Record<string, Answer>,
	links: readonly FigureLink[] = FIGURE_LINKS
): ComparisonRow[] {
	const byId = new Map(figures.map((f) => [f.indicator_id, f]));
	const rows: ComparisonRow[] = [];
	for (const question of questions) {
		for (const link of links.filter((l) => l.question === question.question_id)) {
			const figure = byId.get(link.indicator);
			if (!figure) throw new Error(`${link.question}: no indicator ${link.indicator}`);
			const optionIndex = link.option === null ? -1 : optionsOf(question).indexOf(link.option);
			if (link.option !== null && optionIndex < 0)
				throw new Error(`${link.question}: option not printed: ${link.option}`);
			rows.push({
				key:
					link.option === null
						? question.question_id
						: `${question.question_id}:${optionIndex + 1}`,
				question,
				option: link.option,
				link,
				figure,
				bars: barsFor(figure, figures),
				yours: yourAnswer(question, link.option, answers[question.question_id])
			});
		}
	}
	return rows;
}

/** Rows grouped by a key (the domain of the question's capability), keeping their order. */
export function groupRows<K>(
	rows: ComparisonRow[],
	keyOf: (r: ComparisonRow) => K
): Map<K, ComparisonRow[]> {
	const out = new Map<K, ComparisonRow[]>();
	for (const r of rows) {
		const k = keyOf(r);
		out.set(k, [...(out.get(k) ?? []), r]);
	}
	return out;
}
