// Universal hooks (run on the server at prerender time and in the browser).
import type { Reroute } from '@sveltejs/kit';
import { base } from '$app/paths';
import { guardedPathname } from '$lib/url/pathGuard';
import { delocalizePath } from '$lib/i18n/routing';

/**
 * /fr/map and /es/map are the /map page in French and Spanish: the router matches the English
 * route, and the language is read from the address (hooks.server.ts, i18n/client.ts).
 * Malformed percent-encoding in a path: show the not-found page instead of a blank one.
 */
export const reroute: Reroute = ({ url }) => {
	const guarded = guardedPathname(url.pathname);
	if (guarded !== null) return guarded;
	const english = delocalizePath(url.pathname, base);
	return english === url.pathname ? undefined : english;
};
