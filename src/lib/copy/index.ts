import { en } from './en';

/** The active interface strings. One locale today; the shape is fixed by `Copy`. */
export const copy = en;
export type { Copy } from './en';

/** Locale used for number formatting; follows the interface language. */
export const locale = 'en-GB';
