// The wording check's parts: quote detection, term patterns, replacements, sentence spans, slugs.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	applyReplacements,
	compileTerms,
	findTerms,
	quoteRegions,
	type TermIndex
} from '../../../src/lib/check/wording';
import { MAX_SENTENCE, sentenceSpans, termSlug } from '../../../src/lib/check/sentenceSpans';
import { checkDataset } from './dataset';

let index: TermIndex;
beforeAll(async () => {
	index = compileTerms((await checkDataset()).terms);
}, 60_000);

describe('quoteRegions', () => {
	it('finds straight and curly, single and double quotations, and not apostrophes', () => {
		const text = `The "A Act", the “B Act”, the ‘C Act’ and the 'D Act' — but not the country's law or don’t.`;
		expect(quoteRegions(text).map((s) => text.slice(s.start, s.end))).toEqual([
			'"A Act"',
			'“B Act”',
			'‘C Act’',
			"'D Act'"
		]);
	});

	it('keeps an apostrophe inside a curly quotation', () => {
		const text = 'the ‘children’s pornography law’ was repealed';
		expect(quoteRegions(text).map((s) => text.slice(s.start, s.end))).toEqual([
			'‘children’s pornography law’'
		]);
	});
});

describe('findTerms', () => {
	it('flags only terms to avoid or use with care, in any case, with plurals', () => {
		const hits = findTerms(
			index,
			'Children labelled OFFENDERS, Perpetrators, remedies and CSAM; child sexual abuse material.'
		);
		expect(hits.map((h) => [h.text, h.term, h.status])).toEqual([
			['OFFENDERS', 'offender', 'use with care'],
			['Perpetrators', 'perpetrator', 'use with care'],
			['remedies', 'remedy', 'use with care']
		]);
	});

	it('prefers the longer term and knows its variants', () => {
		const hits = findTerms(
			index,
			'child pornography, pornography, child porn, revenge pornography.'
		);
		expect(hits.map((h) => [h.text, h.term])).toEqual([
			['child pornography', 'child pornography'],
			['pornography', 'pornography'],
			['child porn', 'child pornography'],
			['revenge pornography', 'revenge porn']
		]);
	});

	it('matches whole words only', () => {
		expect(findTerms(index, 'Pornographic and offendership and advocacygroup.')).toEqual([]);
	});

	it('marks a term inside quotation marks as quoted', () => {
		const hits = findTerms(index, 'The “Child Pornography Act” bans child pornography.');
		expect(hits.map((h) => h.quoted)).toEqual([true, false]);
	});
});

describe('applyReplacements', () => {
	it('replaces unquoted terms to avoid, keeping the case, and nothing else', () => {
		const text = "Child pornography and 'child pornography' and offenders.";
		expect(applyReplacements(text, findTerms(index, text))).toBe(
			"Child sexual abuse material and 'child pornography' and offenders."
		);
	});

	it('is null when nothing changes', () => {
		const text = 'Offenders and “child pornography”.';
		expect(applyReplacements(text, findTerms(index, text))).toBeNull();
	});
});

describe('sentenceSpans', () => {
	it('cuts at full stops before capitals and at line breaks, not in decimals or e.g.', () => {
		const text = 'It is 76.2 per cent, e.g. the hotline. Next one!\nA list item\n\n  Last';
		expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
			'It is 76.2 per cent, e.g. the hotline.',
			'Next one!',
			'A list item',
			'Last'
		]);
	});
});

describe('sentenceSpans on pastes without full stops', () => {
	it('cuts a very long line into pieces of bounded length, at commas where it can', () => {
		const text = 'hotlines in 90 per cent of countries, '.repeat(1000);
		const spans = sentenceSpans(text);
		expect(spans.length).toBeGreaterThan(20);
		for (const s of spans) {
			expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
			expect(text.slice(s.start, s.end)).toMatch(/^hotlines.*,$/);
		}
	});

	it('reads a PDF paste through its single line breaks, and headings apart', () => {
		const text =
			'Hotline\n\nOf the 42 countries surveyed, 90 per cent (38) have a \ndedicated hotline.';
		const spans = sentenceSpans(text);
		expect(spans.map((s) => [text.slice(s.start, s.end), s.heading])).toEqual([
			['Hotline', true],
			['Of the 42 countries surveyed, 90 per cent (38) have a \ndedicated hotline.', false]
		]);
	});
});

describe('termSlug', () => {
	it('makes anchor ids without quotes or accents', () => {
		expect(termSlug('child ‘self-generated’ sexual material')).toBe(
			'term-child-self-generated-sexual-material'
		);
		expect(termSlug('CSAM')).toBe('term-csam');
	});
});
