/**
 * world-atlas identifies countries by ISO 3166-1 numeric code (as a zero-padded string), while the
 * dataset uses alpha-3 (`countries.map_iso3`). This lookup covers every shape the review's
 * countries are drawn with; a unit test checks it against data/countries.csv, so a country added
 * to the dataset without a code here fails the tests rather than vanishing from the map.
 */
export const ISO_NUMERIC: Readonly<Record<string, string>> = {
	ALB: '008',
	ARE: '784',
	AUS: '036',
	BEL: '056',
	BGR: '100',
	BIH: '070',
	BLR: '112',
	BRA: '076',
	CAN: '124',
	CHN: '156',
	COL: '170',
	DOM: '214',
	FIN: '246',
	GBR: '826',
	GHA: '288',
	GRC: '300',
	GTM: '320',
	IDN: '360',
	ITA: '380',
	JOR: '400',
	JPN: '392',
	KEN: '404',
	KHM: '116',
	KOR: '410',
	MLT: '470',
	MNE: '499',
	MNG: '496',
	NAM: '516',
	NLD: '528',
	NPL: '524',
	NZL: '554',
	PHL: '608',
	PRY: '600',
	RWA: '646',
	SLV: '222',
	SRB: '688',
	SWE: '752',
	UKR: '804',
	USA: '840',
	VNM: '704',
	ZAF: '710',
	ZWE: '716'
};

/** The atlas id for an alpha-3 code; throws so a missing code fails the build loudly. */
export function atlasId(mapIso3: string): string {
	const id = ISO_NUMERIC[mapIso3];
	if (!id) throw new Error(`No ISO numeric code for ${mapIso3}: add it to isoNumeric.ts`);
	return id;
}

/** The element id a country's shape carries in the base map (referenced by <use>). */
export const shapeElementId = (atlasId: string) => `wm-${atlasId}`;
