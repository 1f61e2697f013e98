/**
 * The explorer's languages. English is the base: its addresses have no prefix (/map); French and
 * Spanish live under /fr/ and /es/. `intl` is the tag handed to Intl for numbers and plurals
 * (British English, as the review is written).
 */
export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

export const INTL_TAG: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** Each language's name in itself, for the language switcher. */
export const AUTONYM: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
