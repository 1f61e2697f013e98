// The map's marks and its country list written as markup strings that hydration adopts
// (marksMarkup.ts, listMarkup.ts): every value escaped, each country's link carrying what the
// map's listeners and the tests read. The render snapshot holds the map as the server draws it.
import { describe, expect, it } from 'vitest';
import { mapMarks } from '../../../../src/lib/charts/map/layout';
import { mapColouring } from '../../../../src/lib/charts/map/palette';
import { countryMarksMarkup } from '../../../../src/lib/charts/map/marksMarkup';
import { countryRowsMarkup } from '../../../../src/lib/charts/map/listMarkup';
import type { MapCountryRow } from '../../../../src/lib/charts/map/types';
import { mapPlace, mapRow } from './rows';

const hostile = `<img src=x onerror="alert(1)">'&`;
const row = (over: Partial<MapCountryRow>): MapCountryRow => mapRow({ mentions: 3, ...over });
const place = mapPlace;
const rows = [row({ name: hostile }), row({ iso3: 'BBB', map_iso3: 'BBB', name: 'Borduria' })];
const places = { AAA: place({}), BBB: place({ atlas_id: '900', x: 12.5, y: 7, marker: true }) };
const colouring = mapColouring(rows, 'income');
const href = (iso3: string) => `/countries/${iso3}`;

describe('countryMarksMarkup', () => {
	const marks = mapMarks(rows, places, colouring, 'income', null);
	const svg = countryMarksMarkup(marks, 5, href);

	it('escapes every word it writes', () => {
		expect(svg).not.toContain('<img');
		expect(svg).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;');
	});

	it('writes one link per country with its fill and value, its shape and its marker', () => {
		const links = [...svg.matchAll(/<a href="([^"]*)"[^>]* data-iso3="([^"]*)"/g)];
		expect(links.map((m) => [m[1], m[2]])).toEqual(
			marks.map((m) => [href(m.row.iso3), m.row.iso3])
		);
		expect(svg.match(/<use href="#[^"]+" fill="#[0-9A-Fa-f]{6}"><\/use>/g)).toHaveLength(
			marks.filter((m) => m.shapeId).length
		);
		expect(svg).toContain('<circle class="marker" cx="12.5" cy="7" r="5"');
		expect(svg).toContain('data-value="HIC" data-mentions="3"');
	});
});

describe('countryRowsMarkup', () => {
	it('escapes every word it writes', () => {
		const html = countryRowsMarkup(rows, 'income', colouring, href);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;</a>');
	});

	it('writes one row per country in the given order, the attribute only when the map shows one', () => {
		const html = countryRowsMarkup(rows, 'income', colouring, href);
		expect([...html.matchAll(/<tr data-iso3="(\w+)">/g)].map((m) => m[1])).toEqual(['AAA', 'BBB']);
		expect(html).toContain('<td class="attr">High-income economies</td>');
		expect(html).toContain('<td class="num">3</td>');
		expect(html).toContain('<a href="/countries/BBB">Borduria</a>');
		const byMentions = countryRowsMarkup(rows, 'mentions', mapColouring(rows, 'mentions'), href);
		expect(byMentions).not.toContain('class="attr"');
	});
});
