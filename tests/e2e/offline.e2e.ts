// The engine loads once and respects the reader's data plan: a browser asking to save data gets
// the prerendered views without the engine until it asks for it, and after a first visit the
// service worker serves the site and its engine offline.
import { describe, expect, it } from 'vitest';
import { gotoHydrated, openPage, site, useBrowser } from './harness';

useBrowser();

const engineFile = (url: string) => /\.wasm$|duckdb-browser-eh\.worker/.test(url);

describe('a reader whose browser asks to save data', () => {
	it('gets no engine until a view needs it or they ask for it', async () => {
		const { page, context, requests } = await openPage();
		await page.addInitScript(() =>
			Object.defineProperty(Navigator.prototype, 'connection', {
				get: () => ({ saveData: true, effectiveType: '4g' })
			})
		);
		await gotoHydrated(page, site('/capabilities'));
		const notice = page.getByTestId('engine-deferred');
		await notice.waitFor();
		expect(await notice.textContent()).toContain('5–8 MB');
		// Idle time passes (the engine would start within 2 s otherwise); nothing is downloaded.
		await page.waitForTimeout(3000);
		expect(requests.filter(engineFile)).toEqual([]);
		expect(await page.locator('html').getAttribute('data-engine')).toBe('deferred');
		// A setting the prerendered view cannot answer loads it. (The map's colours no longer need
		// the engine: its rows carry all four.)
		await page.getByRole('radio', { name: 'Countries named as examples' }).check();
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 60_000 });
		expect(requests.filter(engineFile).length).toBeGreaterThan(0);
		await context.close();
	});

	it('can load the engine with the button', async () => {
		const { page, context } = await openPage();
		await page.addInitScript(() =>
			Object.defineProperty(Navigator.prototype, 'connection', {
				get: () => ({ saveData: false, effectiveType: '3g' })
			})
		);
		await gotoHydrated(page, site('/data'));
		await page.getByRole('button', { name: 'Load the query engine now' }).click();
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 60_000 });
		expect(await page.getByTestId('engine-deferred').count()).toBe(0);
		// The start marks its phases for the benchmark, in the order they must happen.
		const phases = await page.evaluate(() =>
			performance
				.getEntriesByType('mark')
				.filter((m) => m.name.startsWith('engine:'))
				.map((m) => m.name)
		);
		// warmed: the engine's own first query has run (src/lib/engine/warmUp.ts) before it is ready.
		expect(phases.filter((p) => p !== 'engine:tables-read')).toEqual([
			'engine:module',
			'engine:tables-loaded',
			'engine:warmed'
		]);
		expect(phases.indexOf('engine:tables-read')).toBeGreaterThanOrEqual(0);
		expect(phases.indexOf('engine:tables-read')).toBeLessThan(
			phases.indexOf('engine:tables-loaded')
		);
		await context.close();
	}, 180_000);
});

describe('a second visit', () => {
	// The first page's engine starts before the service worker controls that page (installing
	// stores the whole site first), so its files never pass through the worker's fetch handler.
	it('finds the engine stored after a first visit that used it, with no other page opened', async () => {
		const { page, context } = await openPage({ serviceWorkers: true });
		await gotoHydrated(page, site('/capabilities?breakdown=countries'));
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 60_000 });
		const stored = () =>
			page.evaluate(async () => {
				const keys = await (await caches.open('mnr-engine')).keys();
				return keys.map((r) => r.url.split('/').pop()).sort();
			});
		// The module's two parts and DuckDB's worker script.
		await expect
			.poll(stored, { timeout: 60_000, interval: 500 })
			.toEqual([
				expect.stringMatching(/^duckdb-browser-eh\.worker\..+\.js$/),
				expect.stringMatching(/^duckdb-eh\.1\..+\.wasm$/),
				expect.stringMatching(/^duckdb-eh\.2\..+\.wasm$/)
			]);
		await context.close();
	}, 180_000);

	// Loads the engine twice (online, then offline from the cache): longer than the default limit.
	it('works offline, engine included', async () => {
		const { page, context } = await openPage({ serviceWorkers: true });
		await gotoHydrated(page, site('/'));
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		// The worker has stored the pages; a view that needs the engine stores the engine.
		await page.goto(site('/capabilities?breakdown=countries'));
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 60_000 });
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		const stored = await page.evaluate(async () => {
			const engine = await caches.open('mnr-engine');
			return (await engine.keys()).map((r) => r.url);
		});
		expect(stored.filter((u) => u.endsWith('.wasm')).length).toBe(2);

		await context.setOffline(true);
		await page.goto(site('/capabilities?breakdown=income'));
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 60_000 });
		expect(await page.locator('svg[data-chart]').count()).toBeGreaterThan(0);
		await page.goto(site('/about'));
		expect(await page.locator('h1').textContent()).toBeTruthy();
		await context.close();
	}, 180_000);
});
