// "The figures it does give are about high-income countries and …": the groups a capability's
// figures cover, joined as the page's language joins a list (the "and" was English on /fr/, /es/).
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../../src/lib/paraglide/runtime';
import type { Indicator } from '../../../../src/lib/data/types';
import { populationsInWords } from '../../../../src/lib/charts/capability/view';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

const about = (...populations: string[]) =>
	populations.map((population) => ({ population }) as Indicator);

describe('populationsInWords', () => {
	it.each([
		['en', 'high-income countries and countries covered by the UNICEF study'],
		['fr', 'les pays à revenu élevé et les pays couverts par l’étude de l’UNICEF'],
		['es', 'los países de ingresos altos y los países cubiertos por el estudio de UNICEF']
	] as const)('joins two groups in %s', (locale, words) => {
		overwriteGetLocale(() => locale);
		expect(populationsInWords(about('hic', 'unicef', 'hic'))).toBe(words);
	});

	it('lists three groups with commas, one group alone, none as nothing', () => {
		overwriteGetLocale(() => 'fr');
		expect(populationsInWords(about('hic', 'lmic', 'unicef'))).toBe(
			'les pays à revenu élevé, les pays à revenu faible ou intermédiaire et les pays couverts par l’étude de l’UNICEF'
		);
		overwriteGetLocale(() => 'en');
		expect(populationsInWords(about('hic'))).toBe('high-income countries');
		expect(populationsInWords([])).toBe('');
	});
});
