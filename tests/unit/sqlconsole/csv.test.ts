import { describe, expect, it } from 'vitest';
import { csvParse, csvParseRows } from 'd3-dsv';
import { csvField } from '../../../src/lib/export/csv';
import { toCsv } from '../../../src/lib/sqlconsole/csv';

describe('csvField', () => {
	it.each([
		[null, ''],
		[undefined, ''],
		[42, '42'],
		[76.2, '76.2'],
		[true, 'true'],
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "no"', '"say ""no"""'],
		['two\nlines', '"two\nlines"'],
		['carriage\rreturn', '"carriage\rreturn"'],
		[' padded ', '" padded "'],
		['', ''],
		[[1, 2], '"[1,2]"'],
		[{ a: 'x' }, '"{""a"":""x""}"']
	])('%j → %s', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});
});

describe('toCsv', () => {
	it('writes a header and one line per row that a CSV parser reads back exactly', () => {
		const columns = ['indicator_id', 'note', 'pct', 'empty'];
		const rows = [
			['c20', 'Printed "54 per cent", yet 23/42 rounds to 55,\nnot 54', 54.8, null],
			['c09', 'plain', 82.9, null]
		];
		const text = toCsv(columns, rows);
		expect(text.endsWith('\n')).toBe(true);
		const parsed = csvParse(text);
		expect(parsed.columns).toEqual(columns);
		expect(parsed.map((r) => [r.indicator_id, r.note, Number(r.pct), r.empty])).toEqual([
			['c20', rows[0][1], 54.8, ''],
			['c09', 'plain', 82.9, '']
		]);
	});

	it('keeps repeated column names and positions', () => {
		const text = toCsv(['a', 'a'], [[1, 2]]);
		expect(csvParseRows(text.trim())).toEqual([
			['a', 'a'],
			['1', '2']
		]);
	});

	it('writes only the header for an empty result', () => {
		expect(toCsv(['x'], [])).toBe('x\n');
	});
});

describe('console CSV shares the export rules', () => {
	it('guards text a spreadsheet would run as a formula', () => {
		expect(toCsv(['a'], [['=HYPERLINK("x")'], [-3]])).toBe('a\n"\'=HYPERLINK(""x"")"\n-3\n');
	});
});
