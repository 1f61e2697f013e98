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
