/**
 * Keeps a French or Spanish page's links in its language once it runs in the browser. Components
 * write English paths (`resolve('/map')`); the prerendered HTML has them localised already
 * (hooks.server.ts), and this keeps them so as the page re-renders: every `<a href>` added or
 * changed is localised, and a navigation that would still leave the language is sent to the same
 * page in it. Links with `hreflang` (the language switcher) are left alone.
 */
import { localizeHref } from './routing';
import type { Locale } from './locales';

function fix(a: Element, locale: Locale, base: string): void {
	if (a.tagName !== 'A' || a.hasAttribute('hreflang')) return;
	const href = a.getAttribute('href');
	if (href === null) return;
	const localized = localizeHref(href, locale, base);
	if (localized !== href) a.setAttribute('href', localized);
}

/** Start localising the links under `root`; returns the function that stops it. */
export function keepLinksIn(locale: Locale, base: string, root: Element): () => void {
	const fixAll = (el: Element) => {
		fix(el, locale, base);
		for (const a of el.querySelectorAll('a[href]')) fix(a, locale, base);
	};
	fixAll(root);
	const observer = new MutationObserver((records) => {
		for (const record of records) {
			if (record.type === 'attributes') fix(record.target as Element, locale, base);
			else for (const node of record.addedNodes) if (node instanceof Element) fixAll(node);
		}
	});
	observer.observe(root, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['href']
	});
	return () => observer.disconnect();
}
