/** Where the result cards link to (cardMarkup.ts), with the site's base path and language. */
import { resolve } from '$app/paths';
import type { CardLinks } from './cardMarkup';

export function cardLinks(): CardLinks {
	// Resolved once per capability: a long result links to the same few dozen pages many times.
	const capabilities = new Map<number, string>();
	return {
		data: resolve('/data'),
		capability: (id) => {
			let href = capabilities.get(id);
			if (href === undefined) {
				href = resolve('/capabilities/[id]', { id: String(id) });
				capabilities.set(id, href);
			}
			return href;
		},
		terms: resolve('/terms')
	};
}
