// Runs the review-as-test-corpus through the check and says, for each sentence and form (raw or
// joined), whether the printing got its own figure and the right verdict. Shared by the unit test
// and the figures in the closing note.
import type { CompiledDataset } from '../../../src/lib/check/check';
import { runCheck } from './runCheck';
import type { FigureResult, Verdict } from '../../../src/lib/check/types';
import type { CorpusEntry } from '../../../scripts/check/review-corpus';

export type Form = 'raw' | 'joined';

export interface CorpusOutcome {
	entry: CorpusEntry;
	form: Form;
	pass: boolean;
	/** What the check said about the printed words (null: no claim found there). */
	got: { verdict: Verdict; indicator: string | null; claim: string } | null;
	/** Every "differs" in the passage: each is wrong, since the review's own sentence is pasted. */
	wrongDiffers: FigureResult[];
}

/** A passage as a reader pastes it: the section heading (when there is one), then the sentence. */
export function passage(entry: CorpusEntry, form: Form): { text: string; at: [number, number] } {
	const body = form === 'raw' ? entry.raw : entry.joined;
	let [a, b] = entry.at;
	if (form === 'joined') {
		// Map raw offsets to joined ones: the joined text only shrinks white space and "-\n".
		const shrink = (i: number) =>
			i -
			(entry.raw.slice(0, i).length -
				entry.raw
					.slice(0, i)
					.replace(/-\n(?=[a-z])/g, '-')
					.replace(/[ \t]*\n[ \t]*/g, ' ').length);
		[a, b] = [shrink(a), shrink(b)];
	}
	const head = entry.heading ? `${entry.heading}\n\n` : '';
	return { text: head + body, at: [a + head.length, b + head.length] };
}

/** The review's words for a figure its text does not settle ("most" units) can only be unsettled. */
export function expectedVerdicts(entry: CorpusEntry, compiled: CompiledDataset): Verdict[] {
	if (entry.agrees === false) return ['inconsistent'];
	if (compiled.byId.get(entry.indicator_id)?.yes === null) return ['unsettled'];
	return ['matches', 'rounds-to', 'inconsistent'];
}

/**
 * Does the card name this figure as the claim's? Its own figure, or, where one phrase states two
 * figures the sentence names ("all 15 … criminalize online abuse and 'knowing possession'"), a
 * figure the card says the same words are also about, with the same verdict.
 */
function namesFigure(f: FigureResult, indicatorId: string): boolean {
	return (
		f.indicatorId === indicatorId ||
		f.notes.some((n) => n.kind === 'also-states' && n.indicator_id === indicatorId)
	);
}

export function runEntry(entry: CorpusEntry, form: Form, compiled: CompiledDataset): CorpusOutcome {
	const { text, at } = passage(entry, form);
	const result = runCheck(text, compiled);
	const f = result.figures.find((x) => x.claim.start < at[1] && at[0] < x.claim.end);
	const got = f ? { verdict: f.verdict, indicator: f.indicatorId, claim: f.claim.text } : null;
	const okVerdict = f !== undefined && expectedVerdicts(entry, compiled).includes(f.verdict);
	// "inconsistent" is right for a printing that agrees only when it is a verbal share the
	// review prints beside a misprint; a numeric printing that agrees must match or round.
	const strict =
		f !== undefined &&
		(entry.agrees !== true || f.verdict === 'matches' || f.verdict === 'rounds-to');
	return {
		entry,
		form,
		pass: okVerdict && strict && f!.indicatorId !== null && namesFigure(f!, entry.indicator_id),
		got,
		wrongDiffers: result.figures.filter((x) => x.verdict === 'differs')
	};
}
