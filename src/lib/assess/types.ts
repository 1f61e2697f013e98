/**
 * The shapes of a self-assessment: one answer per survey question, for one country. Kept apart
 * from the dataset types because answers belong to the user, never to the dataset.
 */
import type { SurveyQuestion } from '$lib/data/types';

/**
 * One answer. Yes/no questions hold "yes" or "no" ("unknown" too where the instrument offers it),
 * a single choice holds the option text, a checklist holds the ticked option texts (as printed,
 * so a file stays readable), and an open question or a number holds the text typed.
 */
export type Answer = string | string[];

/** Everything the user has entered: the country, who answered, and the answers by question id. */
export interface AnswerSet {
	/** The country the answers are for, as the user writes it. */
	country: string;
	/** Optional: the agency or person who answered, to tell files apart when merging. */
	respondent: string;
	answers: Record<string, Answer>;
}

/** The question columns the assessment needs (a subset of `survey_questions`). */
export type AssessQuestion = Pick<
	SurveyQuestion,
	'question_id' | 'number' | 'section' | 'text' | 'answer_type' | 'options' | 'capability_id'
>;

export const emptyAnswerSet = (): AnswerSet => ({ country: '', respondent: '', answers: {} });
