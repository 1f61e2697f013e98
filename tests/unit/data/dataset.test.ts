// The curated dataset obeys its contract (DESIGN.md §3 and the dataset issue's rules).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCurated, type Dataset, type Row } from '../../../scripts/data/load';
import { validateDataset } from '../../../scripts/data/validate';
import { deriveDataset } from '../../../scripts/data/derive';
import { sentenceCount } from '../../../src/lib/data/readerText';

let tables: Dataset;
let derived: Dataset;
const count = (rows: Row[], pred: (r: Row) => boolean) => rows.filter(pred).length;
const indicator = (id: string) => derived.indicators.find((r) => r.indicator_id === id)!;

beforeAll(() => {
	const loaded = loadCurated('data');
	expect(loaded.errors).toEqual([]);
	tables = loaded.tables;
	derived = deriveDataset(tables);
});

describe('curated dataset', () => {
	it('passes every structural rule', () => {
		expect(validateDataset(tables)).toEqual([]);
	});

	it('has the 42 countries, 6 domains and 21 capabilities', () => {
		expect(tables.countries).toHaveLength(42);
		expect(tables.domains.map((d) => d.domain_id)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(tables.capabilities.map((c) => c.capability_id)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
	});

	it('reproduces the income-group and regional totals the methodology prints', () => {
		for (const g of tables.income_groups)
			expect(count(tables.countries, (c) => c.income_group === g.income_group), String(g.income_group)).toBe(
				g.countries_printed
			);
		for (const r of tables.regions)
			expect(count(tables.countries, (c) => c.region === r.region), String(r.region)).toBe(r.countries_printed);
		expect(tables.income_groups.map((g) => g.countries_printed)).toEqual([15, 15, 11, 1]);
	});

	it('reproduces the survey and Safe Online totals the review states', () => {
		expect(count(tables.countries, (c) => c.survey === 'alliance')).toBe(17);
		expect(count(tables.countries, (c) => c.survey === 'unicef')).toBe(25);
		expect(count(tables.countries, (c) => c.safe_online === true)).toBe(26);
		expect(indicator('x-safe-online-funded')).toMatchObject({ yes: 26, n: 42 });
	});

	it('draws England and Wales as the United Kingdom and keeps the review\'s name', () => {
		const ew = tables.countries.find((c) => c.iso3 === 'GBR')!;
		expect(ew).toMatchObject({ name: 'England and Wales', map_iso3: 'GBR', survey: 'alliance' });
	});

	it('recomputes every percentage from its counts', () => {
		for (const r of derived.indicators) {
			if (r.yes === null || r.n === null) expect(r.pct).toBeNull();
			else expect(r.pct).toBeCloseTo((100 * (r.yes as number)) / (r.n as number), 1);
		}
		expect(indicator('c01-governance-mechanism')).toMatchObject({ yes: 32, n: 42, pct: 76.2, pct_printed: 76 });
	});

	it('records the review\'s own inconsistencies as discrepancies', () => {
		const flagged = derived.indicators.filter((r) => r.discrepancy).map((r) => r.indicator_id);
		// 23 of 42 is 54.8 %, printed as 54 in the text but 55 in Figures 1 and 12.
		expect(flagged).toContain('c20-media-reporting-support');
		// "23 per cent, 7 of 41" without the workforce capability: 7 of 41 is 17 %.
		expect(flagged).toContain('c09-child-protection-workforce');
		for (const id of flagged) expect(String(indicator(String(id)).note)).toMatch(/\d/);
	});

	it('never assigns a value to an ambiguous figure', () => {
		const ambiguous = derived.indicators.filter((r) => r.status === 'ambiguous');
		expect(ambiguous.length).toBeGreaterThan(0);
		for (const r of ambiguous) expect(r.yes === null || r.n === null, String(r.indicator_id)).toBe(true);
	});

	it('only mentions countries the review covers, each with a summary', () => {
		const iso = new Set(tables.countries.map((c) => c.iso3));
		expect(tables.mentions.length).toBeGreaterThan(300);
		for (const m of tables.mentions) {
			expect(iso.has(m.iso3)).toBe(true);
			expect(String(m.summary).split(/\s+/).length).toBeLessThanOrEqual(45);
		}
	});

	it('has terminology guidance, including the term to avoid that matters most', () => {
		const cp = tables.terms.find((t) => t.term === 'child pornography')!;
		expect(cp.status).toBe('avoid');
		expect(String(cp.use_instead)).toContain('child sexual abuse material');
	});

	it('has the 81 questions of the survey instrument, each with an answer type', () => {
		expect(tables.survey_questions).toHaveLength(81);
		expect(new Set(tables.survey_questions.map((q) => q.answer_type))).toContain('yes_no');
	});
});

describe('reader notes and method notes', () => {
	const builderWords = /\blines?\s+\d+|\bextract|footnote marker|glued/i;

	it('every indicator with a note has both: a short reader note and a method note', () => {
		const withNote = tables.indicators.filter((r) => r.note || r.method_note);
		expect(withNote.length).toBe(78);
		const unsplit = withNote
			.filter((r) => !r.note || !r.method_note || sentenceCount(String(r.note)) > 2 || builderWords.test(String(r.note)))
			.map((r) => r.indicator_id);
		expect(unsplit).toEqual([]);
	});

	it('the builders\' detail moved to the method notes, not lost', () => {
		// The Figure 4 note that was repeated on seven figures: its reading of the chart is a method note.
		const fig4 = tables.indicators.filter((r) => String(r.method_note).includes('11 value pairs in different orders'));
		expect(fig4.length).toBe(7);
		expect(fig4.every((r) => !/extract/i.test(String(r.note)) && /Figure 4/.test(String(r.note)))).toBe(true);
		const workforce = tables.indicators.find((r) => r.indicator_id === 'c09-child-protection-workforce')!;
		expect(String(workforce.method_note)).toMatch(/34 of 41109/);
		expect(String(workforce.note)).toMatch(/23 per cent, 7 of 41/);
	});

	it('printings keep their reading in method_note; reader notes only where a reader needs one', () => {
		const readerNotes = tables.printings.filter((r) => r.note);
		expect(readerNotes.length).toBeGreaterThan(5);
		expect(readerNotes.filter((r) => builderWords.test(String(r.note)) || sentenceCount(String(r.note)) > 2)).toEqual([]);
		expect(tables.printings.filter((r) => r.method_note).length).toBeGreaterThan(150);
	});

	it('counts sentences as a reader would', () => {
		expect(sentenceCount('One country did not answer, so the share is of 41. Every printing agrees.')).toBe(2);
		expect(sentenceCount('23 of 42 is 54.8 per cent, which rounds to 55.')).toBe(1);
		expect(sentenceCount("The review says 'over two-thirds'. It is 67. So?")).toBe(3);
	});
});

describe('validation rejects broken data', () => {
	const broken = (mutate: (t: Dataset) => void): string[] => {
		const copy: Dataset = JSON.parse(JSON.stringify(tables));
		mutate(copy);
		return validateDataset(copy);
	};
	it.each<[string, (t: Dataset) => void, RegExp]>([
		['yes above n', (t) => Object.assign(t.indicators[1], { yes: 99 }), /0 ≤ yes ≤ n/],
		['unknown country', (t) => Object.assign(t.mentions[0], { iso3: 'XXX' }), /iso3 "XXX" does not exist/],
		['unknown capability', (t) => Object.assign(t.mentions[0], { capability_id: 22 }), /capability_id "22"/],
		['bad status', (t) => Object.assign(t.indicators[0], { status: 'guessed' }), /status "guessed"/],
		['bad source_ref', (t) => Object.assign(t.terms[0], { source_ref: 'Glossary' }), /not "<place>, lines A-B"/],
		['missing counts on a stated figure', (t) => Object.assign(t.indicators[1], { yes: null }), /only ambiguous/],
		['derived without a note', (t) => Object.assign(t.indicators.find((r) => r.status === 'derived')!, { note: null }), /need a note/],
		['duplicate id', (t) => t.indicators.push({ ...t.indicators[0] }), /duplicate key/],
		['a line range in a reader note', (t) => Object.assign(t.indicators[0], { note: 'See lines 380-418.' }), /"lines 380-418" belongs in method_note/],
		['extraction talk in a summary', (t) => Object.assign(t.mentions[0], { summary: 'The name is mis-extracted.' }), /belongs in method_note/],
		['a three-sentence reader note', (t) => Object.assign(t.printings[0], { note: 'One. Two. Three.' }), /at most 2 sentences/],
		['a method note without a reader note', (t) => Object.assign(t.indicators[0], { note: null }), /has a method note but no reader note/],
		[
			'a label with no Spanish translation',
			(t) => (t.translations = t.translations.filter((r) => !(r.row_key === '12' && r.column_name === 'short_name' && r.locale === 'es'))),
			/capabilities "12" short_name has no es translation/
		],
		[
			'a translation of a row that does not exist',
			(t) => t.translations.push({ ...t.translations[0], row_key: 'XXX' }),
			/countries has no translated label name for "XXX"/
		],
		[
			'a translation of a column that is not a label',
			(t) => t.translations.push({ ...t.translations[0], column_name: 'source_ref' }),
			/has no translated label source_ref/
		],
		['a draft marked with an unknown status', (t) => Object.assign(t.translations[0], { status: 'machine' }), /status "machine"/],
		[
			// The case that was in the data: the call to action's "over 40 diverse countries" was both.
			'a printing that is also an exclusion',
			(t) =>
				t.excluded_figures.push({
					printed: 'Over 40 diverse  countries',
					source_ref: 'Call to action, lines 4537-4541',
					reason: 'how many countries the review drew on'
				}),
			/"Over 40 diverse {2}countries" is also a printing of x-countries-reviewed/
		]
	])('%s', (_name, mutate, message) => {
		expect(broken(mutate).join('\n')).toMatch(message);
	});
});
