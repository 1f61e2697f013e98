// Server hooks: run for every page while the site is prerendered.
import type { Handle } from '@sveltejs/kit';
import { AsyncLocalStorage } from 'node:async_hooks';
import { base } from '$app/paths';
import { overwriteServerAsyncLocalStorage } from '$lib/paraglide/runtime';
import { localeOfPath, localizeAnchors } from '$lib/i18n/routing';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { loadMessages } from '$lib/paraglide/messages';
import { preloadsAtEnd } from '$lib/hydration/preloads';

// Each page renders in its address's language. The store keeps that language for the whole
// render, loads included, even if pages are ever prerendered concurrently; messages read it.
const store = new AsyncLocalStorage<{ locale?: Locale }>();
overwriteServerAsyncLocalStorage(store);
// The server renders every language: all three sets of messages (a browser loads only its page's).
await Promise.all(LOCALES.map(loadMessages));

/**
 * The language of /fr/… and /es/… pages, set before they render; then the page's HTML gets its
 * `lang` and its links to other pages stay in that language (components write English paths).
 * Its scripts are listed at the end of the page, so they do not hold back its first paint.
 */
export const handle: Handle = ({ event, resolve }) => {
	const locale = localeOfPath(event.url.pathname, base);
	return store.run({ locale }, () =>
		resolve(event, {
			transformPageChunk: ({ html }) =>
				preloadsAtEnd(localizeAnchors(html.replace('%lang%', locale), locale, base))
		})
	);
};
