// A mark's accessible name is worded when read, not when the marks are laid out: hydration adopts
// the marks' prerendered markup without writing it, so a first visit to /map need not word a card
// for every country (src/lib/charts/map/layout.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as card from '../../../../src/lib/charts/map/card';
import { mapMarks } from '../../../../src/lib/charts/map/layout';
import { mapColouring } from '../../../../src/lib/charts/map/palette';
import { mapPlace, mapRow } from './rows';

vi.mock('../../../../src/lib/charts/map/card', { spy: true });

const rows = [
	mapRow({ iso3: 'KEN', name: 'Kenya', map_iso3: 'KEN', mentions: 4 }),
	mapRow({ iso3: 'GBR', name: 'England and Wales', map_iso3: 'GBR', mentions: 30 })
];
const places = { KEN: mapPlace({ atlas_id: '404' }), GBR: mapPlace({ atlas_id: '826' }) };

describe("a map mark's accessible name", () => {
	// Braces: a function returned from beforeEach would be run as its cleanup.
	beforeEach(() => {
		vi.mocked(card.countryLabel).mockClear();
	});

	it('is not worded while the marks are laid out', () => {
		mapMarks(rows, places, mapColouring(rows, 'income'), 'income', null);
		expect(card.countryLabel).not.toHaveBeenCalled();
	});

	it("is the country's label when read, in the colouring and scope of its view", () => {
		const marks = mapMarks(rows, places, mapColouring(rows, 'region'), 'region', null);
		const gbr = marks.find((m) => m.row.iso3 === 'GBR');
		expect(gbr?.label).toBe(card.countryLabel(rows[1], 'region', null));
		expect(gbr?.label).toMatch(/^England and Wales\. Region: /);
	});
});
