// The world map's pure pieces: geometry, colours, legend, card wording, marks, view meta; and its
// SQL, run against the built Parquet files with the same DuckDB the prerender uses.
import { beforeAll, describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { loadCurated } from '../../../../scripts/data/load';
import { ISO_NUMERIC, atlasId, shapeElementId } from '../../../../src/lib/charts/map/isoNumeric';
import { MAP_WIDTH, compactPathContext } from '../../../../src/lib/charts/map/projection';
import { basemap, baseWorld, placesFor } from '../../../../src/lib/charts/map/atlas';
import { OKABE_ITO, TOL_MUTED } from '../../../../src/lib/charts/kit/palette';
import {
	ZERO_FILL,
	attributeKey,
	attributeRef,
	countBins,
	mapColouring,
	safeOnlineKey
} from '../../../../src/lib/charts/map/palette';
import { countryCard, countryLabel, drawnAsNote } from '../../../../src/lib/charts/map/card';
import { cardPosition, mapMarks } from '../../../../src/lib/charts/map/layout';
import { LEGEND_FONT, mapExportLayout } from '../../../../src/lib/charts/map/legendLayout';
import { roughMeasure, type Measure } from '../../../../src/lib/export/svgText';
import { basemapInner } from '../../../../src/lib/charts/map/basemapClient';
import {
	MAP_COLOURS,
	MAP_SORTS,
	type MapColour,
	type MapCountryRow
} from '../../../../src/lib/charts/map/types';
import {
	mapCountriesSql,
	mapMeta,
	mapParams,
	mapQuery,
	markedCountries
} from '../../../../src/lib/charts/map/view';
import { mapSql } from '../../../../src/lib/charts/map/query';
import { mapModel, sortCountries } from '../../../../src/lib/charts/map/model';
import {
	MAX_ZOOM,
	PRESET_REGIONS,
	ZOOM_STEP,
	boxAround,
	clampBox,
	fullBox,
	panBy,
	panByKey,
	zoomBy,
	zoomedTo,
	zoomLevel
} from '../../../../src/lib/charts/map/zoom';
import { REGIONS } from '../../../../src/lib/data/schema';
import { parseParams } from '../../../../src/lib/url/params';
import { testEngine } from '../../fixture/dataset';
import { mapPlace, mapRow } from './rows';

const row = mapRow;
const place = mapPlace;

const hotline = { capability_id: 12, short_name: 'CSEA hotline', name: 'CSEA hotline' };

describe('atlas ids', () => {
	it('covers the map shape of every country in the dataset', () => {
		const { tables } = loadCurated('data');
		const missing = tables.countries
			.map((c) => String(c.map_iso3))
			.filter((iso) => !(iso in ISO_NUMERIC));
		expect(missing).toEqual([]);
		expect(tables.countries.find((c) => c.iso3 === 'GBR')?.map_iso3).toBe('GBR');
	});

	it('fails loudly for a code it does not know', () => {
		expect(() => atlasId('XYZ')).toThrow(/isoNumeric/);
		expect(atlasId('GBR')).toBe('826');
		expect(shapeElementId('826')).toBe('wm-826');
	});
});

describe('compact paths', () => {
	const draw = (rings: [number, number][][], close = true) => {
		const c = compactPathContext();
		for (const ring of rings) {
			c.moveTo(...ring[0]);
			for (const p of ring.slice(1)) c.lineTo(...p);
			if (close) c.closePath();
		}
		return c.take();
	};

	it.each([
		[
			'a square as relative moves',
			[
				[
					[0, 0],
					[10, 0],
					[10, 10],
					[0, 10]
				]
			],
			'M0 0l10 0 0 10-10 0z'
		],
		[
			'points rounding onto each other merged',
			[
				[
					[0.2, 0.1],
					[0.4, 0.3],
					[5, 0],
					[5, 5]
				]
			],
			'M0 0l5 0 0 5z'
		],
		[
			'a ring collapsing to a point dropped',
			[
				[
					[1, 1],
					[1.2, 1.1],
					[0.9, 1]
				]
			],
			''
		],
		[
			'negative moves need no separator',
			[
				[
					[5, 5],
					[2, 1],
					[0, 3]
				]
			],
			'M5 5l-3-4-2 2z'
		]
	] as const)('writes %s', (_, rings, expected) => {
		expect(draw(rings as unknown as [number, number][][])).toBe(expected);
	});
});

describe('base map', () => {
	it('projects the world without Antarctica into a 960-wide viewBox', () => {
		const world = baseWorld();
		expect(world.width).toBe(MAP_WIDTH);
		expect(world.height).toBeGreaterThan(380);
		expect(world.height).toBeLessThan(480);
		expect(world.features.some((f) => String(f.id) === '010')).toBe(false);
		const [[x0, y0], [x1, y1]] = geoPath(world.projection).bounds({
			type: 'FeatureCollection',
			features: world.features
		});
		expect(x0).toBeGreaterThanOrEqual(-0.01);
		expect(x1).toBeLessThanOrEqual(MAP_WIDTH + 0.01);
		expect(y1 - y0).toBeLessThanOrEqual(world.height);
	});

	it('is compact markup with one unstyled path per country', () => {
		const markup = basemap();
		expect(markup.startsWith('<g data-basemap="">')).toBe(true);
		expect(markup.length).toBeLessThan(60_000);
		expect(markup).toContain('id="wm-826"');
		// No fill or stroke on the paths, so <use> elements can colour them.
		expect(markup).not.toMatch(/fill=|stroke=|class=/);
		// Never an empty comment: Svelte would take it for the end of the {@html} block.
		expect(markup).not.toContain('<!---->');
	});

	it('locates every review country, with a marker where the shape is missing or tiny', () => {
		const { tables } = loadCurated('data');
		const places = placesFor(tables.countries.map((c) => String(c.map_iso3)));
		expect(Object.keys(places)).toHaveLength(42);
		for (const p of Object.values(places)) {
			expect(p.x).toBeGreaterThan(0);
			expect(p.x).toBeLessThan(MAP_WIDTH);
			expect(p.y).toBeGreaterThan(0);
			expect(p.y).toBeLessThan(baseWorld().height);
		}
		// Malta has no shape in the 1:110m atlas; it is located from the 1:50m atlas.
		expect(places.MLT).toMatchObject({ shape: false, marker: true, area: 0 });
		expect(places.MLT.x).toBeGreaterThan(places.ITA.x - 30);
		expect(places.MLT.y).toBeGreaterThan(places.ITA.y);
		expect(places.CAN).toMatchObject({ shape: true, marker: false });
		expect(places.GBR.shape).toBe(true);
	});

	it('extracts the markup from the standalone SVG file', () => {
		const inner = '<g data-basemap=""><path id="wm-1" d="M0 0l1 1z"/></g>';
		expect(
			basemapInner(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">${inner}</svg>\n`)
		).toBe(inner);
	});
});

describe('count bins', () => {
	it.each([
		[0, []],
		[1, ['1']],
		[3, ['1', '2', '3']],
		[5, ['1', '2', '3', '4', '5']],
		[8, ['1–2', '3–5', '6–8']],
		[34, ['1–2', '3–5', '6–10', '11–20', '21–34']],
		[120, ['1–2', '3–5', '6–10', '11–20', '21–50', '51–100', '101–120']]
	])('max %i gives %j', (max, labels) => {
		const bins = countBins(max);
		expect(bins.map((b) => (b.from === b.to ? String(b.from) : `${b.from}–${b.to}`))).toEqual(
			labels
		);
		expect(new Set(bins.map((b) => b.fill)).size).toBe(bins.length);
		// Contiguous, covering 1..max.
		bins.forEach((b, i) => i && expect(b.from).toBe(bins[i - 1].to + 1));
		if (max) expect(bins.at(-1)!.to).toBe(max);
	});
});

describe('colouring and legend', () => {
	const rows = [
		row({ iso3: 'A', income_group: 'HIC', mentions: 34 }),
		row({ iso3: 'B', income_group: 'LIC', income_group_name: 'Low-income economy', mentions: 0 }),
		row({
			iso3: 'C',
			income_group: 'HIC',
			mentions: 2,
			safe_online: true,
			safe_online_scope: 'global'
		}),
		row({
			iso3: 'D',
			income_group: 'UMIC',
			income_group_name: 'Upper',
			mentions: 7,
			safe_online: true
		})
	];

	it('colours income groups with Okabe–Ito and counts each legend item', () => {
		const c = mapColouring(rows, 'income');
		expect(c.fillOf(rows[0])).toBe(OKABE_ITO.blue);
		expect(c.legend.map((l) => [l.key, l.count])).toEqual([
			['HIC', 2],
			['UMIC', 1],
			['LIC', 1]
		]);
		expect(c.legend.find((l) => l.key === 'LIC')?.label).toBe('Low-income economy');
		for (const l of c.legend) expect(Object.values(OKABE_ITO)).toContain(l.fill);
	});

	it('gives regions nine distinct colour-blind-safe colours', () => {
		const c = mapColouring([row({ region: 'SA' }), row({ region: 'WE' })], 'region');
		expect(new Set(TOL_MUTED).size).toBe(9);
		expect(
			c.legend.map((l) => l.fill).every((f) => (TOL_MUTED as readonly string[]).includes(f))
		).toBe(true);
	});

	it('keeps Safe Online scope, including "scope not printed"', () => {
		expect(rows.map(safeOnlineKey)).toEqual(['none', 'none', 'global', 'unspecified']);
		const c = mapColouring(rows, 'safeonline');
		expect(c.legend.map((l) => l.key)).toEqual(['global', 'unspecified', 'none']);
		expect(c.legend.find((l) => l.key === 'unspecified')?.label).toBe('Funded (scope not printed)');
	});

	it('hatches zero mentions and bins the rest, darker for more', () => {
		const c = mapColouring(rows, 'mentions');
		expect(c.fillOf(rows[1])).toBe(ZERO_FILL);
		expect(c.fillOf(rows[0])).not.toBe(ZERO_FILL);
		expect(c.legend[0]).toMatchObject({ key: '0', fill: ZERO_FILL, count: 1 });
		expect(c.legend.reduce((n, l) => n + l.count, 0)).toBe(rows.length);
		expect(attributeKey(rows[0], 'mentions', countBins(34))).toBe('21–34');
	});

	it('leaves out empty categories and, for counts, shows only zero when nobody is named', () => {
		const none = rows.map((r) => ({ ...r, mentions: 0 }));
		expect(mapColouring(none, 'mentions').legend).toEqual([
			expect.objectContaining({ key: '0', count: 4 })
		]);
		expect(mapColouring(rows, 'survey').legend.map((l) => l.key)).toEqual(['alliance']);
	});
});

describe('card wording', () => {
	it.each([
		[0, null, 'Not named as an example across the 21 capabilities'],
		[1, null, 'Named as an example once across the 21 capabilities'],
		[3, hotline, 'Named as an example 3 times for capability 12 (CSEA hotline)']
	] as const)('%i mentions reads "%s"', (mentions, capability, text) => {
		const card = countryCard(row({ mentions }), 'mentions', capability);
		expect(card.mentions).toBe(text);
		expect(card.mentions).not.toMatch(/\bhas\b|\bhave\b/);
	});

	it('lists every attribute and marks the one the map is coloured by', () => {
		const card = countryCard(row({ survey: 'unicef' }), 'survey', null);
		expect(card.lines.map((l) => l.label)).toEqual([
			'Income group',
			'Region',
			'Survey answered',
			'Safe Online funding'
		]);
		expect(card.lines.filter((l) => l.current).map((l) => l.value)).toEqual([
			'UNICEF / End Violence study'
		]);
	});

	it('says how England and Wales is drawn, on the card and in the link name', () => {
		const gbr = row({ iso3: 'GBR', name: 'England and Wales', map_iso3: 'GBR', mentions: 30 });
		expect(countryCard(gbr, 'income', null).drawnAs).toMatch(/United Kingdom/);
		const label = countryLabel(gbr, 'income', null);
		expect(label).toMatch(
			/^England and Wales\. Income group: High-income economies\. Named as an example 30 times/
		);
		expect(label).toMatch(/United Kingdom/);
		expect(drawnAsNote('GBR')).toMatch(/England and Wales/);
		expect(drawnAsNote('KEN')).toBeNull();
	});
});

describe('marks and card position', () => {
	it('orders marks by name, whatever the list order, and uses markers where needed', () => {
		const rows = [
			row({ iso3: 'ZWE', name: 'Zimbabwe', map_iso3: 'ZWE' }),
			row({ iso3: 'MLT', name: 'Malta', map_iso3: 'MLT' })
		];
		const places = {
			ZWE: place({ atlas_id: '716' }),
			MLT: place({ atlas_id: '470', shape: false, marker: true, area: 0 })
		};
		const marks = mapMarks(rows, places, mapColouring(rows, 'income'), 'income', null);
		expect(marks.map((m) => m.row.iso3)).toEqual(['MLT', 'ZWE']);
		expect(marks[0].shapeId).toBeNull();
		expect(marks[1].shapeId).toBe('wm-716');
		expect(() =>
			mapMarks([row({ map_iso3: 'NOPE' })], places, mapColouring(rows, 'income'), 'income', null)
		).toThrow();
	});

	it.each([
		[100, 50, false, false],
		[900, 50, true, false],
		[100, 400, false, true]
	])('a country at (%i, %i) opens the card right=%s bottom=%s', (x, y, right, bottom) => {
		const p = cardPosition(place({ x, y }), 960, 420);
		expect(p.alignRight).toBe(right);
		expect(p.alignBottom).toBe(bottom);
		expect(p.left).toBeCloseTo((x / 960) * 100);
	});
});

describe('map view', () => {
	it('keeps valid parameters and reports malformed ones', () => {
		const parsed = parseParams(
			mapParams,
			new URLSearchParams('colour=purple&capability=22&sort=mentions&zoom=3')
		);
		expect(parsed.state).toEqual({ colour: 'income', capability: null, sort: 'mentions' });
		expect(parsed.ignored).toHaveLength(3);
		expect(parseParams(mapParams, new URLSearchParams('capability=21')).state.capability).toBe(
			'21'
		);
		expect(parseParams(mapParams, new URLSearchParams('capability=012')).ignored).toHaveLength(1);
	});

	it('describes a count view with the most and least named countries', () => {
		const rows = [
			row({ iso3: 'CAN', name: 'Canada', mentions: 34 }),
			row({ iso3: 'AUS', name: 'Australia', mentions: 32 }),
			row({ iso3: 'BLR', name: 'Belarus', mentions: 0 }),
			row({ iso3: 'MLT', name: 'Malta', map_iso3: 'MLT', mentions: 8 })
		];
		const places = { AAA: place(), MLT: place({ shape: false, marker: true }) };
		const meta = mapMeta(
			rows,
			{ colour: 'mentions', capability: null, sort: 'name' },
			'colour=mentions',
			{
				capabilities: [hotline],
				places
			}
		);
		expect(meta.id).toBe('map');
		expect(meta.altText).toContain('Canada (34), Australia (32), Malta (8)');
		expect(meta.altText).toContain('Not named: Belarus (1 country).');
		expect(meta.subtitle).toContain('74 examples');
		expect(meta.notes.join(' ')).toMatch(/Malta is too small/);
		expect(meta.notes.join(' ')).toMatch(/not a rating/);
		expect(meta.rows).toHaveLength(4);
		expect(meta.columns.map((c) => c.key)).toContain('source_ref');
		expect(markedCountries(rows, places)).toEqual(['Malta']);
	});

	it('describes a category view by its counts and notes England and Wales', () => {
		const rows = [
			row({ iso3: 'GBR', name: 'England and Wales' }),
			row({ iso3: 'KEN', income_group: 'LMIC', income_group_name: 'Lower-middle-income economies' })
		];
		const meta = mapMeta(rows, { colour: 'income', capability: null, sort: 'name' }, '', {
			capabilities: [],
			places: { AAA: place() }
		});
		expect(meta.altText).toContain(
			'1 country High-income economies; 1 country Lower-middle-income economies'
		);
		expect(meta.notes[0]).toMatch(/England and Wales/);
		expect(meta.subtitle).toMatch(/^2 countries: 2 answered the Alliance survey/);
	});
});

describe('map SQL', () => {
	type Row = MapCountryRow;
	let all: Row[];
	beforeAll(async () => {
		all = await testEngine().query<Row>(mapSql.countries({ capabilityId: null }));
	}, 30_000);

	it('returns the 42 countries in name order with their attribute and its source', () => {
		expect(all).toHaveLength(42);
		const names = all.map((r) => r.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
		const gbr = all.find((r) => r.iso3 === 'GBR')!;
		expect(gbr).toMatchObject({
			name: 'England and Wales',
			income_group: 'HIC',
			capability_id: null
		});
		for (const colour of MAP_COLOURS)
			if (colour !== 'mentions') expect(attributeRef(gbr, colour)).toMatch(/lines/);
		expect(gbr.mentions).toBe(30);
	});

	it.each(MAP_COLOURS.flatMap((colour) => MAP_SORTS.map((sort) => [colour, sort] as const)))(
		'colour=%s sort=%s runs and orders as asked',
		async (colour, sort) => {
			const rows = await testEngine()
				.query<Row>(mapSql.countries({ capabilityId: 12 }))
				.then((r) => sortCountries(r, colour, sort));
			expect(rows).toHaveLength(42);
			expect(rows.every((r) => r.capability_id === 12)).toBe(true);
			if (sort === 'mentions' || (sort === 'attribute' && colour === 'mentions')) {
				const counts = rows.map((r) => r.mentions);
				expect(counts).toEqual([...counts].sort((a, b) => b - a));
			}
			if (colour === 'safeonline')
				expect(new Set(rows.map((r) => attributeKey(r, colour)))).toEqual(
					new Set(['global', 'regional', 'unspecified', 'none'])
				);
			// Every attribute but the count is printed somewhere; the count is ours.
			expect(
				rows.every((r) => (attributeRef(r, colour) === null) === (colour === 'mentions'))
			).toBe(true);
		}
	);

	it('counts a capability with no examples as zero for every country', async () => {
		const rows = await testEngine().query<Row>(mapSql.countries({ capabilityId: 11 }));
		expect(rows.every((r) => r.mentions === 0)).toBe(true);
	});

	it('agrees with the mentions table', async () => {
		const [{ n }] = await testEngine().query<{ n: number }>(
			'SELECT count(*)::INTEGER AS n FROM mentions WHERE capability_id IS NOT NULL'
		);
		expect(all.reduce((s, r) => s + r.mentions, 0)).toBe(n);
		expect(mapQuery({ colour: 'income', capability: '3', sort: 'name' })).toEqual({
			capabilityId: 3
		});
	});
});

describe('map classes in one language (TypeScript)', () => {
	it('the SQL decides no class: it orders by name and computes no CASE, rank or position', () => {
		expect(mapSql.countries({ capabilityId: null })).not.toMatch(
			/CASE|list_position|ORDER BY (?![pc]\.name)/
		);
	});

	it('a change of colour or order asks no query: every such state has the same SQL', () => {
		const sqls = MAP_COLOURS.flatMap((colour) =>
			MAP_SORTS.map((sort) => mapCountriesSql({ colour, capability: null, sort }))
		);
		expect(new Set(sqls).size).toBe(1);
		expect(mapCountriesSql({ colour: 'mentions', capability: '3', sort: 'name' })).not.toBe(
			sqls[0]
		);
	});

	it("the table shows the source of the colour's attribute only", () => {
		const r = row({ income_group_ref: 'Table 1, lines 1-2', region_ref: 'Table 2, lines 3-4' });
		const rowsFor = (colour: MapColour) =>
			mapMeta([r], { colour, capability: null, sort: 'name' }, '', { capabilities: [], places: {} })
				.rows;
		expect(rowsFor('income')[0].attribute_ref).toBe('Table 1, lines 1-2');
		expect(rowsFor('region')[0].attribute_ref).toBe('Table 2, lines 3-4');
		expect(rowsFor('mentions')[0].attribute_ref).toBeNull();
	});

	it('orders the list by attribute in the legend order, names within a class', async () => {
		const rows = await testEngine().query<MapCountryRow>(mapSql.countries({ capabilityId: null }));
		for (const colour of MAP_COLOURS) {
			const sorted = sortCountries(rows, colour, 'attribute');
			const legend = mapColouring(rows, colour).legend.map((l) => l.key);
			const classes = [...new Set(sorted.map((r) => attributeKey(r, colour, countBins(30))))];
			if (colour === 'mentions') {
				const counts = sorted.map((r) => r.mentions);
				expect(counts).toEqual([...counts].sort((a, b) => b - a));
			} else expect(classes).toEqual(legend);
		}
		const safe = sortCountries(
			[
				row({ iso3: 'B', name: 'B', safe_online: false }),
				row({ iso3: 'A', name: 'A', safe_online: true, safe_online_scope: null }),
				row({ iso3: 'C', name: 'C', safe_online: true, safe_online_scope: 'regional' }),
				row({ iso3: 'D', name: 'D', safe_online: true, safe_online_scope: 'global' })
			],
			'safeonline',
			'attribute'
		);
		expect(safe.map((r) => r.iso3)).toEqual(['D', 'C', 'A', 'B']);
	});

	it('sorts by mentions with names breaking ties, and by name', () => {
		const rows = [
			row({ iso3: 'Z', name: 'Zed', mentions: 2 }),
			row({ iso3: 'A', name: 'Ann', mentions: 2 }),
			row({ iso3: 'M', name: 'Mo', mentions: 5 })
		];
		expect(sortCountries(rows, 'income', 'mentions').map((r) => r.iso3)).toEqual(['M', 'A', 'Z']);
		expect(sortCountries(rows, 'income', 'name').map((r) => r.iso3)).toEqual(['A', 'M', 'Z']);
		const model = mapModel(rows, { colour: 'mentions', sort: 'attribute' }, null);
		expect(model.rows.map((r) => r.iso3)).toEqual(['M', 'A', 'Z']);
		expect(model.colouring.legend[0].key).toBe('0');
	});
});

describe('the legend drawn inside the map for exports', () => {
	const items = [
		{ key: 'HIC', label: 'High-income economies', fill: '#0072B2', count: 20 },
		{ key: 'UMIC', label: 'Upper-middle-income economies', fill: '#56B4E9', count: 12 },
		{ key: 'LMIC', label: 'Lower-middle-income economies', fill: '#E69F00', count: 8 },
		{ key: 'LIC', label: 'Low-income economies', fill: '#D55E00', count: 2 }
	];

	const full = fullBox(MAP_WIDTH, 500);
	const layout = (
		fit: { width: number; height: number },
		box = full,
		note: string | null = null,
		measure: Measure = roughMeasure,
		legend = items
	) =>
		mapExportLayout(legend, 'Not in the review', 'Income group', note, box, fit, measure, 'serif');
	/** Legend type in px of the export, for a layout drawn at its own size. */
	const px = (l: ReturnType<typeof layout>) => (l.font * l.width) / l.viewBox.width;

	it('holds every item and the countries outside the review, at the chart-text size', () => {
		const l = layout({ width: 960, height: Infinity });
		expect(l.entries.map((e) => e.text)).toEqual([
			'High-income economies (20)',
			'Upper-middle-income economies (12)',
			'Lower-middle-income economies (8)',
			'Low-income economies (2)',
			'Not in the review'
		]);
		expect(l.entries.at(-1)!.other).toBe(true);
		expect(px(l)).toBeCloseTo(LEGEND_FONT, 5);
		// Below the map, inside the drawing.
		expect(l.side).toBe(false);
		for (const e of l.entries) {
			expect(e.y).toBeGreaterThan(full.height);
			expect(e.y + l.swatch).toBeLessThanOrEqual(l.viewBox.y + l.viewBox.height);
		}
	});

	it('is compact: a column beside the map on a slide band, a tight grid below it in a square', () => {
		// The slide's stacked band (896 × 300) and the square's (488 × 300), as compose plans them.
		const slide = layout({ width: 896, height: 300 });
		expect(slide.side).toBe(true);
		expect(new Set(slide.entries.map((e) => e.x)).size).toBe(1);
		// The map takes all the band's height and most of its width (the old three-column legend
		// below the map left it 60% of the width).
		expect(slide.height).toBeLessThanOrEqual(300);
		expect((full.width * slide.width) / slide.viewBox.width / 896).toBeGreaterThan(0.6);
		const square = layout({ width: 488, height: 360 });
		expect(square.width).toBeLessThanOrEqual(488);
		expect(square.height).toBeLessThanOrEqual(360);
		for (const l of [slide, square]) expect(px(l)).toBeCloseTo(LEGEND_FONT, 5);
	});

	it('zoomed, draws only the part shown and keeps its type size; the note says where', () => {
		const box = zoomBy(full, 4, full);
		const note = 'Zoomed in 4× on Europe and Central Asia.';
		const l = layout({ width: 896, height: 300 }, box, note);
		expect(l.map).toEqual(box);
		expect(l.viewBox.x).toBe(box.x);
		expect(px(l)).toBeCloseTo(LEGEND_FONT, 5);
		expect(l.note.map((n) => n.text).join(' ')).toBe(note);
	});

	it('measures its words and wraps a label wider than its column, so none leaves the picture', () => {
		// A font wider than the old character estimate (0.56 em), and the French income groups.
		const wide: Measure = (text, font) =>
			text.length * Number(/(\d+)px/.exec(font)![1]) * (font.startsWith('600') ? 0.72 : 0.66);
		const french = [
			{ key: 'HIC', label: 'Économies à revenu élevé', fill: '#0072B2', count: 15 },
			{
				key: 'UMIC',
				label: 'Économies à revenu intermédiaire de la tranche supérieure',
				fill: '#56B4E9',
				count: 15
			},
			{
				key: 'LMIC',
				label: 'Économies à revenu intermédiaire de la tranche inférieure',
				fill: '#E69F00',
				count: 11
			},
			{ key: 'LIC', label: 'Économie à faible revenu', fill: '#D55E00', count: 1 }
		];
		const note =
			'Zoomed in 4× on Europe and Central Asia, where most of the review’s countries are.';
		// The square's band, the slide's, and the chart as shown.
		for (const fit of [
			{ width: 488, height: 290 },
			{ width: 896, height: 300 },
			{ width: 960, height: Infinity }
		]) {
			const l = layout(fit, full, note, wide, french);
			const px = l.width / l.viewBox.width;
			const right = (line: { text: string; x: number }, font: string) =>
				(line.x - l.viewBox.x) * px + wide(line.text, `${font} ${LEGEND_FONT}px serif`);
			const lines = [
				...l.heading.map((h) => right(h, '600')),
				...l.entries.flatMap((e) => e.lines.map((t) => right(t, '400'))),
				...l.note.map((n) => right(n, 'italic 400'))
			];
			for (const r of lines) expect(r, JSON.stringify(fit)).toBeLessThanOrEqual(l.width);
			expect(l.width).toBeLessThanOrEqual(fit.width);
			expect(l.height).toBeLessThanOrEqual(fit.height);
			// Nothing is dropped: each label's lines make up its text.
			for (const e of l.entries) expect(e.lines.map((t) => t.text).join(' ')).toBe(e.text);
			// Wrapped lines stack a row apart and never run into the next entry.
			const ys = l.entries.flatMap((e) => e.lines.map((t) => t.y));
			if (l.side) for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
		}
		// In the square the long labels wrap.
		const square = layout({ width: 488, height: 290 }, full, null, wide, french);
		expect(Math.max(...square.entries.map((e) => e.lines.length))).toBeGreaterThan(1);
	});

	it('marks carry what the colour stands for as data-value', () => {
		const rows = [
			row({ iso3: 'AAA', mentions: 3 }),
			row({ iso3: 'BBB', name: 'Bbb', income_group: 'LIC' })
		];
		const places = { AAA: place() };
		const byIncome = mapMarks(rows, places, mapColouring(rows, 'income'), 'income', null);
		expect(byIncome.map((m) => m.value)).toEqual(['HIC', 'LIC']);
		const byCount = mapMarks(rows, places, mapColouring(rows, 'mentions'), 'mentions', null);
		expect(byCount.map((m) => m.value)).toEqual(['3', '0']);
	});
});

describe('map zoom', () => {
	const full = fullBox(960, 500);

	it('frames a region preset around its countries, in the map shape, inside the map', () => {
		const points = [
			{ x: 500, y: 120 },
			{ x: 540, y: 150 },
			{ x: 520, y: 100 }
		];
		const box = boxAround(points, full);
		expect(box.width / box.height).toBeCloseTo(960 / 500, 5);
		for (const p of points) {
			expect(p.x).toBeGreaterThan(box.x);
			expect(p.x).toBeLessThan(box.x + box.width);
			expect(p.y).toBeGreaterThan(box.y);
			expect(p.y).toBeLessThan(box.y + box.height);
		}
		expect(zoomLevel(box, full)).toBeGreaterThan(3);
		expect(zoomLevel(box, full)).toBeLessThanOrEqual(MAX_ZOOM);
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(boxAround([], full)).toEqual(full);
	});

	it('zooms in and out about the centre, never past the whole map or MAX_ZOOM', () => {
		const inOnce = zoomBy(full, ZOOM_STEP, full);
		expect(zoomLevel(inOnce, full)).toBeCloseTo(ZOOM_STEP, 5);
		expect(inOnce.x + inOnce.width / 2).toBeCloseTo(480, 5);
		expect(zoomBy(inOnce, 1 / 10, full)).toEqual(full);
		let box = full;
		for (let i = 0; i < 20; i++) box = zoomBy(box, ZOOM_STEP, full);
		expect(zoomLevel(box, full)).toBeCloseTo(MAX_ZOOM, 5);
		// A box near an edge is moved back inside rather than showing beyond the map.
		const edge = clampBox({ x: 900, y: 450, width: 120, height: 62.5 }, full);
		expect(edge.x + edge.width).toBeCloseTo(960, 5);
		expect(edge.y + edge.height).toBeCloseTo(500, 5);
		// A drag moves the view, and stops at the map's edge.
		expect(panBy(inOnce, 10, -5, full).x).toBeCloseTo(inOnce.x + 10, 5);
		expect(panBy(inOnce, -5000, 0, full).x).toBe(0);
	});

	it('has a preset for every region of the review, each region in one preset', () => {
		const all = Object.values(PRESET_REGIONS).flat();
		expect([...all].sort()).toEqual([...REGIONS].sort());
		expect(new Set(all).size).toBe(all.length);
	});

	it('the real presets each frame their countries closer than the whole world', () => {
		const countries = loadCurated('data').tables.countries.map((c) => ({
			map_iso3: String(c.map_iso3),
			region: String(c.region)
		}));
		const places = placesFor(countries.map((c) => c.map_iso3));
		const world = baseWorld();
		const whole = fullBox(world.width, world.height);
		for (const regions of Object.values(PRESET_REGIONS)) {
			const pts = countries
				.filter((c) => regions.includes(c.region as never))
				.map((c) => places[c.map_iso3]);
			expect(pts.length).toBeGreaterThan(0);
			expect(zoomLevel(boxAround(pts, whole), whole)).toBeGreaterThan(1.05);
		}
	});
});

describe('zooming: where an export says it is, and the arrow keys', () => {
	const full = fullBox(960, 500);
	const places = [
		{ name: 'Kenya', x: 560, y: 300 },
		{ name: 'Albania', x: 500, y: 120 }
	];

	it('names the region chosen, or the country nearest the centre; nothing for the whole map', () => {
		expect(zoomedTo(full, full, null, places)).toBeNull();
		const box = { x: 460, y: 225, width: 240, height: 125 };
		expect(zoomedTo(box, full, null, places)).toEqual({ times: '4', where: 'Kenya' });
		expect(zoomedTo(box, full, 'Africa and the Middle East', places)!.where).toBe(
			'Africa and the Middle East'
		);
	});

	it('moves the view a fifth of its size per arrow key, within the map; other keys do nothing', () => {
		const box = zoomBy(full, 4, full);
		expect(panByKey('ArrowLeft', box, full)!.x).toBeCloseTo(box.x - box.width * 0.2);
		expect(panByKey('ArrowDown', box, full)!.y).toBeCloseTo(box.y + box.height * 0.2);
		expect(panByKey('Enter', box, full)).toBeNull();
		let edge = box;
		for (let i = 0; i < 50; i++) edge = panByKey('ArrowRight', edge, full)!;
		expect(edge.x + edge.width).toBeCloseTo(full.width);
	});
});
