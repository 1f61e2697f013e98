import { describe, expect, it } from 'vitest';
import { dictionaryOf, formatBytes } from '../../../src/lib/views/dictionary';
import { TABLES } from '../../../src/lib/data/schema';

const manifestFor = (names: string[]) => ({
	tables: names.map((name) => ({
		name,
		description: '',
		rows: 3,
		columns: [],
		files: { parquet: `${name}.parquet`, csv: `${name}.csv` },
		bytes: { parquet: 1234, csv: 5678 },
		sha256: { parquet: '', csv: '' }
	}))
});

describe('dictionaryOf', () => {
	it('joins every schema table with its built files, in schema order', () => {
		const dict = dictionaryOf(manifestFor(TABLES.map((t) => t.name).reverse()));
		expect(dict.map((t) => t.name)).toEqual(TABLES.map((t) => t.name));
		const indicators = dict.find((t) => t.name === 'indicators')!;
		expect(indicators.parquet).toEqual({ file: 'indicators.parquet', bytes: 1234 });
		expect(indicators.columns.find((c) => c.name === 'status')?.values).toEqual([
			'stated',
			'derived',
			'ambiguous'
		]);
		expect(indicators.columns.find((c) => c.name === 'pct')?.computed).toBe(true);
	});

	it('refuses a manifest that lacks a table (a stale build)', () => {
		expect(() => dictionaryOf(manifestFor(['countries']))).toThrow(/npm run data/);
	});
});

describe('formatBytes', () => {
	it.each([
		[840, '840 B'],
		[4512, '4.5 kB'],
		[102_400, '102 kB'],
		[34_000_000, '34.0 MB']
	])('%i → %s', (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});
});
