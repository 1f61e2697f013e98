// One Spanish word for the MNR's six domains: "ámbito", the word the dataset's translations use
// (data/translations.csv), never "dominio" beside it, so a reader does not wonder whether the two
// name different things.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const catalogue = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const en = catalogue('en');
const es = catalogue('es');
const OTHER_WORD = /\bdominios?\b/i;

describe('the Spanish word for a domain of the MNR', () => {
	it('is the one the dataset uses', () => {
		expect(readFileSync('data/translations.csv', 'utf8')).toMatch(/(?<!\p{L})ámbitos?(?!\p{L})/u);
	});

	it('the Spanish catalogue never says "dominio"', () => {
		const found = Object.entries(es).filter(([, text]) => OTHER_WORD.test(text));
		expect(found).toEqual([]);
	});

	it('every message that speaks of domains says "ámbito" in Spanish', () => {
		// A placeholder ("{domain}") is filled with the domain's own name, not the word.
		const words = (text: string) => text.replace(/\{[^}]*\}/g, '');
		const missing = Object.keys(en).filter(
			(key) => /\bdomains?\b/i.test(words(en[key])) && !/ámbitos?\b/i.test(es[key])
		);
		expect(missing).toEqual([]);
	});
});
