/**
 * Numbers as each language writes them, through Intl: "76%", "76 %" (French, with a narrow
 * no-break space), "76 %" (Spanish); "1,234" / "1 234" / "1234". Percentages arrive as 0–100, as
 * the dataset stores them. The words around counts ("32 of 42") come from the message catalogue.
 */
import { INTL_TAG, type Locale } from './locales';
import { count_of, not_settled } from '$lib/paraglide/messages';

export interface NumberFormats {
	/** "76%" (or "76.2%" with one decimal). Null and NaN stay visibly empty: "—". */
	pct(value: number | null | undefined, decimals?: 0 | 1): string;
	/** "32 of 42"; "not settled" when either count is missing. */
	count(yes: number | null | undefined, n: number | null | undefined): string;
	/** A whole number with the language's grouping. */
	int(value: number): string;
}

const EMPTY = '—';
const cache = new Map<Locale, NumberFormats>();

/** The formats for one language, built once (Intl formatters are costly to create). */
export function numbersFor(locale: Locale): NumberFormats {
	const known = cache.get(locale);
	if (known) return known;
	const tag = INTL_TAG[locale];
	const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
	const pct0 = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
	const pct1 = new Intl.NumberFormat(tag, {
		style: 'percent',
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	});
	const formats: NumberFormats = {
		pct: (value, decimals = 0) =>
			value === null || value === undefined || Number.isNaN(value)
				? EMPTY
				: (decimals ? pct1 : pct0).format(value / 100),
		count: (yes, n) =>
			yes === null || yes === undefined || n === null || n === undefined
				? not_settled({}, { locale })
				: count_of({ yes: whole.format(yes), n: whole.format(n) }, { locale }),
		int: (value) => whole.format(value)
	};
	cache.set(locale, formats);
	return formats;
}
