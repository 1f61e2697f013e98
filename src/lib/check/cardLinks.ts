/** Where the result cards link to (cardMarkup.ts), with the site's base path and language. */
import { resolve } from '$app/paths';
import type { CardLinks } from './cardMarkup';

export const cardLinks = (): CardLinks => ({
	data: resolve('/data'),
	capability: (id) => resolve('/capabilities/[id]', { id: String(id) }),
	terms: resolve('/terms')
});
