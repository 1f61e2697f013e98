// A long paste is held by the page instead of the text box: which pastes, the text it makes (what
// the box held around the paste is kept), and the blocks the read-only view lays out one by one.
import { describe, expect, it } from 'vitest';
import {
	isLongPaste,
	LONG_TEXT,
	pasteInto,
	VIEW_BLOCK_CHARS,
	viewBlocks
} from '../../../src/lib/check/longText';
import { makeLongText, makeStressTexts } from '../../../scripts/bench/check.js';

describe('a long paste', () => {
	it('is one longer than the box takes itself', () => {
		expect(isLongPaste('x'.repeat(LONG_TEXT))).toBe(false);
		expect(isLongPaste('x'.repeat(LONG_TEXT + 1))).toBe(true);
		// The box takes a paragraph or a short article as before.
		expect(isLongPaste(makeLongText(5_000))).toBe(false);
		expect(isLongPaste(makeStressTexts(200_000)['one long line'])).toBe(true);
	});

	it('replaces the selection and keeps what the box held around it', () => {
		expect(pasteInto('', 0, 0, 'new')).toBe('new');
		expect(pasteInto('before after', 7, 7, 'new ')).toBe('before new after');
		expect(pasteInto('keep REPLACE keep', 5, 12, 'new')).toBe('keep new keep');
		// A selection made backwards, or reaching past the end, is the same selection.
		expect(pasteInto('keep REPLACE keep', 12, 5, 'new')).toBe('keep new keep');
		expect(pasteInto('abc', 1, 99, 'X')).toBe('aX');
	});
});

describe('the long-text view', () => {
	const cases: [string, string][] = [
		['an article', makeLongText(100_000)],
		...Object.entries(makeStressTexts(50_000)),
		['no space or line break', 'x'.repeat(5_001)],
		['short', 'Nine in ten countries have a hotline.'],
		['empty', '']
	];
	it.each(cases)('cuts %s into short blocks that join back into the text', (_, text) => {
		const blocks = viewBlocks(text);
		expect(blocks.join('')).toBe(text);
		for (const b of blocks) {
			expect(b.length).toBeGreaterThan(0);
			expect(b.length).toBeLessThanOrEqual(VIEW_BLOCK_CHARS);
		}
	});

	it('cuts after a line break where it can, else after a space', () => {
		const article = viewBlocks(makeLongText(20_000));
		expect(article.length).toBeGreaterThan(1);
		for (const b of article.slice(0, -1)) expect(b.endsWith('\n')).toBe(true);
		const line = viewBlocks(makeStressTexts(20_000)['one long line']);
		for (const b of line.slice(0, -1)) expect(b.endsWith(' ')).toBe(true);
		expect(viewBlocks('ab cd', 4)).toEqual(['ab ', 'cd']);
		expect(viewBlocks('abcdef', 4)).toEqual(['abcd', 'ef']);
	});
});
