import { en } from './en';
import { getLocale } from '$lib/paraglide/runtime';
import { INTL_TAG } from '$lib/i18n/locales';

/** The active interface strings. The words follow the page's language (see en.ts); the shape is fixed by `Copy`. */
export const copy = en;
export type { Copy } from './en';

/** The Intl tag for number formatting: the language of the page being rendered (en-GB, fr-FR, es-ES). */
export const locale = (): string => INTL_TAG[getLocale()];
