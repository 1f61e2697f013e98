/**
 * Numbers as each language writes them, through Intl: "76%", "76 %" (French, with a narrow
 * no-break space), "76 %" (Spanish); "1,234" / "1 234" / "1234". Percentages arrive as 0–100, as
 * the dataset stores them. The words around counts ("32 of 42") come from the message catalogue.
 */
import { writeDecimal } from './decimal';
import { INTL_TAG, type Locale } from './locales';
import { count_of, not_settled } from '$lib/paraglide/messages';

export interface NumberFormats {
	/** "76%" (or "76.2%" with one decimal). Null and NaN stay visibly empty: "—". */
	pct(value: number | null | undefined, decimals?: 0 | 1): string;
	/** "32 of 42"; "not settled" when either count is missing. */
	count(yes: number | null | undefined, n: number | null | undefined): string;
	/** A whole number with the language's grouping. */
	int(value: number): string;
	/** A number with exactly `decimals` decimals and the language's grouping: "4.5", "4,5". */
	decimal(value: number, decimals: number): string;
}

const EMPTY = '—';
const cache = new Map<Locale, NumberFormats>();

/**
 * The formats for one language, built once. Finite numbers are written by decimal.ts, which
 * matches Intl without paying Intl's start-up in every page's hydration; Intl is only created
 * for the rare value it spells out (∞).
 */
export function numbersFor(locale: Locale): NumberFormats {
	const known = cache.get(locale);
	if (known) return known;
	const tag = INTL_TAG[locale];
	const decimal = (value: number, decimals: number) =>
		writeDecimal(value, locale, decimals) ??
		new Intl.NumberFormat(tag, {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals
		}).format(value);
	const int = (value: number) => decimal(value, 0);
	const formats: NumberFormats = {
		pct: (value, decimals = 0) =>
			value === null || value === undefined || Number.isNaN(value)
				? EMPTY
				: (writeDecimal(value / 100, locale, decimals, true) ??
					new Intl.NumberFormat(tag, {
						style: 'percent',
						minimumFractionDigits: decimals,
						maximumFractionDigits: decimals
					}).format(value / 100)),
		count: (yes, n) =>
			yes === null || yes === undefined || n === null || n === undefined
				? not_settled({}, { locale })
				: count_of({ yes: int(yes), n: int(n) }, { locale }),
		int,
		decimal
	};
	cache.set(locale, formats);
	return formats;
}
