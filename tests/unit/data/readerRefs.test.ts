// Reader references: how search phrases are grown from the source text, and — where the sources are
// present — that every phrase in data/ is in the review exactly as often as the row says.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCurated, type Dataset } from '../../../scripts/data/load';
import {
	PRINTED_HEADINGS,
	figureOf,
	flattenRange,
	lineStartPhrase,
	locateHeadings,
	mainPlace,
	phraseCount,
	searchPhrase,
	sectionOf
} from '../../../scripts/data/readerRefs';
import { normalise, sourceLines, sourcesDir, sourcesPresent } from '../../../scripts/data/sources';
import { READER_REF_TABLES } from '../../../src/lib/data/schema';

// Lines 674-678 of the review's text extraction, verbatim: a footnote, the running title (page
// furniture), then a new page whose first sentence has footnote marker 25 glued to "41".
const REVIEW = [
	'24. Not all countries answered this question',
	'',
	'Framing the future: How the Model National Response framework is supporting ',
	' Takedown procedures and reporting: Over two-thirds of surveyed ',
	'countries (73 per cent, 30 of 4125) have procedures to enable the ',
	'removal or blocking of child sexual abuse material. These range '
];
// Elsewhere in the same review: "Over two-thirds of surveyed countries (69 per cent, 29 of 42)"
// and "73 per cent" again, so short phrases are not unique.
const FILE = normalise(
	[
		...REVIEW,
		'End-to-end support: Over two-thirds of surveyed countries (69 per cent, 29 of 42) have integrated support',
		'Over two-thirds of countries (73 per cent, 30 of 41) have procedures'
	].join('\n')
);

describe('search phrases grown from the text (no sources needed)', () => {
	const range = flattenRange(REVIEW, 1, REVIEW.length, false);

	it('never runs across page furniture or a blank line', () => {
		expect(range.text).not.toMatch(/Framing the future/);
		const p = searchPhrase('Takedown procedures', range, FILE)!;
		expect(p.phrase).not.toMatch(/question/);
	});

	it('does not grow past a footnote marker glued to a number', () => {
		const p = searchPhrase('30 of 41', range, FILE)!;
		expect(p.phrase).not.toMatch(/4125|41 25|have/);
		expect(p.phrase).toContain('30 of 41');
	});

	it('grows until the phrase leads to one place, and says how many when it cannot', () => {
		const p = searchPhrase('73 per cent', range, FILE)!;
		expect(p.count).toBe(phraseCount(p.phrase, FILE));
		expect(p.phrase).toMatch(/surveyed countries \(73 per cent|73 per cent, 30 of 41/);
		expect(p.count).toBe(1);
	});

	it('returns nothing when the anchor is not in the referenced lines', () => {
		expect(searchPhrase('54 per cent', range, FILE)).toBeNull();
	});

	it('can start from a line when no anchor fits, with at least three words', () => {
		const p = lineStartPhrase(range, FILE)!;
		expect(p.phrase.split(' ').length).toBeGreaterThanOrEqual(3);
		expect(p.count).toBe(1);
	});

	it('keeps table cells apart: each line of a figure, table or box is its own run', () => {
		const cells = flattenRange(['Leadership 76 24', '', 'Judiciary and prosecutors 88 12'], 1, 3, true);
		const p = searchPhrase('76', cells, normalise('Leadership 76 24 x 76 y 76'))!;
		expect(p.phrase).not.toMatch(/Judiciary/);
	});

	it('names the figure, table or box a place is', () => {
		expect(figureOf('Figure 4')).toBe('Figure 4');
		expect(figureOf('Table 18 Sweden')).toBe('Table 18');
		expect(figureOf('Box 2 Safe Online')).toBe('Box 2');
		expect(figureOf('Hotline: Current status')).toBeNull();
	});
});

const present = sourcesPresent();
if (!present) console.log(`skipped: sources not found at ${sourcesDir()} (set MNR_SOURCES)`);

describe.skipIf(!present)('reader references against the review', () => {
	let tables: Dataset;
	beforeAll(() => {
		tables = loadCurated('data').tables;
	});

	it('finds every printed heading in order, capability sections where they open', () => {
		const headings = locateHeadings(sourceLines('framing-the-future-2022.txt'));
		expect(headings.map((h) => h.text)).toEqual([...PRINTED_HEADINGS]);
		// The chart label "Judiciary and prosecutors" in Figure 5 comes first; the section is later.
		const lines = sourceLines('framing-the-future-2022.txt');
		const judiciary = headings.find((h) => h.text === 'Judiciary and prosecutors')!;
		expect(lines.slice(judiciary.line, judiciary.line + 4).join(' ')).toMatch(/Current status/);
		expect(sectionOf(3360, lines, headings)).toBe('Hotline › Current status');
	});

	it('every row that has a reader reference has a section and a search phrase', () => {
		const missing = READER_REF_TABLES.flatMap((t) =>
			tables[t]
				.filter((r) => !r.section || !r.search_phrase || r.phrase_count === null)
				.map((r) => `${t}: ${r.source_ref}`)
		);
		expect(missing).toEqual([]);
	});

	it('every search phrase occurs in the review exactly as many times as the row says', () => {
		const texts = new Map<string, string>();
		const textOf = (file: string) => {
			if (!texts.has(file)) texts.set(file, normalise(sourceLines(file).join('\n')));
			return texts.get(file)!;
		};
		const wrong = READER_REF_TABLES.flatMap((t) =>
			tables[t]
				.map((r) => {
					const file = mainPlace(String(r.source_ref)).file;
					const found = phraseCount(String(r.search_phrase), textOf(file));
					return found === r.phrase_count ? null : `${t}: "${r.search_phrase}" found ${found}×, row says ${r.phrase_count}`;
				})
				.filter(Boolean)
		);
		expect(wrong).toEqual([]);
	});

	it('the phrase check fails when a phrase is not in the review', () => {
		const text = normalise(sourceLines('framing-the-future-2022.txt').join('\n'));
		// The review prints the hotline figure as "90 per cent (38)" in its Hotline section and as
		// "90 per cent, 38 of 42" in the key findings; the mix of the two is printed nowhere.
		expect(phraseCount('90 per cent (38)', text)).toBe(1);
		expect(phraseCount('90 per cent, 38 of 42', text)).toBe(1);
		expect(phraseCount('90 per cent (38 of 42)', text)).toBe(0);
	});

	it('no page is given in this version (the text cannot settle one)', () => {
		const paged = READER_REF_TABLES.flatMap((t) => tables[t].filter((r) => r.page !== null));
		expect(paged).toEqual([]);
	});
});
