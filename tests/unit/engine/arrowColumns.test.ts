import { describe, expect, it } from 'vitest';
import { Table } from 'apache-arrow';
import { arrowColumn } from '../../../src/lib/engine/arrowColumns';

describe('arrowColumn', () => {
	it('keeps values and nulls for every column type', () => {
		const table = new Table({
			i: arrowColumn([1, null, 42], 'int'),
			f: arrowColumn([1.5, 2.25, null], 'float'),
			b: arrowColumn([true, false, null], 'bool'),
			s: arrowColumn(['Côte', null, ''], 'string')
		});
		expect(table.toArray().map((r) => r.toJSON())).toEqual([
			{ i: 1, f: 1.5, b: true, s: 'Côte' },
			{ i: null, f: 2.25, b: false, s: null },
			{ i: 42, f: null, b: null, s: '' }
		]);
	});

	it('marks columns without nulls as fully valid', () => {
		const v = arrowColumn(['a', 'b'], 'string');
		expect(v.nullCount).toBe(0);
		expect(v.toArray()).toEqual(['a', 'b']);
	});
});
