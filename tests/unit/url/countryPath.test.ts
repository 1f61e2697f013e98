import { describe, expect, it } from 'vitest';
import { countryPathname } from '$lib/url/pathGuard';

describe('countryPathname', () => {
	it('puts a country code in any letter case into upper case, keeping the base path', () => {
		expect(countryPathname('/countries/gbr')).toBe('/countries/GBR');
		expect(countryPathname('/countries/Gbr/')).toBe('/countries/GBR/');
		expect(countryPathname('/mnr/countries/ken')).toBe('/mnr/countries/KEN');
	});
	it('leaves everything else alone', () => {
		for (const path of [
			'/countries/GBR',
			'/countries',
			'/countries/gbrx',
			'/countries/gb',
			'/map',
			'/embed/countries/x1y'
		])
			expect(countryPathname(path), path).toBeNull();
	});
});
