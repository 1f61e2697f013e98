// Universal hooks (run on the server at prerender time and in the browser).
import type { Reroute } from '@sveltejs/kit';
import { guardedPathname } from '$lib/url/pathGuard';

/** Malformed percent-encoding in a path: show the not-found page instead of a blank one. */
export const reroute: Reroute = ({ url }) => guardedPathname(url.pathname) ?? undefined;
