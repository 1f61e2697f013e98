import { describe, expect, it } from 'vitest';
import { joinList } from '$lib/i18n/lists';
import { INTL_TAG, LOCALES } from '$lib/i18n/locales';
import { DATASET_LABELS } from '$lib/i18n/datasetLabels.generated';

const intl = (items: string[], locale: (typeof LOCALES)[number]) =>
	new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }).format(items);

describe('joinList writes lists as Intl.ListFormat does', () => {
	for (const locale of LOCALES) {
		it(`${locale}: every length from none to six`, () => {
			const names = ['Albania', 'Brazil', 'Chile', 'Denmark', 'Egypt', 'Fiji'];
			for (let n = 0; n <= names.length; n++)
				expect(joinList(names.slice(0, n), locale)).toBe(intl(names.slice(0, n), locale));
		});

		it(`${locale}: every name the dataset holds (countries, regions, groups), last in a list`, () => {
			const names = Object.entries(DATASET_LABELS).map(([english, t]) =>
				locale === 'en' ? english : (t[locale]?.[0] ?? english)
			);
			expect(names.length).toBeGreaterThan(100);
			for (const name of names)
				expect(joinList(['Francia', name], locale)).toBe(intl(['Francia', name], locale));
		});

		it(`${locale}: words that start with the sound /i/ or look like it`, () => {
			for (const word of [
				'India',
				'Irlanda',
				'islas',
				'Hispania',
				'hielo',
				'hiato',
				'hierro',
				'Hiostro',
				'hiu',
				'hié',
				'hí',
				'ímpetu',
				'hIe',
				'hijos',
				'Ídolo',
				'yodo',
				'Hungría',
				'iglesia',
				'IRLANDA',
				'HIELO'
			])
				expect(joinList(['Chile', word], locale), word).toBe(intl(['Chile', word], locale));
		});
	}
});
