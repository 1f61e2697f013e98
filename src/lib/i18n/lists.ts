/**
 * Lists joined without Intl: "A, B and C", "A, B et C", "A, B y C". A page's first
 * Intl.ListFormat loads ICU's list data, the longest task of /about's hydration (~250 ms at the
 * benchmark's CPU 4×), to join a handful of names. tests/unit/i18n/lists.test.ts holds this to
 * Intl.ListFormat (conjunction) on lists of every length and on every name the dataset holds, in
 * the three languages.
 */
import type { Locale } from './locales';

/** The word before the last item (British English: no comma before "and", as CLDR's en-GB). */
const AND: Record<Locale, string> = { en: ' and ', fr: ' et ', es: ' y ' };

/**
 * Spanish writes "e" for "y" before a word that starts with the sound /i/: CLDR's rule, as Intl
 * applies it, reads a plain "i" or "hi" (either case) not followed by "a" or "e" ("y hielo").
 */
const SPANISH_E = /^(?:i|hi(?![ae]))/i;

/** The items joined as the language writes a list of things that all hold ("and"). */
export function joinList(items: readonly string[], locale: Locale): string {
	if (items.length < 2) return items[0] ?? '';
	const last = items[items.length - 1];
	const and = locale === 'es' && SPANISH_E.test(last) ? ' e ' : AND[locale];
	return items.slice(0, -1).join(', ') + and + last;
}
