// `npm run data:reader-refs`: fill the reader-reference columns (section, figure, search_phrase,
// phrase_count) of data/*.csv from the source text, for rows where they are empty (all rows with
// --all). The results are curated data: review the diff before committing. Pages stay empty: see
// READER_PAGE_NOTE in src/lib/data/schema.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { csvParse, type DSVRowString } from 'd3-dsv';
import { csvLines, DATASET_CSV } from '../src/lib/export/csv';
import { countryNames } from '../src/lib/data/countryNames';
import { READER_REF_TABLES, curatedFileName, tableSpec } from '../src/lib/data/schema';
import { mainPlace, readerRefFor, sourceIndex, type SourceIndex } from './data/readerRefs';
import { sourcesPresent, sourcesDir } from './data/sources';

if (!sourcesPresent()) {
	console.error(`data:reader-refs: sources not found at ${sourcesDir()} (set MNR_SOURCES)`);
	process.exit(1);
}
const all = process.argv.includes('--all');
const read = (table: string) => csvParse(readFileSync(`data/${curatedFileName(table)}`, 'utf8'));
const indexes = new Map<string, SourceIndex>();
const indexOf = (file: string) => {
	if (!indexes.has(file)) indexes.set(file, sourceIndex(file));
	return indexes.get(file)!;
};

const countries = new Map(read('countries').map((c) => [c.iso3, c.name]));
const printings = read('printings');
/** Preferred printing to anchor an indicator on: a count with its denominator says the most. */
const KIND_ORDER = ['fraction', 'pct', 'count', 'count_no', 'pct_no', 'n', 'words', 'words_no'];

function anchorsFor(table: string, row: DSVRowString): string[] {
	switch (table) {
		case 'printings':
		case 'excluded_figures':
			// "201698" is a year with a footnote marker glued on: a PDF search would not find it.
			return /\d{5,}/.test(row.printed!) ? [] : [row.printed!];
		case 'terms':
			return [row.term!];
		case 'mentions':
			return [row.subject ?? '', ...countryNames(row.iso3!, countries.get(row.iso3!) ?? '')];
		case 'indicators': {
			const own = printings
				.filter((p) => p.indicator_id === row.indicator_id)
				.sort((a, b) => KIND_ORDER.indexOf(a.value_kind!) - KIND_ORDER.indexOf(b.value_kind!))
				.map((p) => p.printed!);
			const place = mainPlace(row.source_ref!).place;
			return [
				...own,
				row.pct_printed ? `${row.pct_printed} per cent` : '',
				/^(Figure|Table|Box) \d+/.exec(place)?.[0] ?? ''
			];
		}
		default:
			return [];
	}
}

let filled = 0;
const missing: string[] = [];
for (const table of READER_REF_TABLES) {
	const rows = read(table);
	for (const [i, row] of rows.entries()) {
		if (!all && row.search_phrase && row.section) continue;
		const place = mainPlace(row.source_ref!);
		// An anchor printed in more than three places gives way to a phrase from a referenced line.
		const ref = readerRefFor(place, anchorsFor(table, row), indexOf(place.file), true);
		row.section = ref.section ?? '';
		row.figure = ref.figure ?? '';
		row.search_phrase = ref.search_phrase ?? '';
		row.phrase_count = ref.phrase_count === null ? '' : String(ref.phrase_count);
		row.page = row.page ?? '';
		if (ref.search_phrase) filled++;
		else missing.push(`${table} row ${i + 1} (${row.source_ref})`);
	}
	// Columns in schema order, so new columns land where the schema puts them.
	const columns = tableSpec(table)
		.columns.filter((c) => !c.computed)
		.map((c) => c.name);
	for (const row of rows) for (const c of columns) row[c] ??= '';
	writeFileSync(
		`data/${curatedFileName(table)}`,
		csvLines(
			columns,
			rows.map((row) => columns.map((c) => row[c])),
			DATASET_CSV
		)
	);
}
console.log(`data:reader-refs: ${filled} phrase(s) written`);
if (missing.length)
	console.log(
		`no phrase found for ${missing.length} row(s); write one by hand:\n  ${missing.join('\n  ')}`
	);
