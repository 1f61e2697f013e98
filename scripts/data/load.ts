// Reads the curated CSV tables in data/ and types each cell by the schema.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { TABLES, curatedFileName, type ColumnSpec } from '../../src/lib/data/schema';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;
export type Dataset = Record<string, Row[]>;

export interface LoadResult {
	tables: Dataset;
	errors: string[];
}

function coerce(raw: string, col: ColumnSpec, where: string, errors: string[]): Cell {
	if (raw === '') return null;
	if (raw !== raw.trim()) errors.push(`${where}: leading or trailing spaces in ${col.name}`);
	switch (col.type) {
		case 'string':
			return raw;
		case 'int':
			if (!/^-?\d+$/.test(raw)) errors.push(`${where}: ${col.name} "${raw}" is not a whole number`);
			return Number(raw);
		case 'float':
			if (!/^-?\d+(\.\d+)?$/.test(raw)) errors.push(`${where}: ${col.name} "${raw}" is not a number`);
			return Number(raw);
		case 'bool':
			if (raw !== 'true' && raw !== 'false')
				errors.push(`${where}: ${col.name} "${raw}" must be true or false`);
			return raw === 'true';
	}
}

/** Load every curated table; computed columns are left for derive.ts to fill. */
export function loadCurated(dataDir = 'data'): LoadResult {
	const tables: Dataset = {};
	const errors: string[] = [];
	for (const spec of TABLES) {
		const file = join(dataDir, curatedFileName(spec.name));
		if (!existsSync(file)) {
			errors.push(`${file}: missing`);
			tables[spec.name] = [];
			continue;
		}
		const text = readFileSync(file, 'utf8');
		const parsed = csvParse(text);
		const curated = spec.columns.filter((col) => !col.computed);
		const expected = curated.map((col) => col.name);
		if (parsed.columns.join(',') !== expected.join(','))
			errors.push(`${file}: header is "${parsed.columns.join(',')}", expected "${expected.join(',')}"`);
		tables[spec.name] = parsed.map((raw, i) => {
			const row: Row = {};
			for (const col of curated) row[col.name] = coerce(raw[col.name] ?? '', col, `${file}:${i + 2}`, errors);
			return row;
		});
	}
	return { tables, errors };
}
