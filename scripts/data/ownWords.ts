// Own-words check: summaries, notes and labels are ours, so none may repeat a run of 10 or more
// consecutive words from the source documents (12 let an 11-word near-copy through; 9 starts to
// flag plain descriptions such as "used the MNR as a basis for policy development"). Names of laws and bodies live in `subject`,
// which is exempt.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from './load';

export const RUN_LENGTH = 10;

/** Columns written in our own words, per table. */
export const OWN_WORDS_COLUMNS: Record<string, string[]> = {
	countries: ['note'],
	domains: ['summary'],
	capabilities: ['summary', 'why_needed'],
	framework_elements: ['summary'],
	indicators: ['label', 'note', 'method_note'],
	printings: ['note', 'method_note'],
	excluded_figures: ['reason'],
	mentions: ['summary', 'category'],
	terms: ['note', 'method_note'],
	survey_questions: ['text']
};

const words = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[a-z0-9]+/g) ?? [];

/** Every run of RUN_LENGTH words in the source documents (README excluded). */
export function sourceRuns(dir: string): Set<string> {
	const runs = new Set<string>();
	for (const file of readdirSync(dir)) {
		if (file === 'README.md' || !/\.(txt|md)$/.test(file)) continue;
		const w = words(readFileSync(join(dir, file), 'utf8'));
		for (let i = 0; i + RUN_LENGTH <= w.length; i++) runs.add(w.slice(i, i + RUN_LENGTH).join(' '));
	}
	return runs;
}

/** The first copied run in a text, or null. */
export function copiedRun(text: string, runs: Set<string>): string | null {
	const w = words(text);
	for (let i = 0; i + RUN_LENGTH <= w.length; i++) {
		const run = w.slice(i, i + RUN_LENGTH).join(' ');
		if (runs.has(run)) return run;
	}
	return null;
}

export function checkOwnWords(tables: Dataset, runs: Set<string>): string[] {
	const errors: string[] = [];
	for (const [table, cols] of Object.entries(OWN_WORDS_COLUMNS)) {
		tables[table].forEach((row, i) => {
			for (const col of cols) {
				const run = row[col] ? copiedRun(String(row[col]), runs) : null;
				if (run) errors.push(`${table} row ${i + 1} ${col} copies the source: "${run}"`);
			}
		});
	}
	return errors;
}
