import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
	axeViolations,
	foreignRequests,
	openPage,
	site,
	useBrowser,
	gotoHydrated
} from './harness';

useBrowser();

const MAP = 'svg[data-chart="map"]';
const queries = (page: Page) => page.getAttribute('html', 'data-queries').then(Number);
const waitForQueryAfter = (page: Page, before: number) =>
	page.waitForFunction((n) => Number(document.documentElement.dataset.queries) > n, before, {
		timeout: 30_000
	});
const listOrder = (page: Page) =>
	page
		.locator('table[data-map-list] tbody tr')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-iso3')));
const mentionsOnMap = (page: Page) =>
	page
		.locator(`${MAP} a[data-iso3]`)
		.evaluateAll((els) =>
			Object.fromEntries(
				els.map((e) => [e.getAttribute('data-iso3'), Number(e.getAttribute('data-mentions'))])
			)
		);

describe('world map', () => {
	it('draws the 42 countries on the base map and lists them, without JavaScript', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/map'));
		const links = page.locator(`${MAP} a[data-iso3]`);
		expect(await links.count()).toBe(42);
		// Every review country is visible: a coloured shape, or a marker where the shape is too small.
		const drawn = await links.evaluateAll(
			(els) => els.filter((a) => a.querySelector('use[href^="#wm-"], circle')).length
		);
		expect(drawn).toBe(42);
		expect(await page.locator(`${MAP} a[data-iso3="MLT"] circle`).count()).toBe(1);
		expect(await page.locator(`${MAP} a[data-iso3="GBR"] use`).getAttribute('href')).toBe(
			'#wm-826'
		);
		// The base map (all countries, muted) is in the HTML once.
		expect(await page.locator(`${MAP} [data-basemap] path`).count()).toBeGreaterThan(150);
		const html = await page.content();
		expect(html.split('id="wm-826"')).toHaveLength(2);
		// Default colouring: income group, with a legend and the list.
		expect(await page.locator(MAP).getAttribute('data-colour')).toBe('income');
		expect(await page.locator('[data-legend] li[data-key]').allTextContents()).toHaveLength(4);
		expect(await listOrder(page)).toHaveLength(42);
		expect(await page.locator(`${MAP}`).getAttribute('aria-label')).toMatch(
			/15 countries High-income/
		);
		// How England and Wales is drawn is said on the page.
		expect(await page.locator('[data-chart-frame="map"] .notes').textContent()).toMatch(
			/England and Wales.*United Kingdom/
		);
		await context.close();
	});

	it('answers a colour change from its own rows, capability and sort changes with DuckDB-WASM, and keeps them in the URL', async () => {
		const { page, context, requests, errors } = await openPage();
		await page.goto(site('/map'));
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });

		let before = await queries(page);
		await page.getByLabel('Colour by').selectOption('mentions');
		await page.waitForSelector(`${MAP}[data-colour="mentions"]`);
		await expect.poll(() => page.url()).toContain('colour=mentions');
		// Every colour is drawn from the same rows (each carries all its attributes' sources).
		expect(await queries(page)).toBe(before);
		expect(await page.locator('[data-legend] li[data-key="0"]').textContent()).toContain(
			'Not named'
		);
		expect(await page.locator(`${MAP} a[data-iso3="BLR"]`).getAttribute('data-fill')).toBe(
			'url(#wm-zero)'
		);

		before = await queries(page);
		await page.getByLabel('Count examples for').selectOption('12');
		await waitForQueryAfter(page, before);
		// Capability 12 (hotline) names six countries' examples in all.
		await page.waitForFunction(
			(sel) =>
				[...document.querySelectorAll(`${sel} a[data-iso3]`)].reduce(
					(n, a) => n + Number(a.getAttribute('data-mentions')),
					0
				) === 6,
			MAP
		);
		await expect.poll(() => page.url()).toContain('capability=12');
		expect(await page.locator(`${MAP} a[data-iso3="GBR"]`).getAttribute('aria-label')).toContain(
			'Named as an example 2 times for capability 12'
		);

		before = await queries(page);
		await page.locator('button[data-sort="mentions"]').click();
		await waitForQueryAfter(page, before);
		await page.waitForFunction(
			() =>
				document.querySelector(
					'table[data-map-list] th[aria-sort="descending"] [data-sort="mentions"]'
				) !== null
		);
		const counts = await mentionsOnMap(page);
		const order = await listOrder(page);
		const listed = order.map((iso) => counts[iso!]);
		expect(listed).toEqual([...listed].sort((a, b) => b - a));
		await expect.poll(() => page.url()).toContain('sort=mentions');

		// Hydration kept the prerendered base map: it was not fetched a second time.
		expect(await page.locator(`${MAP} [data-basemap] path`).count()).toBeGreaterThan(150);
		expect(requests.filter((u) => u.includes('basemap'))).toEqual([]);
		expect(foreignRequests(requests, new URL(site('/')).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('reproduces a shared view on reload', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/map?colour=region&capability=2&sort=attribute'));
		await page.waitForSelector(`${MAP}[data-colour="region"]`, { timeout: 30_000 });
		await page.waitForFunction(
			() =>
				document.querySelector('table[data-map-list] tbody tr')?.getAttribute('data-iso3') ===
				'AUS',
			undefined,
			{ timeout: 30_000 }
		);
		expect(await page.getByLabel('Colour by').inputValue()).toBe('region');
		// The capability counts only colour the map when it is coloured by examples: no select here,
		// but the list still says which capability its counts are for.
		expect(await page.getByLabel('Count examples for').count()).toBe(0);
		expect(await page.locator('[data-sort="mentions"]').textContent()).toContain('capability 2');
		const legend = await page
			.locator('[data-legend] li[data-key]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
		expect(legend).toContain('EAP');
		expect(legend).toHaveLength(9);
		// The list: by region name (East Asia and the Pacific first), then by country name.
		expect((await listOrder(page)).slice(0, 2)).toEqual(['AUS', 'KHM']);
		await page.reload();
		await page.waitForSelector(`${MAP}[data-colour="region"]`, { timeout: 30_000 });
		await expect.poll(() => page.url()).toMatch(/colour=region/);
		await expect.poll(() => page.url()).toMatch(/capability=2/);
		await page.getByLabel('Colour by').selectOption('mentions');
		expect(await page.getByLabel('Count examples for').inputValue()).toBe('2');
		await context.close();
	});

	it('ignores malformed parameters with a note and shows the default', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/map?colour=purple&capability=99&sort=mentions&zoom=4'));
		const note = await page
			.locator('[data-testid="ignored-params"]')
			.textContent({ timeout: 30_000 });
		expect(note).toContain('colour=purple');
		expect(note).toContain('capability=99');
		expect(note).toContain('zoom');
		await expect.poll(() => page.url()).not.toContain('purple');
		await expect.poll(() => page.url()).toContain('sort=mentions');
		expect(await page.getByLabel('Colour by').inputValue()).toBe('income');
		expect(await page.locator(`${MAP} a[data-iso3]`).count()).toBe(42);
		await context.close();
	});

	it('hydrates the header, the chart frame, its controls, chart, actions and table, and the list after the page, keeping their prerendered markup', async () => {
		const { page, context, errors } = await openPage();
		const warnings: string[] = [];
		page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
		await page.addInitScript(() => {
			const seen: Record<string, unknown> = {};
			(window as unknown as { __parts: typeof seen }).__parts = seen;
			document.addEventListener('DOMContentLoaded', () => {
				const parts = [...document.querySelectorAll('.hydrate-later')];
				Object.assign(seen, { parts, inner: parts.map((p) => p.querySelector('*')) });
			});
			// When the layout has mounted (the page's hydration task), how many parts were live.
			new MutationObserver(() => {
				if ('liveAtMount' in seen || !document.documentElement.dataset.engine) return;
				seen.liveAtMount = document.querySelectorAll('.hydrate-later[data-live]').length;
			}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-engine'] });
		});
		await gotoHydrated(page, site('/map'));
		const parts = await page.evaluate(() => {
			const seen = (window as unknown as { __parts: Record<string, Element[] | number> }).__parts;
			const parts = seen.parts as Element[];
			return {
				count: parts.length,
				liveAtMount: seen.liveAtMount,
				liveNow: document.querySelectorAll('.hydrate-later[data-live]').length,
				kept: parts.every((p) => p.isConnected),
				// The language offer's part is empty in the prerendered page.
				empty: (seen.inner as (Element | null)[]).filter((e) => !e).length,
				innerKept: (seen.inner as (Element | null)[]).every((e) => !e || e.isConnected),
				inFrame: parts.filter((p) => p.parentElement?.closest('.hydrate-later [data-chart-frame]'))
					.length
			};
		});
		// The language offer, the site header, the chart's frame and, inside it, the controls, the
		// chart, the actions and the table alternative, and the list: none was hydrated in the
		// page's task, all are live now, and hydration adopted their prerendered elements instead of
		// drawing them again.
		expect(parts).toEqual({
			count: 8,
			liveAtMount: 0,
			liveNow: 8,
			kept: true,
			empty: 1,
			innerKept: true,
			inFrame: 4
		});
		expect(warnings.filter((w) => /hydrat/i.test(w))).toEqual([]);
		// Each part answers: the list sorts, the language links carry the new setting, the colour
		// control recolours the map, the table alternative opens on its rows.
		await page.locator('button[data-sort="mentions"]').click();
		await expect.poll(() => page.url()).toContain('sort=mentions');
		// (The link takes the address bar's settings as it is clicked; the load is held back here.)
		await page.evaluate(() =>
			document.addEventListener('click', (e) => e.preventDefault(), { once: true })
		);
		await page.locator('header a[hreflang="fr"]').click();
		expect(await page.locator('header a[hreflang="fr"]').getAttribute('href')).toContain(
			'sort=mentions'
		);
		await page.selectOption('#map-colour', 'region');
		await expect.poll(() => page.locator(MAP).getAttribute('data-colour')).toBe('region');
		await page.locator('.table-alt > summary').click();
		await expect.poll(() => page.locator('.table-alt table > tbody > tr').count()).toBe(42);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('draws a view read from the address in every part, though the parts hydrate after it is read', async () => {
		// The parts' prerendered markup is the default view's; the address's view is read in the
		// page's task, before they go live. Colour and order need no query: nothing redraws later.
		const { page, context, errors } = await openPage();
		await gotoHydrated(page, site('/map?colour=region&sort=mentions'));
		const drawn = await page.evaluate(() => ({
			fills: new Set(
				[...document.querySelectorAll('svg[data-chart="map"] [data-fill]')].map((e) =>
					e.getAttribute('data-fill')
				)
			).size,
			first: [...document.querySelectorAll('table[data-map-list] tbody tr')]
				.slice(0, 2)
				.map((r) => r.getAttribute('data-iso3'))
		}));
		// Nine regions, not four income groups; the most-named countries first.
		expect(drawn).toEqual({ fills: 9, first: ['CAN', 'AUS'] });
		expect(errors).toEqual([]);
		await context.close();
	});

	it('draws its marks, its list and its closed table alternative after a client-side navigation', async () => {
		// The marks, the list and the table's rows are markup strings that hydration adopts; a page
		// drawn by the router has nothing to adopt, so they must be built there.
		const { page, context, requests } = await openPage();
		await gotoHydrated(page, site('/'));
		await page.locator('header nav a', { hasText: /^Map$/ }).click();
		await page.waitForURL(/\/map$/);
		await page.waitForSelector(`${MAP} a[data-iso3]`);
		// A page that had no map fetches the base map from the site itself.
		await page.waitForSelector(`${MAP} [data-basemap] path`, { timeout: 30_000 });
		expect(requests.some((u) => u.endsWith('/map/basemap.svg'))).toBe(true);
		expect(foreignRequests(requests, new URL(site('/')).origin)).toEqual([]);
		expect(await page.locator(`${MAP} a[data-iso3]`).count()).toBe(42);
		expect(await listOrder(page)).toHaveLength(42);
		await expect
			.poll(() => page.locator('[data-chart-frame="map"] details.table-alt tbody tr').count())
			.toBe(42);
		await context.close();
	});

	it('is keyboard operable: Tab reaches a country, shows its card, Enter opens its page', async () => {
		const { page, context, requests } = await openPage();
		// Focus handlers exist once the page is hydrated.
		await gotoHydrated(page, site('/map'));
		await page.getByLabel('Colour by').focus();
		// First stop: the link that skips the 42 countries (checked at the end).
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
			'#map-list'
		);
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
		expect(focused).toBe('ALB');
		const card = page.locator('.world .card');
		expect(await card.textContent()).toContain('Albania');
		expect(await card.textContent()).toContain('Named as an example');
		await page.keyboard.press('Tab');
		expect(await card.textContent()).toContain('Australia');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/countries\/AUS$/);
		expect(await page.locator('h1').textContent()).toBe('Australia');
		// Back to the map by client-side navigation: the shapes of the first load are drawn again,
		// not fetched.
		await page.goBack();
		await page.waitForSelector(`${MAP} [data-basemap] path`, { timeout: 30_000 });
		expect(await page.locator(`${MAP} [data-basemap] path`).count()).toBeGreaterThan(100);
		expect(requests.some((u) => u.endsWith('/map/basemap.svg'))).toBe(false);
		await context.close();
	});

	it('lets keyboard users skip past the map to the list', async () => {
		const { page, context } = await openPage();
		await gotoHydrated(page, site('/map'));
		await page.getByLabel('Colour by').focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sort'))).toBe(
			'name'
		);
		await context.close();
	});

	it('shows the card on hover with its wording, and opens the country on click', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/map?colour=mentions'));
		await page.waitForSelector(`${MAP}[data-colour="mentions"]`, { timeout: 30_000 });
		await page.hover(`${MAP} a[data-iso3="BRA"] use`);
		const text = await page.locator('.world .card').textContent();
		expect(text).toContain('Brazil');
		expect(text).toMatch(/Named as an example \d+ times across the 21 capabilities/);
		await page.click(`${MAP} a[data-iso3="BRA"] use`);
		await page.waitForURL(/\/countries\/BRA$/);
		await context.close();
	});
});

describe('world map on a phone (375 px)', () => {
	const phone = { viewport: { width: 375, height: 800 } };

	it('a tap shows the country card with a link, instead of leaving the map', async () => {
		const { page, context } = await openPage(phone);
		await gotoHydrated(page, site('/map'));
		await page.click(`${MAP} a[data-iso3="BRA"] use`);
		const card = page.locator('.world .card[data-map-card="BRA"]');
		await card.waitFor();
		await expect.poll(() => page.url()).toMatch(/\/map$/);
		expect(await card.textContent()).toContain('Brazil');
		// The card is a region readers can use, not a hidden tooltip.
		expect(await card.getAttribute('aria-hidden')).toBeNull();
		const open = card.getByRole('link', { name: 'Open country page' });
		expect(await open.getAttribute('href')).toMatch(/\/countries\/BRA$/);
		await card.getByRole('button', { name: 'Close' }).click();
		expect(await page.locator('.world .card').count()).toBe(0);
		await page.click(`${MAP} a[data-iso3="BRA"] use`);
		await page.locator('.world .card [data-open-country]').click();
		await page.waitForURL(/\/countries\/BRA$/);
		await context.close();
	});

	it('zooms to a region with buttons (keyboard too), so small countries get big enough to tap', async () => {
		const { page, context } = await openPage(phone);
		await gotoHydrated(page, site('/map'));
		const size = (iso3: string) =>
			page
				.locator(`${MAP} a[data-iso3="${iso3}"]`)
				.evaluate((a) => a.getBoundingClientRect().width);
		const before = { ALB: await size('ALB'), KEN: await size('KEN') };
		expect(await page.getAttribute(MAP, 'data-zoom')).toBe('1.00');
		// Keyboard: focus the Europe preset and press Enter; the Balkans get bigger.
		await page.locator('[data-zoom-preset="europe"]').focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			(sel) => document.querySelector(sel)?.getAttribute('data-zoom') !== '1.00',
			MAP
		);
		expect(await size('ALB')).toBeGreaterThan(before.ALB * 2.5);
		// Kenya, 8 px wide on the whole map, becomes a comfortable target with Africa and + twice.
		await page.locator('[data-zoom-preset="africa"]').click();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		expect(before.KEN).toBeLessThan(12);
		expect(await size('KEN')).toBeGreaterThanOrEqual(24);
		// Kenya stays on screen inside the map.
		const map = await page.locator(MAP).boundingBox();
		const ken = await page.locator(`${MAP} a[data-iso3="KEN"]`).boundingBox();
		expect(ken!.x).toBeGreaterThanOrEqual(map!.x);
		expect(ken!.x + ken!.width).toBeLessThanOrEqual(map!.x + map!.width + 1);
		const zoom = Number(await page.getAttribute(MAP, 'data-zoom'));
		await page.getByRole('button', { name: 'Zoom in' }).click();
		expect(Number(await page.getAttribute(MAP, 'data-zoom'))).toBeGreaterThan(zoom);
		await page.getByRole('button', { name: 'Zoom out' }).click();
		await page.getByRole('button', { name: 'Zoom out' }).click();
		expect(Number(await page.getAttribute(MAP, 'data-zoom'))).toBeLessThan(zoom);
		await page.getByRole('button', { name: 'Whole world' }).click();
		expect(await page.getAttribute(MAP, 'data-zoom')).toBe('1.00');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			375
		);
		await context.close();
	});

	it('pans a zoomed map with the arrow keys from its zoom buttons', async () => {
		const { page, context } = await openPage();
		await gotoHydrated(page, site('/map'));
		const viewBox = async () =>
			(await page.getAttribute(MAP, 'viewBox'))!.split(' ').map(Number) as number[];
		// The whole map: arrows do nothing (and the page scrolls as usual).
		await page.locator('[data-zoom-preset="europe"]').focus();
		const whole = await viewBox();
		await page.keyboard.press('ArrowRight');
		expect(await viewBox()).toEqual(whole);
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			(sel) => document.querySelector(sel)?.getAttribute('data-zoom') !== '1.00',
			MAP
		);
		const zoomed = await viewBox();
		const scrollY = await page.evaluate(() => window.scrollY);
		await page.keyboard.press('ArrowRight');
		const right = await viewBox();
		expect(right[0]).toBeGreaterThan(zoomed[0]);
		expect(right[2]).toBeCloseTo(zoomed[2], 1);
		await page.keyboard.press('ArrowDown');
		expect((await viewBox())[1]).toBeGreaterThan(right[1]);
		// The arrow moved the map, not the page.
		expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
		// From the + button too, and the map says how to (for screen readers).
		await page.getByRole('button', { name: 'Zoom in' }).focus();
		const before = await viewBox();
		await page.keyboard.press('ArrowLeft');
		expect((await viewBox())[0]).toBeLessThan(before[0]);
		const described = await page
			.locator('[data-map-zoom]')
			.evaluate(
				(g) => document.getElementById(g.getAttribute('aria-describedby') ?? '')?.textContent
			);
		expect(described).toMatch(/arrow keys/);
		await context.close();
	});

	it('lists the countries compactly: one line per country', async () => {
		const { page, context } = await openPage(phone);
		await gotoHydrated(page, site('/map'));
		const heights = await page
			.locator('table[data-map-list] tbody tr')
			.evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
		expect(heights).toHaveLength(42);
		// One line of 15 px text with its padding; the old list wrapped "Income group" to four.
		expect(Math.max(...heights)).toBeLessThan(40);
		const table = await page.locator('table[data-map-list]').boundingBox();
		expect(table!.height).toBeLessThan(42 * 40 + 80);
		expect(table!.width).toBeLessThanOrEqual(375);
		await context.close();
	});

	it('shows "Count examples for" only when the map is coloured by examples', async () => {
		const { page, context } = await openPage(phone);
		await gotoHydrated(page, site('/map'));
		expect(await page.getByLabel('Count examples for').count()).toBe(0);
		await page.getByLabel('Colour by').selectOption('mentions');
		await page.getByLabel('Count examples for').waitFor();
		await context.close();
	});
});

describe('world map accessibility', () => {
	it.each([
		['light', 1280, '/map'],
		['dark', 1280, '/map?colour=mentions'],
		['light', 375, '/map?colour=region'],
		['dark', 375, '/map']
	] as const)(
		'has no axe violations (%s, %i px, %s) and never overflows',
		async (colorScheme, width, path) => {
			const { page, context } = await openPage({ viewport: { width, height: 900 } });
			await page.emulateMedia({ colorScheme });
			await page.goto(site(path));
			await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
			expect(await axeViolations(page)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			await context.close();
		}
	);
});
