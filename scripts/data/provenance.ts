// Provenance check: every source_ref points at real lines, and those lines contain what the row
// says is printed there (the figure, the country, the term, the question number).
import { parseSourceRef } from '../../src/lib/data/sourceRef';
import { countryNames } from '../../src/lib/data/countryNames';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, Row } from './load';
import { normalise, sourceLines, sourceText, sourcesDir } from './sources';

/** Is the number printed in the text? Allows a footnote marker glued after it ("4217" holds 42). */
export function containsNumber(text: string, value: number): boolean {
	const num = String(value).replace('.', '\\.');
	return new RegExp(`(?<![\\d.,])${num}(?![.,]\\d)`).test(text);
}

const containsPhrase = (text: string, phrase: string) => text.includes(normalise(phrase));

/** Text of every place a reference names, joined; or an error message. */
function referencedText(ref: string): string | Error {
	try {
		return parseSourceRef(ref)
			.map((p) => {
				if (!existsSync(join(sourcesDir(), p.file))) throw new Error(`unknown source file ${p.file}`);
				if (p.to > sourceLines(p.file).length) throw new Error(`lines ${p.from}-${p.to} run past the end of ${p.file}`);
				return sourceText(p.file, p.from, p.to);
			})
			.join(' ');
	} catch (e) {
		return e as Error;
	}
}

type Expectation = (row: Row, text: string, tables: Dataset) => string | null;

const expectations: Record<string, Expectation> = {
	indicators: (r, text) => {
		if (r.pct_printed !== null && !containsNumber(text, r.pct_printed as number))
			return `printed percentage ${r.pct_printed} not found`;
		if (r.status === 'stated' && r.yes !== null && r.pct_printed === null && !containsNumber(text, r.yes as number))
			return `count ${r.yes} not found`;
		return null;
	},
	printings: (r, text) => (containsPhrase(text, String(r.printed)) ? null : `"${r.printed}" not found`),
	excluded_figures: (r, text) => (containsPhrase(text, String(r.printed)) ? null : `"${r.printed}" not found`),
	mentions: (r, text, tables) => {
		const country = tables.countries.find((c) => c.iso3 === r.iso3);
		const names = countryNames(String(r.iso3), String(country?.name));
		return names.some((n) => new RegExp(`(?<![a-z])${normalise(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text))
			? null
			: `none of ${names.join(' / ')} found`;
	},
	countries: (r, text) => (containsPhrase(text, String(r.name)) ? null : `"${r.name}" not found`),
	terms: (r, text) => (containsPhrase(text, String(r.term)) ? null : `term "${r.term}" not found`),
	survey_questions: (r, text) => (containsNumber(text, Number(r.number)) ? null : `question ${r.number} not found`),
	regions: (r, text) => (containsNumber(text, r.countries_printed as number) ? null : `count not found`),
	income_groups: (r, text) => (containsNumber(text, r.countries_printed as number) ? null : `count not found`)
};

export function checkProvenance(tables: Dataset): string[] {
	const errors: string[] = [];
	for (const [table, rows] of Object.entries(tables)) {
		rows.forEach((row, i) => {
			const where = `${table} row ${i + 1} (${row.indicator_id ?? row.iso3 ?? row.term ?? row.question_id ?? ''})`;
			for (const [col, value] of Object.entries(row)) {
				if (!(col === 'source_ref' || col.endsWith('_ref')) || value === null) continue;
				const text = referencedText(String(value));
				if (text instanceof Error) {
					errors.push(`${where} ${col}: ${text.message}`);
					continue;
				}
				if (col !== 'source_ref') continue;
				const problem = expectations[table]?.(row, text, tables);
				if (problem) errors.push(`${where}: ${problem} in ${value}`);
			}
		});
	}
	return errors;
}
