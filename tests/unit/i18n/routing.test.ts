// Where each language lives: the address rules the server, the router and the browser share.
// English has no prefix; French and Spanish are under /fr and /es, after the base path.
import { describe, expect, it } from 'vitest';
import {
	delocalizePath,
	localeOfPath,
	localizeAnchors,
	localizeHref,
	localizePath
} from '$lib/i18n/routing';
import { suggestedLocale } from '$lib/i18n/suggest';

describe('the language of an address', () => {
	it('is its first segment when that is fr or es, else English', () => {
		expect(localeOfPath('/fr/map')).toBe('fr');
		expect(localeOfPath('/es')).toBe('es');
		expect(localeOfPath('/map')).toBe('en');
		expect(localeOfPath('/')).toBe('en');
		// A page whose name only starts like a language is English.
		expect(localeOfPath('/french/map')).toBe('en');
		expect(localeOfPath('/countries/FRA')).toBe('en');
		expect(localeOfPath('/en/map')).toBe('en');
	});
	it('is read after the base path', () => {
		expect(localeOfPath('/mnr-explorer/fr/map', '/mnr-explorer')).toBe('fr');
		expect(localeOfPath('/mnr-explorer/map', '/mnr-explorer')).toBe('en');
		expect(localeOfPath('/fr/map', '/mnr-explorer')).toBe('en');
	});
});

describe('moving a page between languages', () => {
	it('drops and adds the prefix, the home page without a trailing slash', () => {
		expect(delocalizePath('/fr/countries/GBR')).toBe('/countries/GBR');
		expect(delocalizePath('/es')).toBe('/');
		expect(delocalizePath('/map')).toBe('/map');
		expect(localizePath('/map', 'fr')).toBe('/fr/map');
		expect(localizePath('/', 'es')).toBe('/es');
		expect(localizePath('/fr/map', 'es')).toBe('/es/map');
		expect(localizePath('/fr/map', 'en')).toBe('/map');
		expect(localizePath('/mnr-explorer/fr', 'en', '/mnr-explorer')).toBe('/mnr-explorer/');
		expect(localizePath('/mnr-explorer/about', 'fr', '/mnr-explorer')).toBe(
			'/mnr-explorer/fr/about'
		);
	});
});

describe('links on a French or Spanish page', () => {
	it('go to the same language’s pages, keeping their settings and anchors', () => {
		expect(localizeHref('/capabilities/3?sort=high#c', 'fr')).toBe(
			'/fr/capabilities/3?sort=high#c'
		);
		expect(localizeHref('/', 'es')).toBe('/es');
		expect(localizeHref('/es/map', 'es')).toBe('/es/map');
		expect(localizeHref('/map', 'en')).toBe('/map');
	});
	it('leave files, scripts, anchors and other sites alone', () => {
		for (const href of [
			'/data/v1/countries.parquet',
			'/map/basemap.svg',
			'/_app/immutable/x',
			'#main',
			'https://www.weprotect.org/',
			'//example.org/map',
			'mailto:x@example.org'
		])
			expect(localizeHref(href, 'fr'), href).toBe(href);
	});
	it('are rewritten in the HTML except those naming their language', () => {
		const html =
			'<a class="x" href="/map">Carte</a><a href="/" hreflang="en" lang="en">English</a>' +
			'<link rel="alternate" hreflang="en" href="/map"/><a href="#main">x</a>';
		expect(localizeAnchors(html, 'fr')).toBe(
			'<a class="x" href="/fr/map">Carte</a><a href="/" hreflang="en" lang="en">English</a>' +
				'<link rel="alternate" hreflang="en" href="/map"/><a href="#main">x</a>'
		);
		expect(localizeAnchors(html, 'en')).toBe(html);
	});
});

describe('the language offered to a reader', () => {
	it('is the first of the browser’s languages the explorer has, if not the page’s', () => {
		expect(suggestedLocale(['fr-CA', 'en'], 'en')).toBe('fr');
		expect(suggestedLocale(['de-DE', 'es-419', 'fr'], 'en')).toBe('es');
		expect(suggestedLocale(['en-GB', 'fr'], 'fr')).toBe('en');
		expect(suggestedLocale(['fr-FR'], 'fr')).toBeNull();
		expect(suggestedLocale(['de', 'ja'], 'en')).toBeNull();
		expect(suggestedLocale([], 'es')).toBeNull();
	});
});
