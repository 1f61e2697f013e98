// Checks against the source documents: provenance, coverage of every printed figure, own words.
// They need ../shared/sources (or MNR_SOURCES); without it they are skipped and say so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCurated, type Dataset } from '../../../scripts/data/load';
import { checkProvenance, containsNumber } from '../../../scripts/data/provenance';
import { scanFigures, unaccountedFigures } from '../../../scripts/data/coverage';
import { RUN_LENGTH, checkOwnWords, copiedRun, sourceRuns } from '../../../scripts/data/ownWords';
import { sourcesDir, sourcesPresent } from '../../../scripts/data/sources';

const present = sourcesPresent();
if (!present) console.log(`skipped: sources not found at ${sourcesDir()} (set MNR_SOURCES)`);

describe('scanner and matcher (no sources needed)', () => {
	it('finds percentages, fractions and country counts, with their lines', () => {
		const text = 'Intro\nover two-thirds (67 per\ncent, 28 of 4217) and 15 high-income countries;\nsee %20Glossary 50%55%';
		const hits = scanFigures(text).map((h) => [h.line, h.kind, h.value]);
		expect(hits).toEqual([
			[2, 'pct', 67],
			[3, 'countries', 15],
			[3, 'fraction', 28],
			[4, 'pct', 50],
			[4, 'pct', 55]
		]);
	});

	it('matches numbers with glued footnote markers but not inside other numbers', () => {
		expect(containsNumber('32 of 4217 countries', 42)).toBe(true);
		expect(containsNumber('2,042 items', 42)).toBe(false);
		expect(containsNumber('1.76 ratio', 76)).toBe(false);
	});

	it('spots a copied run of 10 words and ignores shorter ones', () => {
		const runs = new Set(['a b c d e f g h i j']);
		expect(copiedRun('x A b c d e f g h i j y', runs)).toBe('a b c d e f g h i j');
		expect(copiedRun('a b c d e f g h i', runs)).toBeNull();
	});

	it('catches the 11-word near-copy the 12-word check let through (review text, Compensation section)', () => {
		// Footnote 95 of the review, verbatim, and our earlier summary that repeated 11 of its words.
		const review =
			'95. For example, New Zealand\u2019s Ministry of Justice launched an online guide to provide information about the justice process to survivors of sexual violence and their advocates:';
		const runs = new Set<string>();
		const w = review.toLowerCase().match(/[a-z0-9]+/g)!;
		for (let i = 0; i + RUN_LENGTH <= w.length; i++) runs.add(w.slice(i, i + RUN_LENGTH).join(' '));
		const before = 'Footnote 95 cites the justice ministry launching an online guide explaining the justice process to survivors of sexual violence and their advocates.';
		expect(copiedRun(before, runs)).not.toBeNull();
	});
});

describe.skipIf(!present)('against the source documents', () => {
	let tables: Dataset;
	beforeAll(() => {
		tables = loadCurated('data').tables;
	});

	it('every source_ref points at lines that contain what the row says', () => {
		expect(checkProvenance(tables)).toEqual([]);
	});

	it('the provenance check fails when a figure is moved to the wrong lines', () => {
		const moved: Dataset = JSON.parse(JSON.stringify(tables));
		const row = moved.indicators.find((r) => r.indicator_id === 'c01-governance-mechanism')!;
		row.source_ref = 'Glossary, lines 186-190';
		expect(checkProvenance(moved).join('\n')).toMatch(/c01-governance-mechanism.*not found/);
	});

	it('every figure printed in the review is accounted for by a printing or a reviewed exclusion', () => {
		const text = readFileSync(join(sourcesDir(), 'framing-the-future-2022.txt'), 'utf8');
		expect(scanFigures(text).length).toBeGreaterThan(150);
		expect(unaccountedFigures(text, tables).map((h) => `line ${h.line}: ${h.text}`)).toEqual([]);
	});

	it('summaries, notes and labels are in our own words', () => {
		expect(checkOwnWords(tables, sourceRuns(sourcesDir()))).toEqual([]);
	});
});
