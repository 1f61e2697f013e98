// Client hooks: run once when the app starts in the browser.
import type { ClientInit } from '@sveltejs/kit';
import { base } from '$app/paths';
import { overwriteGetLocale, setLocale } from '$lib/paraglide/runtime';
import { loadMessages } from '$lib/paraglide/messages';
import { localeOfPath } from '$lib/i18n/routing';

/**
 * A document stays in one language: links keep it (i18n/links.ts) and the language switcher
 * loads the other language's page afresh. So the language is read once, from the address, and
 * every message then reads that constant: Paraglide's own getLocale re-reads the address and
 * walks its strategies on each of the thousands of message calls a page's hydration makes.
 */
export const init: ClientInit = async () => {
	const locale = localeOfPath(window.location.pathname, base);
	// Only this language's messages are loaded (scripts/i18n/split-locales.js), before hydration.
	await loadMessages(locale);
	setLocale(locale, { reload: false });
	overwriteGetLocale(() => locale);
};
