/**
 * The dataset's names in the page's language: countries, regions, income groups, domains and
 * capabilities, from data/translations.csv (through the generated table). Rows keep their codes
 * (iso3, income_group, region) in English for logic and colour; only the names change. Names of
 * laws, bodies and programmes are not in the table, so they pass through unchanged.
 */
import { DATASET_LABELS } from './datasetLabels.generated';
import type { Locale } from './locales';

/** The name in `locale`, or the English name when there is no translation (or the page is English). */
export function datasetLabel(english: string, locale: Locale): string {
	if (locale === 'en') return english;
	return DATASET_LABELS[english]?.[locale]?.[0] ?? english;
}

/** Whether the shown name is a draft translation (not yet reviewed). */
export function isDraftLabel(english: string, locale: Locale): boolean {
	if (locale === 'en') return false;
	return DATASET_LABELS[english]?.[locale]?.[1] === 'draft';
}

/** The draft translations of each language, as they are shown (built on first use). */
const draftShown = new Map<Locale, Set<string>>();

function draftNamesOf(locale: Locale): Set<string> {
	let names = draftShown.get(locale);
	if (!names) {
		names = new Set();
		for (const byLocale of Object.values(DATASET_LABELS)) {
			const entry = locale === 'en' ? undefined : byLocale[locale];
			if (entry?.[1] === 'draft') names.add(entry[0]);
		}
		draftShown.set(locale, names);
	}
	return names;
}

/**
 * Whether rows as shown in `locale` (after localizeRows) hold a dataset name whose translation is
 * still a draft. A page says so only when it shows one: never on English pages, and not on a
 * French or Spanish view whose names are all reviewed.
 */
export function showsDraftName(rows: readonly unknown[], locale: Locale): boolean {
	if (locale === 'en') return false;
	const drafts = draftNamesOf(locale);
	return rows.some(
		(row) =>
			row !== null &&
			typeof row === 'object' &&
			Object.values(row).some((value) => typeof value === 'string' && drafts.has(value))
	);
}

/**
 * Rows as a chart draws them in `locale`: every string field that is a dataset name is replaced by
 * its translation. English rows are returned as they are (same objects), so English output cannot
 * change.
 */
export function localizeRows<R>(rows: R[], locale: Locale): R[] {
	if (locale === 'en') return rows;
	return rows.map((row) => {
		if (row === null || typeof row !== 'object') return row;
		let out: Record<string, unknown> | null = null;
		for (const [key, value] of Object.entries(row)) {
			if (typeof value !== 'string') continue;
			const shown = datasetLabel(value, locale);
			if (shown !== value) (out ??= { ...(row as Record<string, unknown>) })[key] = shown;
		}
		return (out ?? row) as R;
	});
}
