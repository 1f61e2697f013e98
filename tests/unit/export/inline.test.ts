import { describe, expect, it } from 'vitest';
import { extentFrom } from '$lib/export/inline';

describe('extentFrom', () => {
	const size = { width: 1090, height: 1100 };

	it('grows the viewBox to the farthest box, the export-only key below the grid included', () => {
		const chart = { x: 0, y: 0, width: 1092.4, height: 1100 };
		const key = { x: 0, y: 1120, width: 600, height: 120.2 };
		expect(extentFrom(size, [chart, key])).toEqual({ width: 1093, height: 1241 });
	});

	it('keeps the viewBox when everything is inside it, or nothing is drawn', () => {
		expect(extentFrom(size, [{ x: 10, y: 10, width: 100, height: 100 }])).toEqual(size);
		expect(extentFrom(size, [])).toEqual(size);
	});
});
