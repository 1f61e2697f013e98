import { describe, expect, it } from 'vitest';
import { isCurrent, navItems } from '../../src/lib/nav';

describe('navigation', () => {
	it.each([
		['/', '/', true],
		['/', '/map', false],
		['/capabilities', '/capabilities', true],
		['/capabilities', '/capabilities/12', true],
		['/capabilities', '/capabilitiesx', false],
		['/map', '/compare', false]
	])('isCurrent(%s, %s) = %s', (item, path, expected) => {
		expect(isCurrent(item, path)).toBe(expected);
	});

	it('lists each page once, overview first', () => {
		const paths = navItems.map((n) => n.path);
		expect(new Set(paths).size).toBe(paths.length);
		expect(paths[0]).toBe('/');
	});
});
