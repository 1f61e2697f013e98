// Structural rules every dataset must pass before it is written: types and vocabularies,
// unique keys, referential integrity, count sanity, and honest statuses.
import {
	TABLES,
	TRANSLATED_COLUMNS,
	TRANSLATION_LOCALES,
	tableSpec,
	type TranslatedTable
} from '../../src/lib/data/schema';
import { PRIMARY_SOURCE, parseSourceRef } from '../../src/lib/data/sourceRef';
import {
	READER_NOTE_COLUMNS,
	READER_NOTE_SENTENCES,
	READER_TEXT_COLUMNS,
	builderTextIn,
	sentenceCount
} from '../../src/lib/data/readerText';
import type { Dataset, Row } from './load';

export function validateDataset(tables: Dataset): string[] {
	const errors: string[] = [];
	const ids = (table: string, col: string) => new Set(tables[table].map((r) => r[col]));

	for (const spec of TABLES) {
		const seen = new Set<string>();
		tables[spec.name].forEach((row, i) => {
			const where = `${spec.name} row ${i + 1}`;
			for (const col of spec.columns) {
				if (col.computed) continue;
				const v = row[col.name];
				if (v === null && !col.nullable) errors.push(`${where}: ${col.name} is empty`);
				if (v !== null && col.values && !col.values.includes(String(v)))
					errors.push(`${where}: ${col.name} "${v}" is not one of ${col.values.join(', ')}`);
				if (v !== null && (col.name === 'source_ref' || col.name.endsWith('_ref'))) {
					try {
						parseSourceRef(String(v));
					} catch (e) {
						errors.push(`${where}: ${(e as Error).message}`);
					}
				}
			}
			if (spec.key.every((k) => spec.columns.find((c) => c.name === k)?.computed !== true)) {
				const key = spec.key.map((k) => String(row[k])).join('|');
				if (seen.has(key)) errors.push(`${where}: duplicate key ${key}`);
				seen.add(key);
			}
		});
	}

	const countries = ids('countries', 'iso3');
	const capabilities = ids('capabilities', 'capability_id');
	const domains = ids('domains', 'domain_id');
	const indicators = ids('indicators', 'indicator_id');
	const refCheck = (table: string, col: string, valid: Set<unknown>) =>
		tables[table].forEach((row, i) => {
			if (row[col] !== null && !valid.has(row[col]))
				errors.push(`${table} row ${i + 1}: ${col} "${row[col]}" does not exist`);
		});
	refCheck('capabilities', 'domain_id', domains);
	refCheck('framework_elements', 'domain_id', domains);
	refCheck('indicators', 'capability_id', capabilities);
	refCheck('indicators', 'parent_id', indicators);
	refCheck('printings', 'indicator_id', indicators);
	refCheck('mentions', 'iso3', countries);
	refCheck('mentions', 'capability_id', capabilities);
	refCheck('survey_questions', 'capability_id', capabilities);
	refCheck('countries', 'region', ids('regions', 'region'));
	refCheck('countries', 'income_group', ids('income_groups', 'income_group'));

	errors.push(...printedTwice(tables), ...readerTextProblems(tables), ...translationProblems(tables));

	tables.indicators.forEach((row: Row) => {
		const where = `indicator ${row.indicator_id}`;
		const yes = row.yes as number | null;
		const n = row.n as number | null;
		if (!/^(c\d{2}|x)-[a-z0-9-]+$/.test(String(row.indicator_id)))
			errors.push(`${where}: id must be c<NN>-slug or x-slug`);
		const prefix = String(row.indicator_id).slice(0, 3);
		if (row.capability_id !== null && prefix !== `c${String(row.capability_id).padStart(2, '0')}`)
			errors.push(`${where}: id prefix does not match capability ${row.capability_id}`);
		if (yes !== null && (yes < 0 || (n !== null && yes > n))) errors.push(`${where}: needs 0 ≤ yes ≤ n`);
		if (n !== null && n <= 0) errors.push(`${where}: n must be positive`);
		if (row.status !== 'ambiguous' && (yes === null || n === null))
			errors.push(`${where}: only ambiguous figures may lack yes or n`);
		if (row.status !== 'ambiguous' && row.candidate_values !== null)
			errors.push(`${where}: candidate_values is only for ambiguous figures`);
		if (row.status !== 'stated' && !row.note) errors.push(`${where}: ${row.status} figures need a note`);
	});
	return errors;
}

/** The line numbers a source_ref covers in the primary source (other files are ignored). */
function primaryLines(ref: string): Set<number> {
	const out = new Set<number>();
	try {
		for (const p of parseSourceRef(ref)) if (p.file === PRIMARY_SOURCE) for (let l = p.from; l <= p.to; l++) out.add(l);
	} catch {
		// A malformed reference is reported by the column check above.
	}
	return out;
}

const sameWords = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');

/**
 * A printed number is either a printing of an indicator or a reviewed exclusion, never both: the
 * same characters on overlapping lines may not sit in both tables.
 */
function printedTwice(tables: Dataset): string[] {
	const errors: string[] = [];
	tables.excluded_figures.forEach((e, i) => {
		const lines = primaryLines(String(e.source_ref));
		for (const p of tables.printings) {
			if (!sameWords(String(p.printed), String(e.printed))) continue;
			if ([...primaryLines(String(p.source_ref))].some((l) => lines.has(l)))
				errors.push(
					`excluded_figures row ${i + 1}: "${e.printed}" is also a printing of ${p.indicator_id} (${p.source_ref}); a printed number is one or the other`
				);
		}
	});
	return errors;
}

/**
 * Words shown to readers hold no line numbers and no talk of extraction (those go in method_note),
 * and a reader note is at most two sentences.
 */
function readerTextProblems(tables: Dataset): string[] {
	const errors: string[] = [];
	for (const [table, cols] of Object.entries(READER_TEXT_COLUMNS))
		tables[table].forEach((row, i) => {
			for (const col of cols) {
				const text = row[col] === null ? '' : String(row[col]);
				const found = builderTextIn(text);
				if (found) errors.push(`${table} row ${i + 1} ${col}: "${found}" belongs in method_note, not in words for readers`);
				if (READER_NOTE_COLUMNS[table]?.includes(col) && sentenceCount(text) > READER_NOTE_SENTENCES)
					errors.push(`${table} row ${i + 1} ${col}: a reader note has at most ${READER_NOTE_SENTENCES} sentences`);
			}
		});
	tables.indicators.forEach((row) => {
		if (row.method_note && !row.note)
			errors.push(`indicator ${row.indicator_id}: has a method note but no reader note`);
	});
	return errors;
}

/**
 * Every translation belongs to a label that exists (a translated column of an existing row), and
 * every label has a translation in each language, so no page mixes languages for lack of a row.
 */
export function translationProblems(tables: Dataset): string[] {
	const errors: string[] = [];
	const expected = new Set<string>();
	for (const [table, cols] of Object.entries(TRANSLATED_COLUMNS) as [TranslatedTable, readonly string[]][]) {
		const keyCol = tableSpec(table).key[0];
		for (const row of tables[table])
			for (const col of cols)
				for (const locale of TRANSLATION_LOCALES) expected.add(`${table}|${row[keyCol]}|${col}|${locale}`);
	}
	const found = new Set<string>();
	tables.translations.forEach((row, i) => {
		const key = `${row.table_name}|${row.row_key}|${row.column_name}|${row.locale}`;
		found.add(key);
		if (!expected.has(key))
			errors.push(`translations row ${i + 1}: ${row.table_name} has no translated label ${row.column_name} for "${row.row_key}"`);
		if (row.text !== null && String(row.text).trim() === '') errors.push(`translations row ${i + 1}: text is blank`);
	});
	for (const key of expected)
		if (!found.has(key)) {
			const [table, rowKey, col, locale] = key.split('|');
			errors.push(`translations: ${table} "${rowKey}" ${col} has no ${locale} translation`);
		}
	return errors;
}
