import { describe, expect, it } from 'vitest';
import { exportBaseName, exportFileName, slugify } from '$lib/export/files';

describe('file names', () => {
	it('slugs to lower-case ASCII words', () => {
		expect(slugify('Côte d’Ivoire — 2022!')).toBe('cote-d-ivoire-2022');
		expect(slugify('  --A__b--  ')).toBe('a-b');
		expect(slugify('x'.repeat(100), 10)).toBe('xxxxxxxxxx');
		expect(slugify('ab-cd', 3)).toBe('ab');
	});

	it('names a chart by its kind, subject and settings', () => {
		expect(exportBaseName({ id: 'coverage', path: '/', search: '' })).toBe('mnr-explorer-coverage');
		expect(exportBaseName({ id: 'coverage', path: '/', search: 'sort=high&domain=4' })).toBe(
			'mnr-explorer-coverage-sort-high-domain-4'
		);
		expect(exportBaseName({ id: 'capability', path: '/capabilities/4', search: '' })).toBe(
			'mnr-explorer-capability-4'
		);
		expect(exportBaseName({ id: 'country', path: '/countries/CIV', search: 'x=<y>' })).toBe(
			'mnr-explorer-country-civ-x-y'
		);
		expect(exportBaseName({ id: 'map', path: '/map', search: '' })).toBe('mnr-explorer-map');
	});

	it('adds a variant and an extension', () => {
		const meta = { id: 'coverage' as const, path: '/', search: 'sort=low' };
		expect(exportFileName(meta, 'svg')).toBe('mnr-explorer-coverage-sort-low.svg');
		expect(exportFileName(meta, 'png', 'slide@2x')).toBe(
			'mnr-explorer-coverage-sort-low-slide@2x.png'
		);
	});
});
