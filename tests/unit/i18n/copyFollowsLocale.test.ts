// Every text of `copy` is read in the page's language at each read. A getter copied by value (a
// spread of `texts(...)`, a table built at module load) freezes the language the module was first
// read in, and then a French page shows English: walk the whole copy object in English and in
// French and find strings that stayed English although their message is translated.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { copy } from '../../../src/lib/copy';
import { CAVEAT_LABEL, CAVEAT_NOTE } from '../../../src/lib/data/caveats';
import { DRAWN_AS } from '../../../src/lib/charts/map/card';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

const catalogue = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const en = catalogue('en');
const fr = catalogue('fr');
/**
 * English message texts of two words or more that French writes differently (a single word such
 * as "Figure" can be French too, and the same English word may be a different message).
 */
const translatedEnglish = new Set(
	Object.keys(en)
		.filter((k) => fr[k] !== en[k])
		.map((k) => en[k])
		.filter((text) => text.includes(' '))
);

/** Every string reachable from `value`, by path (functions are not called). */
function strings(value: unknown, path = 'copy', out = new Map<string, string>()) {
	if (typeof value === 'string') out.set(path, value);
	else if (value && typeof value === 'object')
		for (const key of Object.keys(value))
			strings((value as Record<string, unknown>)[key], `${path}.${key}`, out);
	return out;
}

function frozen(root: unknown, name: string): string[] {
	overwriteGetLocale(() => 'en');
	const english = strings(root, name);
	overwriteGetLocale(() => 'fr');
	const french = strings(root, name);
	return [...english]
		.filter(([path, text]) => translatedEnglish.has(text) && french.get(path) === text)
		.map(([path]) => path);
}

describe('texts follow the page’s language', () => {
	it('no text of copy is frozen in English', () => {
		// Without the self-assessment's copy, which another branch is translating.
		expect(frozen(copy, 'copy').filter((path) => !path.startsWith('copy.assess.'))).toEqual([]);
	});
	it('nor the caveats’ labels and notes, nor how the map draws England and Wales', () => {
		expect(frozen({ CAVEAT_LABEL, DRAWN_AS }, 'tables')).toEqual([]);
		overwriteGetLocale(() => 'fr');
		expect(CAVEAT_NOTE.discrepancy).toContain('«\u202fles chiffres imprimés divergent\u202f»');
	});
});
