import { describe, expect, it, vi } from 'vitest';
import { dictionaryOf, formatBytes } from '../../../src/lib/views/dictionary';
import { TABLES } from '../../../src/lib/data/schema';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { INTL_TAG, LOCALES, type Locale } from '../../../src/lib/i18n/locales';

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

	it('writes every size as Intl does, in each language, without building a number formatter', () => {
		const sizes = [0, 7, 999, 1000, 1049, 1050, 9_949, 9_950, 99_949, 99_950, 123_456, 999_999];
		sizes.push(...sizes.map((b) => b * 1000), 1_234_567_890, 98_765_432_100);
		const expected = (bytes: number, locale: Locale) => {
			const units = ['B', 'kB', 'MB', 'GB'];
			let value = bytes;
			let unit = 0;
			while (value >= 1000 && unit < units.length - 1) {
				value /= 1000;
				unit++;
			}
			const digits = unit === 0 || value >= 100 ? 0 : 1;
			const tag = INTL_TAG[locale];
			const n = value.toLocaleString(tag, {
				maximumFractionDigits: digits,
				minimumFractionDigits: digits
			});
			return `${n} ${units[unit]}`;
		};
		const original = getLocale;
		try {
			for (const l of LOCALES) {
				const want = sizes.map((b) => expected(b, l));
				overwriteGetLocale(() => l);
				const spy = vi.spyOn(Number.prototype, 'toLocaleString');
				expect(sizes.map(formatBytes), l).toEqual(want);
				expect(spy).not.toHaveBeenCalled();
				spy.mockRestore();
			}
		} finally {
			overwriteGetLocale(original);
		}
	});
});
