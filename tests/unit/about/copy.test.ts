// The about page's own prose: its line references point at what they claim, and it is written in
// our own words (no run of 12 words shared with the sources), like the dataset's notes.
import { describe, expect, it } from 'vitest';
import { copiedRun, sourceRuns } from '../../../scripts/data/ownWords';
import { sourceText, sourcesDir, sourcesPresent } from '../../../scripts/data/sources';
import { about } from '../../../src/lib/copy/en/about';
import { data } from '../../../src/lib/copy/en/data';

const present = sourcesPresent();
if (!present) console.log(`skipped: sources not found at ${sourcesDir()} (set MNR_SOURCES)`);

const REVIEW = 'framing-the-future-2022.txt';

/** For each limitation (in order), and each place it cites, words those lines must hold. */
const EVIDENCE: string[][] = [
	['evaluate', 'evaluate', 'evaluation'],
	['dependent on information', 'respondents'],
	['victim/survivor'],
	['statutory instruments'],
	['terminology'],
	['december 2021'],
	['not exhaustive', 'not exhaustive'],
	['oversimplify', 'legislation'],
	['39 countries responded']
];

/** Every string in a copy object (functions are called with sample arguments). */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value === 'function') {
		const sample = (value as (...a: unknown[]) => unknown).length;
		try {
			return strings(
				(value as (...a: unknown[]) => unknown)(
					...Array.from({ length: sample }, () => ({
						indicators: 1,
						stated: 1,
						derived: 1,
						ambiguous: 1,
						discrepancies: 1,
						printings: 1,
						exclusions: 1,
						mentions: 1,
						terms: 1,
						questions: 1,
						toString: () => '1'
					}))
				)
			);
		} catch {
			return [];
		}
	}
	if (Array.isArray(value)) return value.flatMap(strings);
	// Titles of documents are names, which may be quoted as they are.
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => (k === 'name' ? [] : strings(v)));
	return [];
}

describe.skipIf(!present)('about page prose against the sources', () => {
	it('cites, for each limitation, lines that say it', () => {
		expect(about.limitations.items).toHaveLength(EVIDENCE.length);
		about.limitations.items.forEach((item, i) => {
			expect(item.refs.length, item.text).toBe(EVIDENCE[i].length);
			item.refs.forEach((ref, j) => {
				const text = sourceText(REVIEW, ref.from, ref.to);
				expect(text, `${item.text} → lines ${ref.from}-${ref.to}`).toContain(EVIDENCE[i][j]);
			});
		});
	});

	it('is written in our own words', () => {
		const runs = sourceRuns(sourcesDir());
		for (const text of [...strings(about), ...strings(data)])
			expect(copiedRun(text, runs), text.slice(0, 80)).toBeNull();
	});
});
