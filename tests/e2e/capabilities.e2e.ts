import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
	axeViolations,
	foreignRequests,
	gotoHydrated,
	openPage,
	site,
	subpathSite,
	useBrowser
} from './harness';

useBrowser();

const heatmap = 'svg[data-chart="heatmap"]';

const breakdown = (page: Page) => page.getAttribute(heatmap, 'data-breakdown');
const queries = async (page: Page) => Number(await page.getAttribute('html', 'data-queries'));
const afterQuery = (page: Page, before: number) =>
	page.waitForFunction((n) => Number(document.documentElement.dataset.queries) > n, before);
const rowKeys = (page: Page) =>
	page
		.locator(`${heatmap} a[data-col-key="1"]`)
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-row-key')));
/** How many rows the table alternative holds in the task that shows the heatmap's `want` breakdown. */
const tableRowsWhenShown = (page: Page, want: string) =>
	page.evaluate(
		(want) =>
			new Promise<number>((resolve) => {
				const svg = document.querySelector('svg[data-chart="heatmap"]')!;
				new MutationObserver((_, observer) => {
					if (svg.getAttribute('data-breakdown') !== want) return;
					observer.disconnect();
					resolve(document.querySelectorAll('details.table-alt tbody tr').length);
				}).observe(svg, { attributes: true, attributeFilter: ['data-breakdown'] });
			}),
		want
	);

describe('capabilities heatmap', () => {
	it('opens on the income view in the HTML without JavaScript; the old overall URL still works', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		// The default adds what the overview does not: the split by income group beside the headline.
		await page.goto(site('/capabilities'));
		expect(await breakdown(page)).toBe('income');
		expect(await page.locator(`${heatmap} a[data-cell]`).count()).toBe(63);
		expect(await page.locator(`${heatmap} a[data-col-key="hic"]`).count()).toBe(21);
		expect(await page.locator('details.table-alt tbody tr').count()).toBe(63);

		const hotline = page.locator(`${heatmap} a[data-row-key="12"][data-col-key="all"]`);
		expect(await hotline.getAttribute('aria-label')).toContain('38 of 42');
		expect(await hotline.textContent()).toContain('90%');
		for (const id of ['3', '17', '19']) {
			const cell = page.locator(`${heatmap} a[data-row-key="${id}"][data-col-key="all"]`);
			expect(await cell.getAttribute('data-kind')).toBe('not-reported');
			expect(await cell.getAttribute('data-value')).toBe('');
			expect(await cell.textContent()).toContain('not reported');
		}
		// Every cell is a link that works without JavaScript (all in the tab order then).
		expect(await page.locator(`${heatmap} a[data-cell][tabindex="-1"]`).count()).toBe(0);
		expect(await page.locator('[data-testid="heatmap-legend"]').textContent()).toContain(
			'not reported'
		);
		await context.close();
	});

	it('builds a closed table after the chart answers, not in its frame; an open one at once', async () => {
		const { page, context } = await openPage();
		await gotoHydrated(page, site('/capabilities'));
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 60_000 });
		const rowsNow = () => page.locator('details.table-alt tbody tr').count();
		expect(await rowsNow()).toBe(63);
		// In the task that puts the new chart in the page, the closed table still has its rows.
		const atChart = tableRowsWhenShown(page, 'overall');
		await page.getByRole('radio', { name: 'All surveyed countries' }).check();
		expect(await atChart).toBe(63);
		// Then it follows the chart, closed.
		await expect.poll(rowsNow, { timeout: 10_000 }).toBe(21);
		// Open, it is built in the change's own task.
		await page.locator('details.table-alt > summary').click();
		const atOpenChart = tableRowsWhenShown(page, 'income');
		await page.getByRole('radio', { name: 'Income group' }).check();
		expect(await atOpenChart).toBe(63);
		await context.close();
	}, 120_000);

	it('still opens the single all-countries column at the old ?breakdown=overall address', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/capabilities?breakdown=overall'));
		await page.waitForSelector(`${heatmap}[data-breakdown="overall"]`, { timeout: 30_000 });
		expect(await page.locator(`${heatmap} a[data-cell]`).count()).toBe(21);
		expect(await page.getByRole('radio', { name: 'All surveyed countries' }).isChecked()).toBe(
			true
		);
		await context.close();
	});

	it('answers breakdown and filter changes with DuckDB-WASM and keeps them in the URL', async () => {
		const { page, context, requests, errors } = await openPage();
		await page.goto(site('/capabilities'));
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });

		expect(await page.getByRole('radio', { name: 'Income group' }).isChecked()).toBe(true);
		let before = await queries(page);
		await page.getByRole('radio', { name: 'All surveyed countries' }).check();
		await afterQuery(page, before);
		await page.waitForSelector(`${heatmap}[data-breakdown="overall"]`);
		await expect.poll(() => page.url()).toContain('breakdown=overall');
		expect(await page.locator(`${heatmap} a[data-cell]`).count()).toBe(21);

		// Back to the default: the prerendered rows answer, no query needed.
		await page.getByRole('radio', { name: 'Income group' }).check();
		await page.waitForSelector(`${heatmap}[data-breakdown="income"]`);
		await expect.poll(() => page.url()).not.toContain('breakdown=');
		expect(await page.locator(`${heatmap} a[data-cell]`).count()).toBe(63);
		const support = page.locator(`${heatmap} a[data-row-key="15"][data-col-key="hic"]`);
		expect(await support.getAttribute('data-kind')).toBe('ambiguous');
		expect(await support.getAttribute('aria-label')).toContain('14, 15');
		const icse = page.locator(`${heatmap} a[data-row-key="7"][data-col-key="hic"]`);
		expect(await icse.getAttribute('aria-label')).toContain('14 of 15');
		expect(await icse.getAttribute('aria-label')).toContain('derived');
		// Filters do not apply to aggregate figures: neither they nor their heading are shown.
		expect(await page.locator('#heatmap-region').count()).toBe(0);
		expect(await page.getByText('Countries shown').count()).toBe(0);
		expect(await page.locator('[data-testid="filter-note"]').count()).toBe(0);

		before = await queries(page);
		await page.getByRole('radio', { name: 'Countries named as examples' }).check();
		await afterQuery(page, before);
		await page.waitForSelector(`${heatmap}[data-breakdown="countries"]`);
		expect(await page.locator(`${heatmap} a[data-cell]`).count()).toBe(42 * 21);

		before = await queries(page);
		await page.getByRole('combobox', { name: 'Income group' }).selectOption('LMIC');
		await afterQuery(page, before);
		await page.waitForFunction(
			(sel) => document.querySelector(sel)?.getAttribute('data-rows') === '11',
			heatmap
		);
		await expect.poll(() => page.url()).toContain('income=LMIC');
		await expect.poll(() => page.url()).toContain('breakdown=countries');
		// The countries view names its columns (capability short names) under domain headers.
		expect(await page.locator(`${heatmap} text[data-col-head="12"]`).textContent()).toContain(
			'CSEA hotline'
		);
		expect(await page.locator(`${heatmap} text.band`).first().textContent()).toContain('Policy');
		const label = await page.locator(`${heatmap} a[data-cell]`).first().getAttribute('aria-label');
		expect(label).toMatch(/named as an example/);

		expect(foreignRequests(requests, new URL(site('/')).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('reproduces a shared view on reload and reports malformed parameters', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/capabilities?breakdown=countries&region=WE&order=mentions'));
		await page.waitForFunction(
			(sel) => document.querySelector(sel)?.getAttribute('data-rows') === '8',
			heatmap,
			{ timeout: 30_000 }
		);
		const first = await rowKeys(page);
		await page.reload();
		await page.waitForFunction(
			(sel) => document.querySelector(sel)?.getAttribute('data-rows') === '8',
			heatmap,
			{ timeout: 30_000 }
		);
		expect(await rowKeys(page)).toEqual(first);
		expect(await page.getByLabel('Region').inputValue()).toBe('WE');
		expect(await page.getByLabel('Order countries').inputValue()).toBe('mentions');

		await page.goto(site('/capabilities?breakdown=pie&region=XX&colour=red'));
		const note = await page.locator('[data-testid="ignored-params"]').textContent();
		expect(note).toContain('breakdown=pie');
		expect(note).toContain('region=XX');
		expect(note).toContain('colour');
		expect(await breakdown(page)).toBe('income');
		await expect.poll(() => page.url()).not.toContain('pie');

		// A filter carried into an aggregate view is kept, and the page says it has no effect.
		await page.goto(site('/capabilities?breakdown=income&income=HIC'));
		await page.waitForSelector(`${heatmap}[data-breakdown="income"]`, { timeout: 30_000 });
		expect(await page.locator('[data-testid="filter-note"]').textContent()).toContain(
			'income group filter is kept'
		);
		await context.close();
	});

	it('offers a way back from a filter no country matches', async () => {
		const { page, context } = await openPage();
		// No high-income country is in West and Central Africa.
		await page.goto(site('/capabilities?breakdown=countries&income=HIC&region=WCA'));
		await page.waitForSelector('[data-testid="heatmap-empty"]', { timeout: 30_000 });
		expect(await page.locator('[data-testid="heatmap-empty"]').textContent()).toContain(
			'No country matches'
		);
		expect(await page.locator('[data-chart-frame="heatmap"] .subtitle').textContent()).not.toMatch(
			/each of 0 countries/
		);
		await page.getByRole('button', { name: 'Reset filters' }).click();
		await page.waitForFunction(
			(sel) => document.querySelector(sel)?.getAttribute('data-rows') === '42',
			heatmap,
			{ timeout: 30_000 }
		);
		await expect.poll(() => page.url()).toContain('breakdown=countries');
		await expect.poll(() => page.url()).not.toMatch(/income=|region=/);
		await context.close();
	});

	it('shows keyboard help only where a keyboard is likely, and the scroll hint only when the grid scrolls', async () => {
		const wide = await openPage({ viewport: { width: 1280, height: 900 } });
		await wide.page.goto(site('/capabilities'));
		await wide.page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
		expect(await wide.page.locator('[data-testid="keyboard-help"]').isVisible()).toBe(true);
		expect(await wide.page.locator('[data-testid="scroll-hint"]').count()).toBe(0);
		await wide.context.close();

		const phone = await openPage({ viewport: { width: 375, height: 800 } });
		await phone.page.goto(site('/capabilities'));
		await phone.page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
		expect(await phone.page.locator('[data-testid="keyboard-help"]').isVisible()).toBe(false);
		// The income view fits a phone: nothing scrolls, so nothing is said about scrolling.
		expect(await phone.page.locator('[data-testid="scroll-hint"]').count()).toBe(0);
		await phone.page.goto(site('/capabilities?breakdown=countries'));
		await phone.page.waitForSelector(`${heatmap}[data-breakdown="countries"]`, { timeout: 30_000 });
		await phone.page.waitForSelector('[data-testid="scroll-hint"]');
		const scrolls = await phone.page
			.locator('.heatmap .scroll')
			.evaluate((el) => el.scrollWidth > el.clientWidth);
		expect(scrolls).toBe(true);
		await phone.context.close();
	});

	it('moves between cells with the arrow keys and opens a capability with Enter', async () => {
		const { page, context } = await openPage();
		// Keys pressed before hydration reach no handler (a loaded CI runner showed it).
		await gotoHydrated(page, site('/capabilities?breakdown=income'));
		await page.waitForSelector(`${heatmap}[data-breakdown="income"]`, { timeout: 30_000 });
		// One cell in the tab order (roving tabindex), set once the heatmap has hydrated.
		await page.waitForSelector(`${heatmap} a[data-cell][tabindex="0"]`);
		expect(await page.locator(`${heatmap} a[data-cell][tabindex="0"]`).count()).toBe(1);
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.hasAttribute('data-cell'))) break;
		}
		const focused = () =>
			page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
		expect(await focused()).toBe('0-0');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('1-1');
		await page.keyboard.press('End');
		expect(await focused()).toBe('1-2');
		await page.keyboard.press('Control+End');
		expect(await focused()).toBe('20-2');
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('PageDown');
		expect(await focused()).toBe('5-0');
		// The focus card shows the cell's figure.
		expect(await page.locator('.heatmap .card').textContent()).toContain('30 of 42');
		expect(await page.locator(`${heatmap} a[data-cell][tabindex="0"]`).count()).toBe(1);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/capabilities\/6$/);
		expect(await page.locator('h1').textContent()).toBe('Offender Management Process');
		await context.close();
	});

	it('keeps a focused cell focused, and alone in the tab order, when the grid is laid out afresh', async () => {
		// The cells are one markup string: a new width draws new links, and focus and the roving
		// tabindex are put back on them (gridFocus).
		const { page, context } = await openPage();
		await gotoHydrated(page, site('/capabilities?breakdown=income'));
		await page.waitForSelector(`${heatmap} a[data-cell][tabindex="0"]`);
		await page.locator(`${heatmap} a[data-cell="0-0"]`).focus();
		await page.keyboard.press('ArrowDown');
		const focused = () =>
			page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
		expect(await focused()).toBe('1-0');
		const before = await page.locator(`${heatmap} a[data-cell="1-0"] rect`).getAttribute('width');
		await page.setViewportSize({ width: 700, height: 900 });
		await expect
			.poll(() => page.locator(`${heatmap} a[data-cell="1-0"] rect`).getAttribute('width'))
			.not.toBe(before);
		expect(await focused()).toBe('1-0');
		expect(await page.locator(`${heatmap} a[data-cell][tabindex="0"]`).count()).toBe(1);
		expect(await page.locator(`${heatmap} a[data-cell]:not([tabindex])`).count()).toBe(0);
		await context.close();
	});
});

describe('capabilities area under a base path', () => {
	it('links cells, capability pages and compare within the base path, and queries there', async () => {
		const { page, context, requests } = await openPage();
		await page.goto(subpathSite('/capabilities?breakdown=income'));
		await page.waitForSelector(`${heatmap}[data-breakdown="income"]`, { timeout: 30_000 });
		const base = new URL(subpathSite('/')).pathname.replace(/\/$/, '');
		expect(
			await page.locator(`${heatmap} a[data-row-key="12"][data-col-key="all"]`).getAttribute('href')
		).toBe(`${base}/capabilities/12`);
		await page.goto(subpathSite('/compare'));
		const region = page.locator('[data-testid="region-mentions"] tbody a').first();
		expect(await region.getAttribute('href')).toMatch(
			new RegExp(`^${base}/capabilities\\?breakdown=countries&region=`)
		);
		await page.goto(subpathSite('/capabilities/12'));
		expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(
			`${base}/capabilities/13`
		);
		const origin = new URL(subpathSite('/')).origin;
		expect(requests.filter((u) => u.startsWith(origin) && !u.startsWith(origin + base))).toEqual(
			[]
		);
		await context.close();
	});
});

describe('capabilities heatmap accessibility', () => {
	it.each([
		['light', 1280, '/capabilities?breakdown=income'],
		['dark', 375, '/capabilities?breakdown=income'],
		['light', 375, '/capabilities?breakdown=countries'],
		['dark', 1280, '/capabilities?breakdown=countries&region=WE']
	] as const)(
		'has no axe violations (%s, %i px, %s) and never overflows the page',
		async (colorScheme, width, path) => {
			const { page, context } = await openPage({ viewport: { width, height: 900 } });
			await page.emulateMedia({ colorScheme });
			await page.goto(site(path));
			await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
			await page.waitForSelector(`${heatmap}:not([data-breakdown="overall"])`);
			expect(await axeViolations(page)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			await context.close();
		},
		120_000
	);
});
