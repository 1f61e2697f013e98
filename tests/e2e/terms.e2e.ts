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

const listed = (page: Page) =>
	page.locator('[data-testid=terms-list] > li').evaluateAll((els) => els.map((e) => e.id));

describe('terms', () => {
	it('lists every term with its status, replacement, reason and source, without JavaScript', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/terms'));
		const ids = await listed(page);
		expect(ids.length).toBe(32);
		expect(ids).toContain('term-child-pornography');
		expect(ids).toContain('term-child-self-generated-sexual-material');
		const cp = page.locator('#term-child-pornography');
		expect(await cp.getAttribute('data-status')).toBe('avoid');
		const text = (await cp.textContent()) ?? '';
		expect(text).toContain('Avoid');
		expect(text).toContain('child sexual abuse material');
		// Where a reader finds it, and (collapsed) the line range the data is checked against.
		expect(text).toContain('Glossary · search “');
		expect(text).toContain('Glossary (lines 241–246)');
		// The replacement links to its own entry; every term has a link to itself.
		expect(
			await cp.getByRole('link', { name: 'child sexual abuse material' }).getAttribute('href')
		).toBe('#term-child-sexual-abuse-material');
		expect(await cp.getByRole('link', { name: /Copy a link/ }).getAttribute('href')).toBe(
			'#term-child-pornography'
		);
		expect(await page.getByTestId('terms-count').textContent()).toContain('32 terms');
		await context.close();
	});

	it('filters by search and status, keeps both in the URL, and answers with DuckDB-WASM', async () => {
		const { page, context, requests, errors } = await openPage();
		await gotoHydrated(page, site('/terms'));
		await page.getByLabel('Search terms').fill('porn');
		await expect
			.poll(() => listed(page))
			.toEqual([
				'term-child-pornography',
				'term-child-sexual-abuse-material',
				'term-csam',
				'term-image-based-abuse',
				'term-pornography',
				'term-revenge-porn'
			]);
		await expect.poll(() => page.url()).toContain('q=porn');
		await page.getByLabel('Status', { exact: true }).selectOption('avoid');
		await expect
			.poll(() => listed(page))
			.toEqual(['term-child-pornography', 'term-pornography', 'term-revenge-porn']);
		await expect.poll(() => page.url()).toContain('status=avoid');
		expect(await page.getByTestId('terms-count').textContent()).toContain('Showing 3 of 32 terms');
		// The same view from the engine's query (the TypeScript filter answers while it starts).
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 60_000 });
		await expect.poll(() => page.getAttribute('html', 'data-queries')).not.toBe('0');
		expect((await listed(page)).length).toBe(3);

		// A replacement that the filter hides: following it clears the filter.
		await page
			.locator('#term-revenge-porn')
			.getByRole('link', { name: 'image-based abuse' })
			.click();
		await expect.poll(() => listed(page).then((l) => l.length)).toBe(32);
		await expect.poll(() => page.url()).toContain('#term-image-based-abuse');

		await page.getByLabel('Search terms').fill('no such term at all');
		await expect.poll(() => page.getByText('No term matches this search.').count()).toBe(1);
		expect(foreignRequests(requests, new URL(site('/')).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	}, 90_000);

	it('restores a shared view and reports what it ignored', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/terms?status=use-with-care&q=offend&colour=red'));
		await expect
			.poll(() => listed(page))
			.toEqual(['term-offender', 'term-perpetrator', 'term-restitution']);
		expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('use-with-care');
		expect(await page.getByLabel('Search terms').inputValue()).toBe('offend');
		expect(await page.getByTestId('ignored-params').textContent()).toContain('colour');
		await page.goto(site('/terms?status=banned'));
		expect(await page.getByTestId('ignored-params').textContent()).toContain('status=banned');
		await expect.poll(() => listed(page).then((l) => l.length)).toBe(32);
		await context.close();
	});

	it('copies a link to a term', async () => {
		const { page, context } = await openPage();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(site('/')).origin
		});
		await gotoHydrated(page, site('/terms'));
		await page.getByRole('link', { name: 'Copy a link to “revenge porn”' }).click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(site('/terms#term-revenge-porn'));
		expect(await page.locator('#term-revenge-porn').textContent()).toContain('Copied');
		await context.close();
	});

	it('is keyboard operable and axe-clean, light and dark, wide and narrow', async () => {
		for (const [colorScheme, width] of [
			['light', 1280],
			['light', 375],
			['dark', 1280],
			['dark', 375]
		] as const) {
			const { page, context } = await openPage({ viewport: { width, height: 900 } });
			await page.emulateMedia({ colorScheme });
			await page.goto(site('/terms?status=avoid'));
			await expect.poll(() => listed(page).then((l) => l.length)).toBe(3);
			expect(await axeViolations(page), `${colorScheme} ${width}`).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			await context.close();
		}
		const { page, context } = await openPage();
		await gotoHydrated(page, site('/terms'));
		await page.getByLabel('Search terms').focus();
		await page.keyboard.type('remedy');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('terms-status');
		// Typing a letter in a focused list picks the first option starting with it.
		await page.keyboard.press('u');
		await expect.poll(() => page.url()).toContain('status=use-with-care');
		await expect.poll(() => page.url()).toContain('q=remedy');
		await expect
			.poll(() => listed(page))
			.toEqual(['term-redress', 'term-remedy', 'term-reparation']);
		await context.close();
	}, 120_000);
});
