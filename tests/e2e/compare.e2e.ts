import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, foreignRequests, openPage, site, useBrowser } from './harness';

useBrowser();

const chart = 'svg[data-chart="compare"]';
const groupOrder = (page: Page) =>
	page
		.locator(`${chart} g[data-group]`)
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
const queries = async (page: Page) => Number(await page.getAttribute('html', 'data-queries'));

describe('compare', () => {
	it('draws every income comparison in the HTML without JavaScript', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/compare'));
		expect(await groupOrder(page)).toEqual([
			'c04-law-enforcement',
			'c06-offender-management',
			'c07-icse-connected',
			'c15-offender-support'
		]);
		const lmic = page.locator(`${chart} [data-bar="c06-offender-management:lmic"]`);
		expect(await lmic.textContent()).toMatch(/15 of 27 · 56% · derived\[\d+\]/);
		// Ambiguous splits: no bar, the candidate values instead.
		const amb = page.locator(`${chart} [data-bar="c15-offender-support:hic"]`);
		expect(await amb.getAttribute('data-kind')).toBe('ambiguous');
		expect(await amb.getAttribute('data-value')).toBe('');
		expect(await amb.locator('rect.bar').count()).toBe(0);
		expect(await amb.textContent()).toContain('values offered: 14 | 15');
		// Every derived or ambiguous bar has its note.
		expect(await page.locator('li[data-note]').count()).toBe(8);
		// Figures about one group only are listed, not compared.
		expect(await page.locator('[data-testid="single-group"] li').count()).toBe(12);
		// No figures by region; mentions by region only, labelled as such.
		expect(await page.locator('[data-testid="no-region-figures"]').textContent()).toContain(
			'publishes no figures by region'
		);
		expect(await page.locator('[data-testid="region-mentions"] caption').textContent()).toContain(
			'mentions, not figures'
		);
		expect(await page.locator('[data-testid="region-mentions"] tbody tr').count()).toBe(9);
		await context.close();
	});

	it('answers a capability from its rows, a sort with DuckDB-WASM, and keeps them in the URL', async () => {
		const { page, context, requests, errors } = await openPage();
		await page.goto(site('/compare'));
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
		// One capability's comparisons are a filter on the rows the page holds: no query.
		let before = await queries(page);
		const capability = page.getByRole('combobox', { name: 'Capability' });
		await capability.selectOption('7');
		await page.waitForFunction(
			(sel) => document.querySelectorAll(`${sel} g[data-group]`).length === 1,
			chart
		);
		expect(await groupOrder(page)).toEqual(['c07-icse-connected']);
		expect(await queries(page)).toBe(before);
		await capability.selectOption('');
		await page.waitForFunction(
			(sel) => document.querySelectorAll(`${sel} g[data-group]`).length > 1,
			chart
		);

		before = await queries(page);
		await page.getByRole('combobox', { name: 'Order' }).selectOption('gap');
		await page.waitForFunction((n) => Number(document.documentElement.dataset.queries) > n, before);
		await page.waitForFunction(
			(sel) =>
				document.querySelector(`${sel} g[data-group]`)?.getAttribute('data-group') ===
				'c06-offender-management',
			chart
		);
		expect(await groupOrder(page)).toEqual([
			'c06-offender-management',
			'c07-icse-connected',
			'c04-law-enforcement',
			'c15-offender-support'
		]);
		await expect.poll(() => page.url()).toContain('sort=gap');

		before = await queries(page);
		await page.getByRole('combobox', { name: 'Capability' }).selectOption('7');
		await page.waitForFunction((n) => Number(document.documentElement.dataset.queries) > n, before);
		await page.waitForFunction(
			(sel) => document.querySelectorAll(`${sel} g[data-group]`).length === 1,
			chart
		);
		expect(await groupOrder(page)).toEqual(['c07-icse-connected']);
		await expect.poll(() => page.url()).toContain('capability=7');

		// Legislation has figures about one group only: nothing to compare, said plainly.
		before = await queries(page);
		await page.getByRole('combobox', { name: 'Capability' }).selectOption('3');
		await page.waitForFunction((n) => Number(document.documentElement.dataset.queries) > n, before);
		await page.waitForSelector('[data-testid="no-comparison"]');
		expect(await page.locator('[data-testid="no-comparison"]').textContent()).toContain(
			'breaks down no figure'
		);
		expect(foreignRequests(requests, new URL(site('/')).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('reproduces a shared view on reload and reports malformed parameters', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/compare?sort=lmic&capability=6'));
		await page.waitForFunction(
			(sel) => document.querySelectorAll(`${sel} g[data-group]`).length === 1,
			chart,
			{ timeout: 30_000 }
		);
		await page.reload();
		await page.waitForFunction(
			(sel) => document.querySelectorAll(`${sel} g[data-group]`).length === 1,
			chart,
			{ timeout: 30_000 }
		);
		expect(await groupOrder(page)).toEqual(['c06-offender-management']);
		expect(await page.getByRole('combobox', { name: 'Order' }).inputValue()).toBe('lmic');
		expect(await page.getByRole('combobox', { name: 'Capability' }).inputValue()).toBe('6');

		await page.goto(site('/compare?capability=99&sort=biggest&region=WE'));
		const note = await page.locator('[data-testid="ignored-params"]').textContent();
		expect(note).toContain('capability=99');
		expect(note).toContain('sort=biggest');
		expect(note).toContain('region');
		expect(await groupOrder(page)).toHaveLength(4);
		await context.close();
	});

	it('has no axe violations in light and dark, wide and narrow, and never overflows', async () => {
		for (const [colorScheme, width] of [
			['light', 1280],
			['dark', 375],
			['dark', 1280],
			['light', 375]
		] as const) {
			const { page, context } = await openPage({ viewport: { width, height: 900 } });
			await page.emulateMedia({ colorScheme });
			await page.goto(site('/compare'));
			await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
			expect(await axeViolations(page), `${colorScheme} ${width}`).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			await context.close();
		}
	}, 120_000);
});
