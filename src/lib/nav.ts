import { copy } from './copy';

/** The explorer's top-level pages, in navigation order (DESIGN.md §2); labels in the page's language. */
export const navItems = [
	{
		path: '/',
		get label() {
			return copy.nav.overview;
		}
	},
	{
		path: '/map',
		get label() {
			return copy.nav.map;
		}
	},
	{
		path: '/capabilities',
		get label() {
			return copy.nav.capabilities;
		}
	},
	{
		path: '/compare',
		get label() {
			return copy.nav.compare;
		}
	},
	{
		path: '/data',
		get label() {
			return copy.nav.data;
		}
	},
	{
		path: '/check',
		get label() {
			return copy.nav.check;
		}
	},
	{
		path: '/terms',
		get label() {
			return copy.nav.terms;
		}
	},
	{
		path: '/assess',
		get label() {
			return copy.nav.assess;
		}
	},
	{
		path: '/about',
		get label() {
			return copy.nav.about;
		}
	}
] as const;

/** Whether a nav item is the current page (sections own their sub-pages, e.g. /capabilities/3). */
export function isCurrent(itemPath: string, pathname: string): boolean {
	if (itemPath === '/') return pathname === '/';
	return pathname === itemPath || pathname.startsWith(itemPath + '/');
}
