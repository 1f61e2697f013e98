import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../../scripts/bench/_stats.js';

describe('percentile', () => {
	it('interpolates between closest ranks', () => {
		expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
		expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
		expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
		expect(percentile([5, 1, 4, 2, 3], 25)).toBe(2);
	});

	it('handles the ends, one sample and none', () => {
		expect(percentile([3, 1, 2], 0)).toBe(1);
		expect(percentile([3, 1, 2], 100)).toBe(3);
		expect(percentile([7], 95)).toBe(7);
		expect(percentile([], 50)).toBeNull();
	});

	it('ignores failed runs recorded as NaN', () => {
		expect(percentile([NaN, 1, 3], 50)).toBe(2);
	});

	it('does not reorder the caller’s array', () => {
		const samples = [3, 1, 2];
		percentile(samples, 50);
		expect(samples).toEqual([3, 1, 2]);
	});
});

describe('summarize', () => {
	it('gives count, median, p95 and range of the finite samples', () => {
		expect(summarize([4, 1, 3, 2, NaN, 5])).toEqual({ n: 5, median: 3, p95: 4.8, min: 1, max: 5 });
	});

	it('is all null for no samples', () => {
		expect(summarize([])).toEqual({ n: 0, median: null, p95: null, min: null, max: null });
	});
});
