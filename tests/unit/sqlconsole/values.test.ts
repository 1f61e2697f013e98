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
import { cellValue, typeName } from '../../../src/lib/sqlconsole/values';

describe('cellValue', () => {
	it('scales decimals (Arrow hands back the unscaled integer)', () => {
		const type = new Decimal(2, 3, 128);
		const v = makeVector(makeData({ type, length: 1, data: new Uint32Array([150, 0, 0, 0]) }));
		expect(cellValue(v.get(0), type)).toBe(1.5);
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
