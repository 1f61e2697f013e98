// The note that a French or Spanish page shows draft translations of dataset names: by the data
// the page shows, not by the page. A view of reviewed names only has no note; English never does.
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { localizeRows, showsDraftName } from '../../../src/lib/i18n/datasetLabels';
import DraftNamesNote from '../../../src/lib/components/DraftNamesNote.svelte';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

// Country names come from CLDR and are reviewed; capability names are still drafts.
const countries = [{ iso3: 'ALB', name: 'Albania' }];
const capabilities = [{ capability_id: 20, name: 'Access to image databases', n: 42 }];

describe('showsDraftName', () => {
	it('is true when a shown name is a draft translation', () => {
		expect(showsDraftName(localizeRows(capabilities, 'fr'), 'fr')).toBe(true);
		expect(showsDraftName(localizeRows(capabilities, 'es'), 'es')).toBe(true);
	});
	it('is false when every shown name is reviewed', () => {
		expect(showsDraftName(localizeRows(countries, 'fr'), 'fr')).toBe(false);
		expect(showsDraftName(localizeRows(countries, 'es'), 'es')).toBe(false);
	});
	it('is false on English pages and for rows with no names', () => {
		expect(showsDraftName(capabilities, 'en')).toBe(false);
		expect(showsDraftName([{ n: 42 }, null], 'fr')).toBe(false);
	});
});

describe('DraftNamesNote', () => {
	const note = (locale: 'en' | 'fr' | 'es', rows: unknown[]) => {
		overwriteGetLocale(() => locale);
		return render(DraftNamesNote, { props: { rows: localizeRows(rows, locale) } }).body;
	};
	it('says so in the page’s language, with a link to the translation section of /about', () => {
		const fr = note('fr', [...countries, ...capabilities]);
		expect(fr).toContain('Certains noms de cette page sont des traductions provisoires.');
		expect(fr).toMatch(/href="[^"]*\/about#translation"/);
		expect(note('es', capabilities)).toContain('traducciones provisionales');
	});
	it('is absent from English pages and from views of reviewed names', () => {
		expect(note('en', capabilities)).not.toContain('draft-names');
		expect(note('fr', countries)).not.toContain('draft-names');
	});
});
