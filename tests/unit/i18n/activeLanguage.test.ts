// The copy and the number helpers read the page's language at each call: the same module gives
// "76%" and "32 of 42" on an English page, "76 %" and "32 sur 42" on a French one. Paraglide's
// getLocale is swapped for the test, as hooks.server.ts swaps it per page while prerendering.
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { copy, locale } from '../../../src/lib/copy';
import { formatCount, formatInt, formatPct } from '../../../src/lib/format';
import type { Locale } from '../../../src/lib/i18n/locales';

const original = getLocale;
const as = (l: Locale) => overwriteGetLocale(() => l);
afterEach(() => overwriteGetLocale(original));
// Intl writes a narrow no-break space before % in French and a no-break space in Spanish.
const SP = '[\\u00a0\\u202f]';

describe('numbers follow the page language', () => {
	it('English is unchanged', () => {
		as('en');
		expect(locale()).toBe('en-GB');
		expect(formatPct(76)).toBe('76%');
		expect(formatCount(32, 42)).toBe('32 of 42');
		expect(formatInt(1234)).toBe('1,234');
	});
	it('French', () => {
		as('fr');
		expect(locale()).toBe('fr-FR');
		expect(formatPct(76)).toMatch(new RegExp(`^76${SP}%$`));
		expect(formatPct(76.2, 1)).toMatch(new RegExp(`^76,2${SP}%$`));
		expect(formatCount(32, 42)).toBe('32 sur 42');
		expect(formatInt(1234)).toMatch(new RegExp(`^1${SP}234$`));
	});
	it('Spanish', () => {
		as('es');
		expect(locale()).toBe('es-ES');
		expect(formatPct(76)).toMatch(new RegExp(`^76${SP}%$`));
		expect(formatCount(32, 42)).toBe('32 de 42');
	});
});

describe('chart copy follows the page language', () => {
	it('reads each string when asked, not when the module loaded', () => {
		as('en');
		expect(copy.overview.title).toBe('How many countries report each capability');
		as('fr');
		expect(copy.overview.title).toBe('Combien de pays déclarent chaque capacité');
		as('es');
		expect(copy.overview.title).toBe('Cuántos países declaran cada capacidad');
	});
	it('plurals and counts', () => {
		as('en');
		expect(copy.map.countriesUnit(1)).toBe('1 country');
		expect(copy.map.named(3, copy.map.scope(null))).toBe(
			'Named as an example 3 times across the 21 capabilities'
		);
		as('fr');
		expect(copy.map.countriesUnit(3)).toBe('3 pays');
		expect(copy.map.named(1, copy.map.scope(null))).toBe(
			'Cité en exemple une fois sur les 21 capacités'
		);
		as('es');
		expect(copy.map.countriesUnit(1)).toBe('1 país');
		expect(copy.compare.bars.base(27)).toBe('Base: 27 países');
	});
	it('nested groups keep their keys in every language', () => {
		for (const l of ['en', 'fr', 'es'] as const) {
			as(l);
			expect(Object.keys(copy.capabilities.page.agrees)).toEqual(['yes', 'no', 'unknown']);
			expect(Object.values(copy.exports.layouts).every((v) => v.length > 0)).toBe(true);
		}
	});
});
