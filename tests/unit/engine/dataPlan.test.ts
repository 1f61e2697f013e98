import { describe, expect, it } from 'vitest';
import { savesData } from '$lib/engine/dataPlan';

describe('savesData', () => {
	it.each([
		[{ connection: { saveData: true, effectiveType: '4g' } }, true],
		[{ connection: { saveData: false, effectiveType: '3g' } }, true],
		[{ connection: { effectiveType: '2g' } }, true],
		[{ connection: { effectiveType: 'slow-2g' } }, true],
		[{ connection: { saveData: false, effectiveType: '4g' } }, false],
		[{ connection: {} }, false],
		// Browsers without the Network Information API (Firefox, Safari) load as usual.
		[{}, false],
		[undefined, false]
	])('%j → %s', (nav, expected) => {
		expect(savesData(nav)).toBe(expected);
	});
});
