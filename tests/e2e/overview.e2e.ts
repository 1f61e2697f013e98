import { describe, expect, it } from 'vitest';
import {
	axeViolations,
	foreignRequests,
	gotoHydrated,
	openPage,
	site,
	useBrowser
} from './harness';

import { SCRIPT_MISSING } from '$lib/engine/engineWorker';

useBrowser();

const barOrder = (page: import('playwright-core').Page) =>
	page
		.locator('svg[data-chart="coverage"] a[data-capability]')
		.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-capability'))));

describe('overview', () => {
	it('draws the coverage snapshot in the HTML, without JavaScript', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/'));
		expect(await barOrder(page)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
		const leadership = page.locator('a[data-capability="1"]');
		expect(await leadership.getAttribute('aria-label')).toContain('32 of 42');
		// Capabilities without a figure are "not reported", never zero.
		expect(await page.locator('a[data-capability="3"]').textContent()).toContain('not reported');
		expect(await page.locator('a[data-capability="3"]').getAttribute('data-value')).toBe('');
		// Table alternative is present.
		expect(await page.locator('details.table-alt tbody tr').count()).toBe(21);
		await context.close();
	});

	it('sorts, ungroups and filters its own rows in the page, with no query, and keeps them in the URL', async () => {
		const { page, context, requests, errors } = await openPage();
		await page.goto(site('/'));
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
		const before = Number(await page.getAttribute('html', 'data-queries'));
		await page.getByLabel('Order').selectOption('high');
		// Grouped by domain: within domain 1, Research (83%) now precedes Leadership (76%), and
		// Legislation (no figure) comes last.
		await page.waitForFunction(
			() =>
				document
					.querySelector('svg[data-chart="coverage"] a[data-capability]')
					?.getAttribute('data-capability') === '2'
		);
		expect((await barOrder(page)).slice(0, 4)).toEqual([2, 1, 3, 4]);
		await expect.poll(() => page.url()).toContain('sort=high');
		await page.getByLabel('Domain', { exact: true }).selectOption('4');
		await page.waitForFunction(() => document.querySelectorAll('a[data-capability]').length === 4);
		expect(await barOrder(page)).toEqual([12, 13, 14, 15]);
		await expect.poll(() => page.url()).toContain('domain=4');
		// The table alternative follows the chart.
		await expect.poll(() => page.locator('details.table-alt tbody tr').count()).toBe(4);
		// The rows were the prerendered ones: the engine was not asked.
		expect(Number(await page.getAttribute('html', 'data-queries'))).toBe(before);
		expect(foreignRequests(requests, new URL(site('/')).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows a bar’s card on hover and focus, listening on the drawing its bars are markup in', async () => {
		const { page, context, errors } = await openPage();
		await page.setViewportSize({ width: 1280, height: 900 });
		await gotoHydrated(page, site('/'));
		const card = page.locator('.coverage .card');
		const research = page.locator('svg[data-chart="coverage"] a[data-capability="2"]');
		await research.locator('.label').hover();
		await expect.poll(() => card.textContent()).toContain('Research');
		await research.locator('.track').hover();
		expect(await card.count()).toBe(1);
		await page.mouse.move(1, 1);
		await expect.poll(() => card.count()).toBe(0);
		await page.locator('svg[data-chart="coverage"] a[data-capability="3"]').focus();
		await expect.poll(() => card.textContent()).toContain('Legislation');
		await page.locator('svg[data-chart="coverage"] a[data-capability="3"]').blur();
		await expect.poll(() => card.count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('lays the chart out at its box’s width on a phone, without measuring the box while hydrating', async () => {
		const { page, context, errors } = await openPage({ viewport: { width: 375, height: 800 } });
		// Reading a chart box's size at once (as bind:clientWidth does) forces a layout inside the
		// hydration task; the width must come from the browser's ResizeObserver report instead.
		await context.addInitScript(() => {
			const reads: string[] = [];
			(window as unknown as { boxReads: string[] }).boxReads = reads;
			const isChartBox = (el: Element) => el.querySelector(':scope > svg[data-chart]') !== null;
			const watch = (proto: object, name: string) => {
				const own = Object.getOwnPropertyDescriptor(proto, name)!;
				const wrap = (read: (this: Element, ...a: unknown[]) => unknown) =>
					function (this: Element, ...a: unknown[]) {
						if (isChartBox(this)) reads.push(`${this.className}.${name}`);
						return read.apply(this, a);
					};
				Object.defineProperty(
					proto,
					name,
					own.get ? { ...own, get: wrap(own.get) } : { ...own, value: wrap(own.value) }
				);
			};
			watch(Element.prototype, 'clientWidth');
			watch(HTMLElement.prototype, 'offsetWidth');
			watch(Element.prototype, 'getBoundingClientRect');
		});
		await gotoHydrated(page, site('/'));
		expect(
			await page.evaluate(() => (window as unknown as { boxReads: string[] }).boxReads)
		).toEqual([]);
		const svg = page.locator('svg[data-chart="coverage"]');
		const boxWidth = () =>
			page.locator('.coverage').evaluate((el) => Math.floor(el.getBoundingClientRect().width));
		// The prerender draws at a wide screen’s width; the phone’s box is narrower.
		expect(await boxWidth()).toBeLessThan(375);
		await expect.poll(async () => Number(await svg.getAttribute('width'))).toBe(await boxWidth());
		expect(errors).toEqual([]);
		await context.close();
	});

	it('reproduces a shared view from the URL and reports malformed parameters', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/?sort=low&group=none&colour=red&domain=9'));
		// Ungrouped, least common first: universal terminology (50%), then ethical media reporting
		// (54.8%); the three capabilities without a figure come last.
		await page.waitForFunction(
			() => document.querySelector('a[data-capability]')?.getAttribute('data-capability') === '21'
		);
		const order = await barOrder(page);
		expect(order.slice(0, 2)).toEqual([21, 20]);
		expect(order.slice(-3).sort((a, b) => a - b)).toEqual([3, 17, 19]);
		const note = await page.locator('[data-testid="ignored-params"]').textContent();
		expect(note).toContain('colour');
		expect(note).toContain('domain=9');
		await expect.poll(() => page.url()).not.toContain('colour');
		expect(await page.getByLabel('Order').inputValue()).toBe('low');
		await context.close();
	});

	it('keeps the prerendered chart and says why when WebAssembly is missing', async () => {
		const { page, context } = await openPage();
		await context.addInitScript(() => {
			// @ts-expect-error simulating an old browser
			delete globalThis.WebAssembly;
		});
		await page.goto(site('/?sort=high'));
		const message = await page.locator('[data-testid="engine-failed"]').textContent();
		expect(message).toContain('WebAssembly');
		expect(await barOrder(page)).toHaveLength(21);
		await context.close();
	});

	// The engine's worker says why it could not start (engineWorker.ts); DuckDB alone would wait
	// for ever, the engine "loading" with no word to the reader.
	const ENGINE_FAULTS = [
		{
			what: 'a part of the engine’s module is missing',
			file: '**/duckdb-eh.2.*.wasm',
			answer: { status: 404, body: 'Not found' },
			reason: 'Part 2 of 2 of the query engine could not be loaded (HTTP 404).'
		},
		{
			what: 'the engine’s module is damaged',
			file: '**/duckdb-eh.1.*.wasm',
			answer: { status: 200, body: 'not a module', contentType: 'application/wasm' },
			reason: 'The query engine’s file is damaged: it could not be compiled.'
		},
		{
			what: 'the engine’s script is missing',
			file: '**/duckdb-browser-eh.worker.*.js',
			answer: { status: 404, body: 'Not found' },
			reason: SCRIPT_MISSING
		}
	];
	for (const { what, file, answer, reason } of ENGINE_FAULTS)
		it(`keeps the prerendered chart and says why when ${what}`, async () => {
			const { page, context } = await openPage();
			await page.route(file, (route) => route.fulfill(answer));
			await page.goto(site('/?sort=high'));
			const message = await page
				.locator('[data-testid="engine-failed"]')
				.textContent({ timeout: 30_000 });
			expect(message).toContain(reason);
			expect(await page.locator('html').getAttribute('data-engine')).toBe('failed');
			expect(await barOrder(page)).toHaveLength(21);
			await context.close();
		});

	it('says which data file is damaged when a Parquet file is corrupt', async () => {
		const { page, context } = await openPage();
		await page.route('**/data/mentions.parquet', (route) =>
			route.fulfill({ status: 200, body: 'this is not parquet' })
		);
		await page.goto(site('/'));
		const message = await page
			.locator('[data-testid="engine-failed"]')
			.textContent({ timeout: 30_000 });
		expect(message).toContain('mentions.parquet');
		expect(await barOrder(page)).toHaveLength(21);
		await context.close();
	});
});

describe('overview accessibility', () => {
	it('has no axe violations in light and dark schemes, wide and narrow', async () => {
		for (const [colorScheme, width] of [
			['light', 1280],
			['dark', 375]
		] as const) {
			const { page, context } = await openPage({ viewport: { width, height: 900 } });
			await page.emulateMedia({ colorScheme });
			await page.goto(site('/'));
			await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
			expect(await axeViolations(page), `${colorScheme} ${width}`).toEqual([]);
			// Nothing overflows the narrow viewport horizontally.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			await context.close();
		}
	});
});
