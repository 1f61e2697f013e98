// Client hooks: run once when the app starts in the browser.
import type { ClientInit } from '@sveltejs/kit';
import { base } from '$app/paths';
import { setLocale } from '$lib/paraglide/runtime';
import { localeOfPath } from '$lib/i18n/routing';

/**
 * A document stays in one language: links keep it (i18n/links.ts) and the language switcher
 * loads the other language's page afresh. So the language is read once, from the address.
 */
export const init: ClientInit = () => {
	setLocale(localeOfPath(window.location.pathname, base), { reload: false });
};
