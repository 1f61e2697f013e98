/**
 * The whole check as a sequence of small steps, so it can run in a Web Worker reporting progress,
 * or on the main thread yielding between steps: compile the dataset once, then find terms, then
 * claims sentence by sentence.
 */
import { extractClaims, type GlueRecord } from './claims';
import { blocks, segments } from './highlight';
import {
	matchClaim,
	misprintsOf,
	reviewWordingsOf,
	sentenceContext,
	type Misprints,
	type ReviewWordings
} from './figures';
import { sentenceSpans } from './sentenceSpans';
import { summarise } from './summary';
import { compileTopics, findPhrases, type PhraseHit, type TopicIndex } from './topics';
import type { CheckDataset, CheckIndicator, CheckResult, FigureResult, TermHit } from './types';
import { applyReplacements, compileTerms, findTerms, type TermIndex } from './wording';

/** Sentences handled per step; a step stays well under a frame on this machine. */
const SENTENCES_PER_STEP = 40;

export interface CompiledDataset {
	topics: TopicIndex;
	terms: TermIndex;
	byId: Map<string, CheckIndicator>;
	misprints: Misprints;
	/** The review's verbal printings with the dataset's judgement of each. */
	wordings: ReviewWordings;
	glue: GlueRecord;
}

export function compileDataset(dataset: CheckDataset): CompiledDataset {
	const bases = new Set<number>();
	for (const i of dataset.indicators) if (i.n !== null) bases.add(i.n);
	return {
		topics: compileTopics(dataset.indicators),
		terms: compileTerms(
			dataset.terms,
			[
				...new Set(dataset.indicators.flatMap((i) => [i.capability_name, i.capability_short_name]))
			].filter((n): n is string => n !== null)
		),
		byId: new Map(dataset.indicators.map((i) => [i.indicator_id, i])),
		misprints: misprintsOf(dataset.printings),
		wordings: reviewWordingsOf(dataset.printings),
		glue: { bases, maxFootnote: Math.max(0, ...dataset.footnotes) }
	};
}

/**
 * The review's words beside one of its own misprints are no green tick: "Almost a quarter (23 per
 * cent, 7 of 41)" holds for the misprinted 23, not for the counts' 17. A word share matched to the
 * same figure as a misprint in its sentence takes the misprint's verdict.
 */
function wordsBesideMisprint(sentence: FigureResult[]): void {
	for (const f of sentence) {
		if (f.verdict !== 'inconsistent') continue;
		for (const w of sentence)
			if (
				w.claim.kind === 'words' &&
				// The review's own words the dataset found to fit the counts stay a match.
				!w.asWorded &&
				w.indicatorId === f.indicatorId &&
				(w.verdict === 'matches' || w.verdict === 'rounds-to')
			) {
				w.verdict = 'inconsistent';
				w.notes = [...f.notes.filter((n) => n.kind === 'misprint'), ...w.notes];
			}
	}
}

export interface CheckProgress {
	/** Characters checked so far. */
	done: number;
	total: number;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The check, one step at a time: each `next()` does a slice of the work and yields progress; the
 * generator's return value is the result.
 */
export function* checkSteps(
	text: string,
	compiled: CompiledDataset
): Generator<CheckProgress, CheckResult, void> {
	const started = now();
	const total = text.length;

	const termHits = findTerms(compiled.terms, text);
	const terms: TermHit[] = termHits.map((h, i) => ({ ...h, id: i + 1 }));
	const corrected = applyReplacements(text, termHits);
	yield { done: 0, total };

	const spans = sentenceSpans(text);
	const figures: FigureResult[] = [];
	let heading = -1;
	const hitsCache = new Map<number, PhraseHit[]>();
	const hitsOf = (i: number): PhraseHit[] => {
		if (i < 0) return [];
		let hits = hitsCache.get(i);
		if (!hits)
			hitsCache.set(i, (hits = findPhrases(compiled.topics, text, spans[i].start, spans[i].end)));
		return hits;
	};

	let headingHits: PhraseHit[] = [];
	for (let i = 0; i < spans.length; i++) {
		const span = spans[i];
		if (span.heading) {
			const hits = findPhrases(compiled.topics, text, span.start, span.end);
			// Only a heading that names a topic replaces the one before ("Current status" does not).
			if (hits.length) [heading, headingHits] = [i, hits];
		}
		const claims = extractClaims(text.slice(span.start, span.end), span.start, compiled.glue);
		if (claims.claims.length) {
			const ctx = sentenceContext(
				compiled.topics,
				text,
				span,
				claims,
				() => hitsOf(i - 1),
				() => (heading >= 0 ? headingHits : [])
			);
			hitsCache.set(i, ctx.hits);
			const inSentence: FigureResult[] = [];
			for (const claim of claims.claims)
				inSentence.push({
					id: figures.length + inSentence.length + 1,
					...matchClaim(
						compiled.topics,
						compiled.byId,
						claim,
						ctx,
						compiled.misprints,
						compiled.wordings
					)
				});
			wordsBesideMisprint(inSentence);
			figures.push(...inSentence);
		}
		hitsCache.delete(i - 2);
		if ((i + 1) % SENTENCES_PER_STEP === 0) yield { done: span.end, total };
	}

	yield { done: total, total };
	const highlighted = blocks(segments(text, { figures, terms }));
	return {
		length: total,
		figures,
		terms,
		corrected,
		elapsedMs: Math.round(now() - started),
		blocks: highlighted,
		summary: summarise({ figures, terms })
	};
}
