/**
 * Sharing a check by link: a short text travels in the `text` URL parameter. Nothing is written to
 * the address bar by itself (a draft pasted here should not end up in the browser history); the
 * page offers a link only when asked, and only for texts short enough to share.
 */
import { VERSION_PARAM } from '$lib/data/versions';

/** Longest text a shared link carries (characters, before URL encoding). */
export const MAX_SHARE = 2000;

export const TEXT_PARAM = 'text';

export interface SharedText {
	/** The text to check, or null when the link carries none. */
	text: string | null;
	/** The link's text was cut to MAX_SHARE characters (its full length). */
	truncatedFrom: number | null;
	/** Other parameters, which this page does not use. */
	unknown: string[];
}

export function readSharedText(search: string): SharedText {
	const params = new URLSearchParams(search);
	const raw = params.get(TEXT_PARAM);
	// The dataset version is every page's setting (see datasetPin), not one this page ignores.
	const unknown = [...new Set(params.keys())].filter(
		(k) => k !== TEXT_PARAM && k !== VERSION_PARAM
	);
	if (raw === null || raw.trim() === '') return { text: null, truncatedFrom: null, unknown };
	if (raw.length > MAX_SHARE)
		return { text: raw.slice(0, MAX_SHARE), truncatedFrom: raw.length, unknown };
	return { text: raw, truncatedFrom: null, unknown };
}

/** The address of a check of `text` on the page at `pageUrl`, or null when it is too long to share. */
export function shareUrl(pageUrl: string, text: string): string | null {
	if (text.trim() === '' || text.length > MAX_SHARE) return null;
	const url = new URL(pageUrl);
	url.search = '';
	url.hash = '';
	url.searchParams.set(TEXT_PARAM, text);
	return url.toString();
}
