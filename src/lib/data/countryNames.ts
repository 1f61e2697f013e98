/**
 * Other ways the review refers to a country besides the name in `countries.name`
 * (adjectives, short forms, and "UK" for the England-and-Wales response — see footnote 30).
 */
export const COUNTRY_ALIASES: Record<string, readonly string[]> = {
	AUS: ['Australian'],
	BEL: ['Belgian'],
	BRA: ['Brazilian'],
	CAN: ['Canadian'],
	CHN: ['Chinese'],
	COL: ['Colombian'],
	FIN: ['Finnish'],
	GBR: ['UK', 'United Kingdom', 'British', 'England', 'Wales'],
	GRC: ['Greek'],
	IDN: ['Indonesian'],
	ITA: ['Italian'],
	JPN: ['Japanese'],
	KOR: ['Korea', 'Korean'],
	NLD: ['Dutch'],
	NZL: ['New Zealand'],
	PHL: ['Philippine', 'Filipino'],
	ZAF: ['South African'],
	SWE: ['Swedish'],
	ARE: ['UAE', 'Emirates', 'Emirati'],
	USA: ['United States', 'US', 'USA', 'American'],
	VNM: ['Vietnam', 'Vietnamese']
};

/** Every name a country may be printed under. */
export function countryNames(iso3: string, name: string): string[] {
	return [name, ...(COUNTRY_ALIASES[iso3] ?? [])];
}
