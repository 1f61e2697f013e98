/**
 * The instrument laid out as a form: its sections in printed order, and within each section runs
 * of consecutive questions that measure the same capability (or none), so headings follow the
 * review's order without moving any question.
 */
import type { AssessQuestion } from './types';

export interface QuestionRun {
	capabilityId: number | null;
	questions: AssessQuestion[];
}

export interface FormSection {
	name: string;
	/** A stable id for the section's anchor, e.g. "section-policy-and-governance". */
	anchor: string;
	runs: QuestionRun[];
}

export function formSections(questions: AssessQuestion[]): FormSection[] {
	const sections: FormSection[] = [];
	for (const q of questions) {
		let section = sections.at(-1);
		if (!section || section.name !== q.section) {
			section = {
				name: q.section,
				anchor: `section-${q.section.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
				runs: []
			};
			sections.push(section);
		}
		const run = section.runs.at(-1);
		if (run && run.capabilityId === q.capability_id) run.questions.push(q);
		else section.runs.push({ capabilityId: q.capability_id, questions: [q] });
	}
	return sections;
}
