import { describe, expect, it } from 'vitest';
import { footnoted, formatBytes, formatTable, formatValue } from '../../../scripts/bench/_table.js';

describe('formatValue', () => {
	it('rounds by magnitude', () => {
		expect(formatValue(1234.56, 'ms')).toBe('1,235');
		expect(formatValue(42.345, 'ms')).toBe('42.3');
		expect(formatValue(4.5, 'ms')).toBe('4.5');
		expect(formatValue(4, 'ms')).toBe('4');
		expect(formatValue(0, 'ms')).toBe('0');
		expect(formatValue(0.0123, 'ms')).toBe('0.012');
	});

	it('shows missing values as a dash', () => {
		expect(formatValue(null, 'ms')).toBe('–');
		expect(formatValue(NaN, 'ms')).toBe('–');
	});

	it('formats bytes in binary units', () => {
		expect(formatValue(512, 'bytes')).toBe('512 B');
		expect(formatBytes(2048)).toBe('2.0 KB');
		expect(formatBytes(3 * 1024 * 1024)).toBe('3.00 MB');
	});
});

describe('formatTable', () => {
	const rows = [
		{ part: 'lcp', name: 'LCP /', unit: 'ms', n: 5, median: 812.4, p95: 901, min: 790, max: 905 },
		{
			part: 'lcp',
			name: 'bytes before chart /',
			unit: 'bytes',
			n: 5,
			median: 4096,
			p95: 4096,
			min: 4096,
			max: 4096
		},
		{
			part: 'engine',
			name: 'ready',
			unit: 'ms',
			n: 0,
			median: null,
			p95: null,
			min: null,
			max: null
		}
	];

	it('prints a header, a rule and one aligned line per row', () => {
		const lines = formatTable(rows).split('\n');
		expect(lines).toHaveLength(5);
		expect(lines[0]).toMatch(/^part\s+measure\s+unit\s+runs\s+median\s+p95\s+min–max$/);
		expect(lines[1]).toMatch(/^─+( +─+)+$/);
		expect(lines[2]).toContain('812');
		expect(lines[2]).toContain('790–905');
		expect(lines[3]).toContain('4.0 KB');
		expect(lines[4]).toMatch(/–$/);
	});

	it('right-aligns numbers so columns line up', () => {
		const lines = formatTable(rows).split('\n');
		const end = (line: string, text: string) => line.indexOf(text) + text.length;
		expect(end(lines[2], '812')).toBe(end(lines[3], '4.0 KB'));
	});
});

describe('footnoted', () => {
	it('numbers distinct notes once and refers to them from the names', () => {
		const { rows, notes } = footnoted([
			{ name: 'a', note: 'slow' },
			{ name: 'b' },
			{ name: 'c', note: 'fast' },
			{ name: 'd', note: 'slow' }
		]);
		expect(rows.map((r) => r.name)).toEqual(['a [1]', 'b', 'c [2]', 'd [1]']);
		expect(notes).toEqual(['slow', 'fast']);
		expect(rows.every((r) => !('note' in r))).toBe(true);
	});
});
