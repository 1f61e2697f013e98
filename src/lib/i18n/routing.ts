/**
 * Where each language lives: English at the site's own paths (/map), French and Spanish under a
 * prefix (/fr/map, /es/map), all after the base path the site is served from. These functions
 * are pure (the base path is an argument) so the server, the browser and the tests share them.
 */
import { BASE_LOCALE, LOCALES, isLocale, type Locale } from './locales';

const PREFIXED = LOCALES.filter((l) => l !== BASE_LOCALE);

/** The path inside the site ("/fr/map" of "/mnr-explorer/fr/map"), or null when outside it. */
function inside(pathname: string, base: string): string | null {
	if (!base) return pathname;
	if (pathname === base) return '/';
	return pathname.startsWith(base + '/') ? pathname.slice(base.length) : null;
}

/** The language a path is in: its first segment when that is "fr" or "es", else English. */
export function localeOfPath(pathname: string, base = ''): Locale {
	const path = inside(pathname, base);
	const first = path?.split('/')[1];
	return isLocale(first) && first !== BASE_LOCALE ? first : BASE_LOCALE;
}

/** The English path of a page in any language: "/fr/map" → "/map", "/fr" → "/". Keeps the base. */
export function delocalizePath(pathname: string, base = ''): string {
	const path = inside(pathname, base);
	if (path === null) return pathname;
	for (const locale of PREFIXED) {
		if (path === `/${locale}` || path === `/${locale}/`) return base + '/';
		if (path.startsWith(`/${locale}/`)) return base + path.slice(locale.length + 1);
	}
	return pathname;
}

/** A page's path in one language: "/map" → "/fr/map", "/" → "/fr" (no trailing slash). */
export function localizePath(pathname: string, locale: Locale, base = ''): string {
	const english = delocalizePath(pathname, base);
	const path = inside(english, base);
	if (path === null || locale === BASE_LOCALE) return english;
	return base + `/${locale}` + (path === '/' ? '' : path);
}

/**
 * A link written for the English site, as it should read on a page in `locale`. Only links to the
 * site's own pages change: other sites, same-page anchors, files (a last segment with a dot:
 * data files, basemap.svg) and the app's own scripts (/_app) are kept as they are.
 */
export function localizeHref(href: string, locale: Locale, base = ''): string {
	if (locale === BASE_LOCALE || !href.startsWith('/') || href.startsWith('//')) return href;
	const cut = href.search(/[?#]/);
	const pathname = cut === -1 ? href : href.slice(0, cut);
	const rest = cut === -1 ? '' : href.slice(cut);
	const path = inside(pathname, base);
	if (path === null || path.startsWith('/_app/')) return href;
	if (/\.[^/]*$/.test(path)) return href;
	if (localeOfPath(pathname, base) !== BASE_LOCALE) return href;
	return localizePath(pathname, locale, base) + rest;
}

/**
 * Every `<a href>` of a page's HTML localised (the prerendered pages, before any script runs).
 * Links that name their language (`hreflang`: the language switcher) are left as they are.
 */
export function localizeAnchors(html: string, locale: Locale, base = ''): string {
	if (locale === BASE_LOCALE) return html;
	return html.replace(/<a\b[^>]*>/g, (tag) =>
		/\shreflang=/.test(tag)
			? tag
			: tag.replace(
					/(\shref=")([^"]*)"/,
					(_, start: string, href: string) => `${start}${localizeHref(href, locale, base)}"`
				)
	);
}
