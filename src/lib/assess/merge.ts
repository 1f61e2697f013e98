/**
 * Several agencies' answer files for one country, side by side: for every question, who answered
 * what, whether they agree, and a consolidated answer the user picks where they do not. Like a
 * multi-rater assessment, disagreement is shown, never averaged away or settled by majority.
 */
import { sameCountry, type AnswerFile } from './answerFile';
import type { MergeProblem } from '$lib/copy/kinds';
import { isEmptyAnswer, sameAnswer } from './questions';
import type { Answer, AnswerSet, AssessQuestion } from './types';

/** One file in a merge, with the name it is shown under. */
export interface MergeSource {
	/** "Ministry of Justice (justice.json)": the respondent and the file name. */
	label: string;
	file: AnswerFile;
}

/** One distinct answer to a question and which sources gave it. */
export interface AnswerVariant {
	answer: Answer;
	sources: number[];
}

export type Agreement = 'agree' | 'disagree' | 'one' | 'none';

export interface QuestionMerge {
	question: AssessQuestion;
	/** Distinct answers, in the order the sources first give them. */
	variants: AnswerVariant[];
	/** Sources that left the question empty. */
	unanswered: number[];
	/** agree: all who answered say the same (two or more); one: a single source answered. */
	agreement: Agreement;
}

export interface Merge {
	country: string;
	sources: MergeSource[];
	questions: QuestionMerge[];
	/** Questions where answers differ. */
	disagreements: number;
}

export type { MergeProblem };

/** Compare files question by question; refuses fewer than two files or mixed countries. */
export function mergeAnswerFiles(
	sources: MergeSource[],
	questions: AssessQuestion[]
): { ok: true; merge: Merge } | { ok: false; problem: MergeProblem } {
	if (sources.length < 2) return { ok: false, problem: { kind: 'too-few' } };
	const countries: string[] = [];
	for (const s of sources)
		if (!countries.some((c) => sameCountry(c, s.file.country))) countries.push(s.file.country);
	if (countries.length > 1) return { ok: false, problem: { kind: 'countries', countries } };

	const merged = questions.map((question): QuestionMerge => {
		const variants: AnswerVariant[] = [];
		const unanswered: number[] = [];
		sources.forEach((s, i) => {
			const a = s.file.answers[question.question_id];
			if (isEmptyAnswer(a)) {
				unanswered.push(i);
				return;
			}
			const same = variants.find((v) => sameAnswer(v.answer, a as Answer));
			if (same) same.sources.push(i);
			else variants.push({ answer: a as Answer, sources: [i] });
		});
		const answeredBy = sources.length - unanswered.length;
		const agreement: Agreement =
			variants.length === 0
				? 'none'
				: variants.length > 1
					? 'disagree'
					: answeredBy === 1
						? 'one'
						: 'agree';
		return { question, variants, unanswered, agreement };
	});
	return {
		ok: true,
		merge: {
			country: sources[0].file.country,
			sources,
			questions: merged,
			disagreements: merged.filter((q) => q.agreement === 'disagree').length
		}
	};
}

/**
 * The consolidated answer set: where sources agree (or only one answered) their answer; where they
 * disagree, the variant the user chose (by index), or no answer if none was chosen yet.
 */
export function consolidate(merge: Merge, choices: Record<string, number>): AnswerSet {
	const answers: Record<string, Answer> = {};
	for (const q of merge.questions) {
		const id = q.question.question_id;
		if (q.agreement === 'agree' || q.agreement === 'one') answers[id] = q.variants[0].answer;
		else if (q.agreement === 'disagree') {
			const pick = choices[id];
			if (pick !== undefined && q.variants[pick]) answers[id] = q.variants[pick].answer;
		}
	}
	const respondents = merge.sources.map((s) => s.file.respondent).filter(Boolean);
	return {
		country: merge.country,
		respondent: [...new Set(respondents)].join('; '),
		answers
	};
}

/** Disagreements still waiting for a choice. */
export function openChoices(merge: Merge, choices: Record<string, number>): QuestionMerge[] {
	return merge.questions.filter(
		(q) => q.agreement === 'disagree' && choices[q.question.question_id] === undefined
	);
}
