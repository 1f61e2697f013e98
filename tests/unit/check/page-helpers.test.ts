// What the page builds from a result: highlighted runs and blocks, groups and counts, share links;
// and the runner on the main thread (a newer check supersedes a running one).
import { beforeAll, describe, expect, it } from 'vitest';
import { blockOfMark, blocks, charsFrom, segments } from '../../../src/lib/check/highlight';
import { MAX_SHARE, readSharedText, shareUrl } from '../../../src/lib/check/share';
import {
	cardOfFigure,
	cardStarts,
	figureCardsOf,
	groupFigures,
	groupTerms,
	termCounts,
	verdictCounts
} from '../../../src/lib/check/summary';
import { compileDataset, type CompiledDataset } from '../../../src/lib/check/check';
import {
	inputProblem,
	insertProblem,
	lineBreaks,
	MAX_INPUT,
	MAX_LINES
} from '../../../src/lib/check/input';
import { runCheck } from './runCheck';
import { createRunner } from '../../../src/lib/check/runner';
import type { CheckDataset, FigureResult } from '../../../src/lib/check/types';
import { checkDataset } from './dataset';
import { makeLongText } from '../../../scripts/bench/check.js';
import { asOneLine } from '../../../src/lib/check/sentenceSpans';

let dataset: CheckDataset;
let compiled: CompiledDataset;
beforeAll(async () => {
	dataset = await checkDataset();
	compiled = compileDataset(dataset);
}, 60_000);

describe('segments and blocks', () => {
	it('cut the text into plain and highlighted runs that join back to it', () => {
		const text = '76% of countries have a hotline for child pornography, say child offenders.';
		const result = runCheck(text, compiled);
		const segs = segments(text, result);
		expect(segs.map((s) => s.text).join('')).toBe(text);
		expect(segs.filter((s) => s.mark).map((s) => [s.text, s.mark?.kind])).toEqual([
			['76%', 'figure'],
			['child pornography', 'term'],
			['offenders', 'term']
		]);
	});

	it('group runs into blocks cut at line breaks, never inside a highlight', () => {
		const text = makeLongText(20_000);
		const result = runCheck(text, compiled);
		const bs = blocks(segments(text, result), 2000);
		expect(bs.length).toBeGreaterThan(8);
		expect(
			bs
				.flat()
				.map((s) => s.text)
				.join('')
		).toBe(text);
		for (const b of bs.slice(0, -1)) expect(b.at(-1)?.text.endsWith('\n')).toBe(true);
		expect(bs.flat().filter((s) => s.mark).length).toBe(
			result.figures.length + result.terms.length
		);
	});

	it('make blocks of about half a screen of the box, each drawn and laid out in one frame', () => {
		const text = makeLongText(20_000);
		const bs = blocks(segments(text, runCheck(text, compiled)));
		const lengths = bs.map((b) => b.reduce((n, s) => n + s.text.length, 0));
		// Up to 1,000 characters, then on to the next line break (a paragraph is under 300).
		for (const n of lengths) expect(n).toBeLessThanOrEqual(1_300);
		expect(bs.length).toBeGreaterThanOrEqual(16);
		for (const b of bs.slice(0, -1)) expect(b.at(-1)?.text.endsWith('\n')).toBe(true);
	});

	it('count the characters from each block to the end, for "n characters not drawn yet"', () => {
		const text = makeLongText(20_000);
		const bs = blocks(segments(text, runCheck(text, compiled)), 2000);
		const from = charsFrom(bs);
		expect(from).toHaveLength(bs.length + 1);
		expect(from[0]).toBe(text.length);
		expect(from.at(-1)).toBe(0);
		const drawn = bs
			.slice(0, 3)
			.flat()
			.map((s) => s.text)
			.join('');
		expect(from[3]).toBe(text.length - drawn.length);
		expect(charsFrom([])).toEqual([0]);
	});

	it('find the block of any highlight, so a link to one draws up to it', () => {
		const text = makeLongText(20_000);
		const result = runCheck(text, compiled);
		const bs = blocks(segments(text, result), 2000);
		const last = result.figures.at(-1)!;
		const at = blockOfMark(bs, 'figure', last.id);
		expect(at).toBeGreaterThan(bs.length / 2);
		expect(bs[at].some((s) => s.mark?.kind === 'figure' && s.mark.id === last.id)).toBe(true);
		// A term and a figure may share a number: the kind tells them apart.
		const term = result.terms[0];
		const termAt = blockOfMark(bs, 'term', term.id);
		expect(bs[termAt].some((s) => s.mark?.kind === 'term' && s.mark.id === term.id)).toBe(true);
		expect(blockOfMark(bs, 'figure', 10 ** 9)).toBe(-1);
	});
});

describe('groups and counts', () => {
	it('puts one figure written several ways in one group', () => {
		const r = runCheck(
			'Over three-quarters (76 per cent, 32 of 42) of countries have a governance mechanism. 90% have a hotline.',
			compiled
		);
		expect(groupFigures(r.figures).map((g) => g.length)).toEqual([3, 1]);
		expect(verdictCounts(r).matches).toBe(4);
	});

	it('groups term occurrences, terms to avoid first', () => {
		const r = runCheck(
			'Offenders, “child pornography”, child porn and perpetrators and offenders.',
			compiled
		);
		expect(groupTerms(r.terms).map((g) => [g.slug, g.hits.length])).toEqual([
			['term-child-pornography', 2],
			['term-offender', 2],
			['term-perpetrator', 1]
		]);
		expect(termCounts(r)).toEqual({ avoid: 1, care: 3, quoted: 1 });
	});

	it('come made with the result, so the page need not loop over its claims', () => {
		// The bench's text after the review's one figure written three ways (a card of three claims).
		const text =
			'Over three-quarters (76 per cent, 32 of 42) of countries have a governance mechanism.\n\n' +
			makeLongText(20_000);
		const r = runCheck(text, compiled);
		const { summary } = r;
		expect(summary.verdicts).toEqual(verdictCounts(r));
		expect(summary.terms).toEqual(termCounts(r));
		const groups = groupFigures(r.figures);
		expect(summary.figureCards).toEqual(groups.map((g) => g.length));
		expect(summary.termCards).toEqual(
			groupTerms(r.terms).map((g) => ({
				slug: g.slug,
				hits: g.hits.map((h) => r.terms.indexOf(h)),
				quoted: g.hits.filter((h) => h.quoted).length
			}))
		);
		// Cards rebuilt from the counts are the groups, and each figure finds its own card.
		const starts = cardStarts(summary.figureCards);
		expect(figureCardsOf(r.figures, summary.figureCards, starts, 0, groups.length)).toEqual(groups);
		expect(figureCardsOf(r.figures, summary.figureCards, starts, 3, 5)).toEqual(groups.slice(3, 5));
		// Drawn a card at a time, the cards already drawn stay the same arrays (their props do not
		// change, so the page does not work them out again at each step).
		const made: FigureResult[][] = [];
		const before = figureCardsOf(r.figures, summary.figureCards, starts, 0, 4, made);
		const after = figureCardsOf(r.figures, summary.figureCards, starts, 0, 5, made);
		expect(after).toHaveLength(5);
		before.forEach((card, i) => expect(after[i]).toBe(card));
		expect(after).toEqual(groups.slice(0, 5));
		groups.forEach((g, i) => {
			for (const f of g) expect(cardOfFigure(starts, r.figures.indexOf(f))).toBe(i);
		});
		expect(groups.some((g) => g.length > 1)).toBe(true);
		expect(cardOfFigure([], 0)).toBe(-1);
	});
});

describe('input limits and shared links', () => {
	it('refuses empty, blank, over-long and line-break-flooded input', () => {
		expect(inputProblem('')).toBe('empty');
		expect(inputProblem(' \n ')).toBe('blank');
		expect(inputProblem('x'.repeat(MAX_INPUT + 1))).toBe('too-long');
		expect(inputProblem('x'.repeat(MAX_INPUT))).toBeNull();
		expect(inputProblem('76%\n'.repeat(MAX_LINES))).toBeNull();
		expect(inputProblem('76%\n'.repeat(MAX_LINES + 1))).toBe('too-many-lines');
	});

	it('refuses only the pastes that would freeze the text box', () => {
		// The review's own text, pasted raw, has a line break every 60–90 characters: let in.
		expect(insertProblem(makeLongText(200_000).replace(/\. /g, '.\n'))).toBeNull();
		expect(insertProblem('\n'.repeat(200_000))).toBe('too-many-lines');
		expect(insertProblem('\r\n'.repeat(MAX_LINES + 1))).toBe('too-many-lines');
		// An over-long text is let in: the box counts it and the check says how long it is.
		expect(insertProblem('x'.repeat(MAX_INPUT * 5))).toBeNull();
		expect(lineBreaks('a\nb\n\nc')).toBe(3);
		expect(lineBreaks('\n'.repeat(50), 10)).toBe(11);
	});

	it('round-trips a short text through a link and refuses a long one', () => {
		const text = 'Nine in ten countries & “quotes” #hash';
		const url = shareUrl('https://example.org/check?x=1#top', text)!;
		expect(url.startsWith('https://example.org/check?text=')).toBe(true);
		expect(readSharedText(new URL(url).search)).toEqual({ text, truncatedFrom: null, unknown: [] });
		// A link's dataset version is not a setting the page ignores.
		expect(readSharedText(`${new URL(url).search}&v=cf22cfd5a51d&zz=1`).unknown).toEqual(['zz']);
		expect(shareUrl('https://example.org/check', 'x'.repeat(MAX_SHARE + 1))).toBeNull();
		expect(readSharedText(`?text=${'y'.repeat(MAX_SHARE + 5)}&a=1`)).toEqual({
			text: 'y'.repeat(MAX_SHARE),
			truncatedFrom: MAX_SHARE + 5,
			unknown: ['a']
		});
	});
});

describe('runner on the main thread', () => {
	it('checks in slices, and a newer check supersedes a running one', async () => {
		const runner = createRunner(dataset, { worker: false });
		expect(runner.mode).toBe('main-thread');
		const progress: number[] = [];
		const long = runner.run(makeLongText(100_000), (p) => progress.push(p.done));
		const short = runner.run('95% of countries have a child helpline.');
		expect(await long).toBeNull();
		const r = await short;
		expect(r?.figures.all().map((f) => [f.claim.text, f.verdict])).toEqual([['95%', 'matches']]);
		const full = await runner.run(makeLongText(100_000), (p) => progress.push(p.done));
		expect(full?.figures.length).toBeGreaterThan(500);
		expect(progress.length).toBeGreaterThan(0);
		runner.dispose();
	}, 60_000);
});

describe('claim words on a card and in the receipt', () => {
	it('read as one line, joining a word a PDF line break split at its hyphen', () => {
		expect(asOneLine('over two-\nthirds of countries')).toBe('over two-thirds of countries');
		expect(asOneLine('29 of\n41  countries')).toBe('29 of 41 countries');
		// A dash between words with spaces is not a split word.
		expect(asOneLine('children - \nand adults')).toBe('children - and adults');
	});
});
