/**
 * Which of the explorer's languages to offer a reader: the first of their browser's languages
 * ("fr-CA", "es-419", "en-GB") that the explorer has, unless the page is in it already. Null when
 * there is nothing to offer. The offer is a line on the page, never a redirect.
 */
import { isLocale, type Locale } from './locales';

export function suggestedLocale(languages: readonly string[], current: Locale): Locale | null {
	for (const tag of languages) {
		const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
		if (isLocale(primary)) return primary === current ? null : primary;
	}
	return null;
}
