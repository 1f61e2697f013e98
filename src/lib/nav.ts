import { copy } from './copy';

/** The explorer's top-level pages, in navigation order (DESIGN.md §2). */
export const navItems = [
	{ path: '/', label: copy.nav.overview },
	{ path: '/map', label: copy.nav.map },
	{ path: '/capabilities', label: copy.nav.capabilities },
	{ path: '/compare', label: copy.nav.compare },
	{ path: '/data', label: copy.nav.data },
	{ path: '/check', label: copy.nav.check },
	{ path: '/terms', label: copy.nav.terms },
	{ path: '/assess', label: copy.nav.assess },
	{ path: '/about', label: copy.nav.about }
] as const;

/** Whether a nav item is the current page (sections own their sub-pages, e.g. /capabilities/3). */
export function isCurrent(itemPath: string, pathname: string): boolean {
	if (itemPath === '/') return pathname === '/';
	return pathname === itemPath || pathname.startsWith(itemPath + '/');
}
