import { describe, expect, it } from 'vitest';
import {
	Bool,
	DateDay,
	Decimal,
	Field,
	Float64,
	Int32,
	Int64,
	List,
	Struct,
	TimestampMillisecond,
	Uint8,
	Utf8,
	makeData,
	makeVector
} from 'apache-arrow';
import {
	cellValue,
	duckdbExtension,
	int128Text,
	scaledText,
	typeName
} from '../../../src/lib/sqlconsole/values';

describe('cellValue', () => {
	it('scales decimals (Arrow hands back the unscaled integer)', () => {
		const type = new Decimal(2, 3, 128);
		const v = makeVector(makeData({ type, length: 1, data: new Uint32Array([150, 0, 0, 0]) }));
		expect(cellValue(v.get(0), type)).toBe(1.5);
	});

	it('keeps HUGEINT and DECIMAL(38) values beyond safe integers exact, as text', () => {
		// 2^100 as DECIMAL(38,0) (how DuckDB hands over HUGEINT), as four little-endian 32-bit words.
		const huge = new Decimal(0, 38, 128);
		const words = new Uint32Array([0, 0, 0, 16]);
		const v = makeVector(makeData({ type: huge, length: 1, data: words }));
		expect(cellValue(v.get(0), huge)).toBe('1267650600228229401496703205376');
		const scaled = new Decimal(9, 38, 128);
		const w = makeVector(makeData({ type: scaled, length: 1, data: words }));
		expect(cellValue(w.get(0), scaled)).toBe('1267650600228229401496.703205376');
		// Negative: two's complement of 2^100.
		const neg = new Uint32Array([0, 0, 0, 0xfffffff0]); // -2^100
		const n = makeVector(makeData({ type: huge, length: 1, data: neg }));
		expect(cellValue(n.get(0), huge)).toBe('-1267650600228229401496703205376');
	});

	it('reads UHUGEINT and HUGEINT sent as 16 raw bytes with an extension name', () => {
		const max = new Uint8Array(16).fill(0xff);
		const meta = new Map([['ARROW:extension:name', 'duckdb.uhugeint']]);
		expect(duckdbExtension(meta)).toBe('uhugeint');
		expect(cellValue(max, new Utf8(), 'uhugeint')).toBe('340282366920938463463374607431768211455');
		expect(cellValue(max, new Utf8(), 'hugeint')).toBe('-1');
		expect(int128Text(Uint8Array.of(5, ...new Array(15).fill(0)), false)).toBe('5');
		expect(typeName(new Utf8(), 'uhugeint')).toBe('UHUGEINT');
		expect(duckdbExtension(new Map([['other', 'uhugeint']]))).toBeNull();
		expect(duckdbExtension(undefined)).toBeNull();
	});

	it('scaledText places the decimal point exactly', () => {
		expect(scaledText(-12345n, 2)).toBe('-123.45');
		expect(scaledText(5n, 3)).toBe('0.005');
		expect(scaledText(10n ** 30n, 0)).toBe('1' + '0'.repeat(30));
	});

	it('writes dates and timestamps as ISO text', () => {
		const day = new DateDay();
		const dates = makeVector(makeData({ type: day, length: 1, data: new Int32Array([18993]) }));
		expect(cellValue(dates.get(0), day)).toBe('2022-01-01');
		const ts = new TimestampMillisecond();
		expect(cellValue(Date.UTC(2022, 0, 1, 10, 30), ts)).toBe('2022-01-01 10:30:00');
	});

	it('turns 64-bit integers into numbers when they fit, text when they do not', () => {
		expect(cellValue(42n, new Int64())).toBe(42);
		expect(cellValue(2n ** 60n, new Int64())).toBe('1152921504606846976');
	});

	it('passes plain values through and keeps null', () => {
		expect(cellValue('HIC', new Utf8())).toBe('HIC');
		expect(cellValue(true, new Bool())).toBe(true);
		expect(cellValue(null, new Float64())).toBeNull();
	});
});

describe('typeName', () => {
	it.each([
		[new Int32(), 'INTEGER'],
		[new Int64(), 'BIGINT'],
		[new Uint8(), 'UTINYINT'],
		[new Float64(), 'DOUBLE'],
		[new Decimal(1, 18, 128), 'DECIMAL(18,1)'],
		[new Utf8(), 'VARCHAR'],
		[new Bool(), 'BOOLEAN'],
		[new DateDay(), 'DATE'],
		[new List(new Field('item', new Int32())), 'INTEGER[]'],
		[new Struct([new Field('a', new Utf8())]), 'STRUCT(a VARCHAR)']
	])('%s → %s', (type, name) => {
		expect(typeName(type)).toBe(name);
	});
});
