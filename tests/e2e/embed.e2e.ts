// Embeds: every registered /embed/... route is loaded in an iframe on a host page from another
// origin (as a newsroom's page would be) and must size itself through static/embed.js; without
// the script the frame keeps its fixed height. Embeds are prerendered, carry title, source and
// a link back, survive malformed parameters and a missing engine, request nothing from third
// parties, and are axe clean.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDS, embedSnippet } from '../../src/lib/export/embeds';
import {
	axeViolations,
	foreignRequests,
	gotoHydrated,
	openPage,
	pinned,
	site,
	subpathSite,
	useBrowser
} from './harness';

useBrowser();

const SOURCE_LINE =
	'WeProtect Global Alliance and UNICEF, Framing the Future, 2022 — via MNR Explorer';
const samples = Object.values(EMBEDS).flatMap((e) => e!.samples);
/** The default view of each embed (its first sample). */
const defaults = Object.values(EMBEDS).map((e) => e!.samples[0]);
/** A chart's value marks: every chart gives its marks data-value (see embeds.ts). */
const MARKS = 'svg[data-chart] [data-value]';

/**
 * A host page on another origin (another port), like a newsroom's article. A real server rather
 * than page.route: Chromium's local-network checks block a routed page from framing loopback.
 */
let hostHtml = '';
let host: http.Server;
let hostOrigin = '';
beforeAll(async () => {
	host = http.createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(hostHtml);
	});
	await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => host.close(() => r())));

/** Open a host page holding the embed snippet (and optionally the resizer script). */
async function hostPage(page: Page, embedPath: string, { script = true, height = 300 } = {}) {
	const snippet = embedSnippet({
		src: site(embedPath),
		script: site('/embed.js'),
		title: 'Coverage chart (MNR Explorer)',
		height
	});
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0;font-family:sans-serif"><main><h1>A newsroom article</h1><p>Text before.</p>
${script ? snippet : snippet.split('\n')[0]}
<p>Text after.</p></main></body></html>`;
	hostHtml = html;
	await page.goto(`${hostOrigin}/article.html`);
	const frame = await (await page.waitForSelector('iframe[data-mnr-embed]')).contentFrame();
	return frame!;
}

const frameHeight = (page: Page) =>
	page.$eval('iframe[data-mnr-embed]', (f) => f.getBoundingClientRect().height);

/** Height of the embed's content, measured inside the frame. */
const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom));

/**
 * The frame's height once the resizer has set it and it matches the content, twice in a row
 * (the embed re-renders when its live query answers, so one match may be transient). Polled
 * from here rather than with waitForFunction, since the content lives in another frame.
 */
async function settledHeight(page: Page, frame: Frame, timeout = 20_000) {
	const deadline = Date.now() + timeout;
	let matches = 0;
	let last = '';
	while (Date.now() < deadline) {
		const resized = await page.$eval('iframe[data-mnr-embed]', (f) =>
			f.hasAttribute('data-mnr-embed-resized')
		);
		const [outer, inner] = [await frameHeight(page), await contentHeight(frame)];
		last = `frame ${outer}px, content ${inner}px, resized: ${resized}`;
		matches = resized && Math.abs(outer - inner) <= 2 ? matches + 1 : 0;
		if (matches >= 2) return outer;
		await page.waitForTimeout(150);
	}
	throw new Error(`The frame never settled to its content's height (${last})`);
}

describe('embeds', () => {
	it('prerender the chart alone with title, source and a link back, without JavaScript', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/embed/coverage'));
		expect(await page.locator('svg[data-chart="coverage"] a[data-capability]').count()).toBe(21);
		expect(await page.locator('h1').textContent()).toBe(
			'How many countries report each capability'
		);
		expect(await page.locator('.source').textContent()).toContain(SOURCE_LINE);
		expect(await page.locator('.site-header, .site-footer, nav').count()).toBe(0);
		const back = page.locator('a', { hasText: 'Open this chart in MNR Explorer' });
		expect(await back.getAttribute('href')).toBe(pinned('/'));
		// Links open outside the frame.
		expect(await page.locator('base').getAttribute('target')).toBe('_blank');
		await context.close();
	});

	for (const path of samples) {
		it(`${path} sizes its iframe to its content on another site's page`, async () => {
			const { page, context, requests, errors } = await openPage({
				viewport: { width: 900, height: 700 }
			});
			const frame = await hostPage(page, path);
			await frame.waitForSelector(MARKS);
			const bars = await frame.locator(MARKS).count();
			expect(bars).toBeGreaterThan(0);
			const height = await settledHeight(page, frame);
			expect(height).toBeGreaterThan(300);
			// No scrollbar inside the frame: it is exactly as tall as its content.
			expect(
				await frame.evaluate(
					() => document.documentElement.scrollHeight - document.documentElement.clientHeight
				)
			).toBeLessThanOrEqual(1);
			// Content grows (the data table opens): the frame follows; and back.
			await frame.click('summary:has-text("Show the data")');
			const opened = await settledHeight(page, frame);
			expect(opened).toBeGreaterThan(height + 100);
			await frame.click('summary:has-text("Show the data")');
			expect(Math.abs((await settledHeight(page, frame)) - height)).toBeLessThanOrEqual(2);
			expect(
				foreignRequests(requests, new URL(site('/')).origin).filter(
					(u) => !u.startsWith(hostOrigin)
				)
			).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		});
	}

	it('keep the fixed height of the iframe when the host page has no script', async () => {
		const { page, context } = await openPage();
		const frame = await hostPage(page, '/embed/coverage', { script: false, height: 640 });
		await frame.waitForSelector('svg[data-chart] a[data-capability]');
		await page.waitForTimeout(800);
		expect(await frameHeight(page)).toBe(640);
		// Still readable: the chart is there and the frame scrolls.
		expect(await frame.locator('svg[data-chart] a[data-capability]').count()).toBe(21);
		await context.close();
	});

	it('ignore malformed parameters with a note and still show the chart', async () => {
		const { page, context, requests } = await openPage();
		await page.goto(site('/embed/coverage?sort=sideways&colour=red&domain=99'));
		const note = await page.locator('[data-testid="ignored-params"]').textContent();
		expect(note).toContain('sort=sideways');
		expect(note).toContain('colour');
		expect(note).toContain('domain=99');
		expect(await page.locator('svg[data-chart] a[data-capability]').count()).toBe(21);
		// All defaults after dropping the bad ones: the prerendered view, no engine needed.
		await page.waitForTimeout(500);
		expect(requests.some((u) => u.endsWith('.wasm'))).toBe(false);
		await context.close();
	});

	it('apply valid state through the engine, keeping the rest of the frame', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/embed/coverage?sort=low&group=none&bogus=1'));
		await page.waitForFunction(
			() => document.querySelector('a[data-capability]')?.getAttribute('data-capability') === '21',
			undefined,
			{ timeout: 30_000 }
		);
		expect(await page.locator('[data-testid="ignored-params"]').textContent()).toContain('bogus');
		const back = page.locator('a', { hasText: 'Open this chart in MNR Explorer' });
		expect(await back.getAttribute('href')).toBe(pinned('/?sort=low&group=none'));
		await context.close();
	});

	it('show the default chart and say why when the engine cannot run', async () => {
		const { page, context } = await openPage();
		await context.addInitScript(() => {
			// @ts-expect-error simulating a browser without WebAssembly
			delete globalThis.WebAssembly;
		});
		// Counting one capability's examples is a query: the map keeps its default view and says why.
		await page.goto(site('/embed/map?colour=mentions&capability=3'));
		expect(await page.locator('[data-testid="engine-failed"]').textContent()).toContain(
			'WebAssembly'
		);
		expect(await page.locator('svg[data-chart="map"] a[data-iso3]').count()).toBe(42);
		// Every colour is drawn from the map's own rows: no engine needed.
		await page.goto(site('/embed/map?colour=region'));
		await page.waitForSelector('svg[data-chart="map"][data-colour="region"]');
		expect(await page.locator('[data-testid="engine-failed"]').count()).toBe(0);
		// The coverage chart orders its own rows: its settings work with no engine at all.
		await page.goto(site('/embed/coverage?sort=high'));
		await page.waitForFunction(
			() => document.querySelector('a[data-capability]')?.getAttribute('data-capability') === '2'
		);
		expect(await page.locator('[data-testid="engine-failed"]').count()).toBe(0);
		await context.close();
	});

	it('link back correctly under a sub-path', async () => {
		const { page, context } = await openPage();
		await page.goto(subpathSite('/embed/coverage?sort=high'));
		const back = page.locator('a', { hasText: 'Open this chart in MNR Explorer' });
		await page.waitForFunction(() =>
			document.querySelector('main a[href*="sort=high"]')?.getAttribute('href')
		);
		expect(await back.getAttribute('href')).toBe(pinned('/mnr-explorer?sort=high'));
		await context.close();
	});

	it('prerender the map with its base-map shapes in the HTML, without JavaScript', async () => {
		const { page, context, requests } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/embed/map'));
		expect(await page.locator('svg[data-chart="map"] a[data-iso3]').count()).toBe(42);
		// The muted world under the review's countries travels in the HTML, as on /map.
		expect(await page.locator('svg[data-chart="map"] [data-basemap] path').count()).toBeGreaterThan(
			100
		);
		expect(requests.some((u) => u.includes('basemap.svg'))).toBe(false);
		expect(await page.locator('[data-legend]').count()).toBe(1);
		expect(await page.locator('.source').textContent()).toContain(SOURCE_LINE);
		const back = page.locator('a', { hasText: 'Open this chart in MNR Explorer' });
		expect(await back.getAttribute('href')).toBe(pinned('/map'));
		await context.close();
	});

	it('prerender every country embed, and keep the shapes on hydration', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/embed/country/ALB'));
		expect(await page.locator('svg[data-chart="country"] a[data-capability]').count()).toBe(21);
		expect(await page.locator('h1').textContent()).toContain('Albania');
		await context.close();
		const live = await openPage();
		await live.page.goto(site('/embed/map?colour=region'));
		await live.page.waitForSelector('svg[data-chart="map"][data-colour="region"]');
		await live.page.waitForTimeout(500);
		expect(
			await live.page.locator('svg[data-chart="map"] [data-basemap] path').count()
		).toBeGreaterThan(100);
		expect(live.requests.some((u) => u.includes('basemap.svg'))).toBe(false);
		await live.context.close();
	});

	it('ignore malformed map and country parameters with a note and still show the chart', async () => {
		for (const [path, bad, marks] of [
			['/embed/map?colour=plaid&capability=99', 'colour=plaid', 42],
			['/embed/country/GBR?by=shoe', 'by=shoe', 21]
		] as const) {
			const { page, context, requests } = await openPage();
			await page.goto(site(path));
			expect(await page.locator('[data-testid="ignored-params"]').textContent()).toContain(bad);
			expect(await page.locator(MARKS).count()).toBe(marks);
			await page.waitForTimeout(500);
			expect(requests.some((u) => u.endsWith('.wasm'))).toBe(false);
			await context.close();
		}
	});

	it('apply map and country state through the engine', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/embed/country/GBR?by=domain'));
		await page.waitForFunction(
			() => document.querySelectorAll('svg[data-chart="country"] g[data-domain]').length === 6,
			undefined,
			{ timeout: 30_000 }
		);
		await page.goto(site('/embed/map?colour=mentions&capability=4'));
		await page.waitForSelector('svg[data-chart="map"][data-colour="mentions"]');
		const back = page.locator('a', { hasText: 'Open this chart in MNR Explorer' });
		await page.waitForFunction(() =>
			document.querySelector('main a[href*="capability=4"]')?.getAttribute('href')
		);
		expect(await back.getAttribute('href')).toBe(pinned('/map?colour=mentions&capability=4'));
		await context.close();
	});

	it('prerender the heatmap, compare and capability embeds without JavaScript', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		for (const [path, chart, marks, back] of [
			['/embed/heatmap', 'heatmap', 21, '/capabilities'],
			['/embed/compare', 'compare', 1, '/compare'],
			['/embed/capability/12', 'capability', 1, '/capabilities/12'],
			// No figures in the review for 17: a sentence says so, no bars.
			['/embed/capability/17', 'capability', 0, '/capabilities/17']
		] as const) {
			await page.goto(site(path));
			expect(await page.locator(`[data-embed="${chart}"]`).count(), path).toBe(1);
			expect(await page.locator(MARKS).count(), path).toBeGreaterThanOrEqual(marks);
			expect(await page.locator('.source').textContent()).toContain(SOURCE_LINE);
			const link = page.locator('a', { hasText: 'Open this chart in MNR Explorer' });
			expect(await link.getAttribute('href'), path).toBe(pinned(back));
		}
		await context.close();
	});

	it('show the heatmap’s domain headings whole on a 320 px phone, also once the grid is scrolled', async () => {
		const { page, context } = await openPage({ viewport: { width: 320, height: 700 } });
		await gotoHydrated(page, site('/embed/heatmap'));
		// What is painted at each heading's first letter: the heading, not the row heads' background.
		const onTop = () =>
			page.evaluate(() =>
				[...document.querySelectorAll('svg[data-chart] text.heading')].map((h) => {
					h.scrollIntoView({ block: 'center', inline: 'nearest' });
					const box = h.getBoundingClientRect();
					const hit = document.elementFromPoint(box.left + 3, box.top + box.height / 2);
					return hit === h || h.contains(hit);
				})
			);
		expect(await onTop()).toEqual(Array(6).fill(true));
		const grid = page.locator('.scroll.scrolls');
		await grid.evaluate((el) => el.scrollBy({ left: 120 }));
		await expect.poll(onTop).toEqual(Array(6).fill(true));
		await context.close();
	});

	it('ignore malformed heatmap, compare and capability parameters with a note', async () => {
		for (const [path, bad] of [
			['/embed/heatmap?breakdown=planets&order=shoe', 'breakdown=planets'],
			['/embed/compare?sort=sideways&capability=99', 'sort=sideways'],
			['/embed/capability/12?sort=high', 'sort']
		] as const) {
			const { page, context, requests } = await openPage();
			await page.goto(site(path));
			expect(await page.locator('[data-testid="ignored-params"]').textContent(), path).toContain(
				bad
			);
			expect(await page.locator(MARKS).count(), path).toBeGreaterThan(0);
			await page.waitForTimeout(500);
			expect(
				requests.some((u) => u.endsWith('.wasm')),
				path
			).toBe(false);
			await context.close();
		}
	});

	it('apply heatmap and compare state through the engine', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/embed/heatmap?breakdown=countries&region=WE'));
		await page.waitForSelector('svg[data-chart="heatmap"][data-breakdown="countries"]', {
			timeout: 30_000
		});
		const rows = Number(await page.locator('svg[data-chart="heatmap"]').getAttribute('data-rows'));
		expect(rows).toBeGreaterThan(0);
		expect(rows).toBeLessThan(42);
		const back = page.locator('a', { hasText: 'Open this chart in MNR Explorer' });
		expect(await back.getAttribute('href')).toBe(
			pinned('/capabilities?breakdown=countries&region=WE')
		);
		await page.goto(site('/embed/compare?capability=6'));
		// Only capability 6's figures: every group links to its page.
		await page.waitForFunction(
			() => {
				const links = [...document.querySelectorAll('svg[data-chart="compare"] a')];
				return (
					links.length > 0 &&
					links.every((a) => a.getAttribute('href')!.endsWith('/capabilities/6'))
				);
			},
			undefined,
			{ timeout: 30_000 }
		);
		expect(await back.getAttribute('href')).toBe(pinned('/compare?capability=6'));
		await context.close();
	});

	it.each(defaults)(
		'%s is axe clean and fits a narrow frame, in light and dark settings',
		async (path) => {
			for (const [colorScheme, width] of [
				['light', 900],
				['dark', 375]
			] as const) {
				const { page, context } = await openPage({ viewport: { width, height: 700 } });
				await page.emulateMedia({ colorScheme });
				await page.goto(site(path));
				await page.click('summary:has-text("Show the data")');
				expect(await axeViolations(page), `${colorScheme} ${width}`).toEqual([]);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					width
				);
				// Always the light scheme (like exports), whatever the reader's setting.
				expect(
					await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
				).toBe('rgb(255, 255, 255)');
				await context.close();
			}
		}
	);
});
