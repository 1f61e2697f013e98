/**
 * A path with malformed percent-encoding ("/%", "/countries/%ZZ", a cut-off UTF-8 sequence) makes
 * the router's decodeURI throw, and the page would stay blank. Escaping every "%" of such a path
 * turns it into an ordinary path that matches no page, so the reader gets the not-found page, with
 * the site's navigation. Well-formed paths are returned unchanged (null).
 */
export function guardedPathname(pathname: string): string | null {
	try {
		decodeURI(pathname);
		return null;
	} catch {
		return pathname.replace(/%/g, '%25');
	}
}

/** decodeURIComponent that gives back the text as it is when it is not well-formed. */
export function decodeOrKeep(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * A country page's address in any letter case ("/countries/gbr", "/countries/Gbr") names the same
 * country as the upper-case code the pages are published under: the path with the code in upper
 * case, or null when there is nothing to change. Works on a path with or without the base path.
 */
export function countryPathname(pathname: string): string | null {
	const m = /^(.*\/countries\/)([A-Za-z]{3})(\/?)$/.exec(pathname);
	if (!m || m[2] === m[2].toUpperCase()) return null;
	return m[1] + m[2].toUpperCase() + m[3];
}
