import { describe, expect, it } from 'vitest';
import { parseParams } from '$lib/url/params';
import { decodeOrKeep, guardedPathname } from '$lib/url/pathGuard';

const specs = {
	sort: { values: ['high', 'low'], default: 'high' },
	domain: { values: (v: string) => /^[1-6]$/.test(v), default: null }
};

describe('parseParams', () => {
	it('ignores keys that are built-in object properties, with a note', () => {
		for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf']) {
			const parsed = parseParams(specs, new URLSearchParams(`${key}=1`));
			expect(parsed.state, key).toEqual({ sort: 'high', domain: null });
			expect(parsed.ignored, key).toEqual([
				`"${key}" is not a setting of this page and was ignored.`
			]);
		}
	});

	it('says which value it used when a key is repeated', () => {
		const parsed = parseParams(specs, new URLSearchParams('sort=low&sort=high&sort=x'));
		expect(parsed.state.sort).toBe('low');
		expect(parsed.ignored).toEqual([
			'"sort" appears 3 times in the address; the first value ("low") is used.'
		]);
	});

	it('keeps valid values and notes invalid ones', () => {
		const parsed = parseParams(specs, new URLSearchParams('sort=sideways&domain=3'));
		expect(parsed.state).toEqual({ sort: 'high', domain: '3' });
		expect(parsed.ignored).toHaveLength(1);
	});
});

describe('guardedPathname', () => {
	it('leaves well-formed paths alone', () => {
		for (const path of ['/', '/countries/GBR', '/countries/C%C3%B4te', '/a%20b'])
			expect(guardedPathname(path)).toBeNull();
	});
	it('escapes every % of a malformed path, so it matches no page but still decodes', () => {
		for (const path of ['/%', '/countries/%ZZ', '/capabilities/%', '/%E0%A4%A', '/a%2'])
			expect(decodeURI(guardedPathname(path)!)).toBe(path);
	});
	it('decodeOrKeep returns malformed text unchanged', () => {
		expect(decodeOrKeep('%ZZ')).toBe('%ZZ');
		expect(decodeOrKeep('C%C3%B4te')).toBe('Côte');
	});
});
