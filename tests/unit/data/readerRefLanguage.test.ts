// A reader's reference is written in the page's language around what stays as printed in the
// English PDF (section, figure, the phrase to search for): "search", "places", "p." and "lines"
// were English on /fr/ and /es/.
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { formatReaderRef, placesOnly, technicalRef } from '../../../src/lib/data/readerRef';
import { formatSourcePlace, parseSourceRef } from '../../../src/lib/data/sourceRef';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

const row = {
	figure: 'Figure 10',
	section: 'Offender support systems › Current status',
	search_phrase: 'Figure 10',
	phrase_count: 2,
	page: 41,
	source_ref: 'Figure 10, lines 3990-3992 ; mnr-guidance.md: Capability 7, lines 12-12'
};

describe('reader references in the page language', () => {
	it.each([
		[
			'en',
			'Figure 10 · Offender support systems › Current status · p. 41 · search “Figure 10” (2 places)',
			'Figure 10 (lines 3990–3992); mnr-guidance.md: Capability 7 (line 12)',
			'Figure 10; The MNR guidance: Capability 7'
		],
		[
			'fr',
			'Figure 10 · Offender support systems › Current status · p.\u00a041 · rechercher «\u202fFigure 10\u202f» (2 endroits)',
			'Figure 10 (lignes 3990–3992)\u202f; mnr-guidance.md\u00a0: Capability 7 (ligne 12)',
			'Figure 10\u202f; Le guide de la MNR\u00a0: Capability 7'
		],
		[
			'es',
			'Figure 10 · Offender support systems › Current status · p. 41 · buscar «Figure 10» (2 lugares)',
			'Figure 10 (líneas 3990–3992); mnr-guidance.md: Capability 7 (línea 12)',
			'Figure 10; La guía de la MNR: Capability 7'
		]
	] as const)('%s', (locale, reader, technical, places) => {
		overwriteGetLocale(() => locale);
		expect(formatReaderRef(row)).toBe(reader);
		expect(technicalRef(row.source_ref)).toBe(technical);
		expect(placesOnly(row.source_ref)).toBe(places);
	});

	it('build scripts keep the English line words, without the message catalogue', () => {
		overwriteGetLocale(() => 'fr');
		expect(formatSourcePlace(parseSourceRef('Table 5, lines 2167-2205')[0])).toBe(
			'Table 5 (lines 2167–2205)'
		);
	});
});
