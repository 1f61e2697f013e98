import { copy } from './copy';

/** The explorer's top-level pages, in navigation order (DESIGN.md §2), with their label's key. */
const PAGES = [
	['/', 'overview'],
	['/map', 'map'],
	['/capabilities', 'capabilities'],
	['/compare', 'compare'],
	['/data', 'data'],
	['/check', 'check'],
	['/terms', 'terms'],
	['/assess', 'assess'],
	['/about', 'about']
] as const satisfies readonly (readonly [string, keyof typeof copy.nav])[];

/** The pages as the header lists them; a label is read when shown, so it is in the page's language. */
export const navItems = PAGES.map(([path, key]) => ({
	path,
	get label(): string {
		return copy.nav[key];
	}
}));

/** Whether a nav item is the current page (sections own their sub-pages, e.g. /capabilities/3). */
export function isCurrent(itemPath: string, pathname: string): boolean {
	if (itemPath === '/') return pathname === '/';
	return pathname === itemPath || pathname.startsWith(itemPath + '/');
}
