/**
 * The markup of an {@html} block in a part that hydration may adopt. Svelte adopts the
 * prerendered nodes of an {@html} block whatever its string says (any non-empty string), so while
 * they are adopted the string is not built only to be thrown away: a heatmap's cells or a map's
 * marks take tens of milliseconds to write on a phone. It is built the first time its inputs
 * change after that, and on every draw that is not an adoption (a client-side navigation, a
 * view read from the address).
 */
import { adoptsPrerendered } from './later';

/** What an adopted {@html} block is given: never written into the page. */
export const ADOPTED = '<!--prerendered-->';

/**
 * For `$derived.by`: `inputs` reads what the markup is drawn from (the derived depends on it even
 * on the first run, which does not build); `build` writes the markup.
 */
export function adoptedMarkup(inputs: () => unknown, build: () => string): () => string {
	let first = true;
	return () => {
		inputs();
		// Only a first draw made while its part is hydrated is adopted: a block drawn later (under
		// an {#if} that turns true) has nothing to adopt.
		const adopted = first && adoptsPrerendered();
		first = false;
		return adopted ? ADOPTED : build();
	};
}
