/**
 * Helpers for copy modules whose strings come from the message catalogue. `texts` turns a table
 * of message functions into an object of getters, so a copy object keeps its shape
 * (`copy.map.zoom.in` is a string) while each read returns the text in the language of the page
 * being rendered (at prerender time and in the browser alike).
 */
import { getLocale } from '$lib/paraglide/runtime';
import { numbersFor } from '$lib/i18n/numbers';
import { joinList } from '$lib/i18n/lists';

export function texts<K extends string, R extends object = Record<never, never>>(
	messages: Record<K, () => string>,
	/** Other members of the same object (functions of numbers, nested groups), kept as they are. */
	rest?: R
): R & { readonly [P in K]: string } {
	// Getters are defined, never copied: spreading `texts(...)` would freeze one language's words.
	const out = (rest ?? {}) as R & { [P in K]: string };
	for (const key of Object.keys(messages) as K[]) {
		Object.defineProperty(out, key, { get: () => messages[key](), enumerable: true });
	}
	return out;
}

/** A whole number as the page's language writes it ("1,234" / "1 234" / "1234"). */
export const int = (value: number): string => numbersFor(getLocale()).int(value);

/** "A, B and C" in the page's language ("A, B et C", "A, B y C"), without Intl (see lists.ts). */
export const inList = (items: string[]): string => joinList(items, getLocale());
