// The review against itself: every sentence of Framing the Future that prints a figure (generated
// from data/printings.csv and the source text by scripts/check/review-corpus.ts), pasted raw from
// the PDF extraction and with its lines joined, must get its own figure and the right verdict, and
// never a "differs". The printings the dataset records as disagreeing with the review's own counts
// must come out as the review's inconsistency.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDataset, type CompiledDataset } from '../../../src/lib/check/check';
import { sourcesPresent } from '../../../scripts/data/sources';
import { buildCorpus } from '../../../scripts/check/review-corpus';
import { checkDataset } from './dataset';
import { runEntry, type CorpusOutcome } from './corpus-run';
import { REVIEW_CORPUS, REVIEW_CORPUS_SKIPPED } from './review-corpus.generated';

/**
 * Printings that do not (yet) get their own figure, each with why. The test fails when one of them
 * starts passing (remove it here) or when any other printing fails.
 */
const KNOWN_MISSES: Record<string, string> = {};

const keyOf = (o: CorpusOutcome) =>
	`${o.entry.indicator_id}|${o.entry.printed}|${o.entry.source_ref}`;

let compiled: CompiledDataset;
let outcomes: CorpusOutcome[];
beforeAll(async () => {
	compiled = compileDataset(await checkDataset());
	outcomes = REVIEW_CORPUS.flatMap((e) => [
		runEntry(e, 'raw', compiled),
		runEntry(e, 'joined', compiled)
	]);
}, 60_000);

describe('the review as a test corpus', () => {
	it('covers the printings that have a sentence, and says why the others are left out', () => {
		expect(REVIEW_CORPUS.length).toBeGreaterThanOrEqual(190);
		for (const s of REVIEW_CORPUS_SKIPPED) expect(s.reason).not.toBe('');
		// Every disagreeing printing with a sentence is in the corpus.
		expect(REVIEW_CORPUS.filter((e) => e.agrees === false).length).toBeGreaterThanOrEqual(3);
	});

	it('gives every printing its own figure and verdict, raw and joined', () => {
		const failing = outcomes.filter((o) => !o.pass && !(keyOf(o) in KNOWN_MISSES));
		expect(
			failing.map((o) => `${o.form} ${keyOf(o)} → ${JSON.stringify(o.got)}`),
			'printings that fail'
		).toEqual([]);
		const fixed = Object.keys(KNOWN_MISSES).filter((k) =>
			outcomes.filter((o) => keyOf(o) === k).every((o) => o.pass)
		);
		expect(fixed, 'known misses that now pass: remove them from KNOWN_MISSES').toEqual([]);
		const pass = (form: string) => outcomes.filter((o) => o.form === form && o.pass).length;
		console.log(
			`review corpus: ${pass('raw')} of ${REVIEW_CORPUS.length} printings pass raw, ${pass('joined')} joined`
		);
	});

	it('never says "differs" about the review’s own sentences', () => {
		const differs = outcomes.flatMap((o) =>
			o.wrongDiffers.map((f) => `${o.form} ${keyOf(o)}: "${f.claim.text}" → ${f.indicatorId}`)
		);
		expect(differs).toEqual([]);
	});

	it('reports the review’s misprints as its own inconsistency', () => {
		const misprints = outcomes.filter((o) => o.entry.agrees === false);
		expect(misprints.length).toBeGreaterThan(0);
		for (const o of misprints) expect(o.got?.verdict, keyOf(o)).toBe('inconsistent');
	});

	it.skipIf(!sourcesPresent())('is up to date with the dataset and the source text', () => {
		const { entries, skipped } = buildCorpus();
		expect(entries).toEqual(REVIEW_CORPUS);
		expect(skipped).toEqual(REVIEW_CORPUS_SKIPPED);
	});
});
