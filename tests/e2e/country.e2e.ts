import { describe, expect, it } from 'vitest';
import {
	axeViolations,
	foreignRequests,
	openPage,
	site,
	useBrowser,
	gotoHydrated
} from './harness';

useBrowser();

const CHART = 'svg[data-chart="country"]';

describe('country pages', () => {
	it('shows everything about England and Wales without JavaScript, with its wording', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/countries/GBR'));
		expect(await page.locator('h1').textContent()).toBe('England and Wales');
		const drawn = await page.locator('[data-testid="drawn-as"]').textContent();
		expect(drawn).toContain('England and Wales answered the survey');
		expect(drawn).toContain('United Kingdom');
		expect(await page.locator('[data-testid="not-assessment"]').textContent()).toMatch(
			/does not assess.*not a rating/
		);
		// Facts, each with its source.
		const facts = await page.locator('dl.facts').textContent();
		expect(facts).toContain('High-income economies');
		expect(facts).toContain('Western Europe');
		expect(facts).toContain('Funded (global scope)');
		// The reader's form (place names) shows; the line range is in the collapsed detail.
		expect(await page.locator('dl.facts').innerText()).toContain('Footnote 38');
		expect(await page.locator('dl.facts').innerText()).not.toMatch(/lines? \d/);
		expect(facts).toContain('Footnote 38 (lines 1049–1051)');
		// Mentions grouped by domain and capability, cross-cutting ones apart.
		expect(await page.locator('.mentions section[data-domain="1"] h4').count()).toBe(3);
		expect(await page.locator('.mentions li[data-mention]').count()).toBe(32);
		expect(await page.locator('section[data-domain="none"] li').count()).toBe(2);
		expect(await page.locator('.mentions h4[data-capability="12"] a').getAttribute('href')).toMatch(
			/\/capabilities\/12$/
		);
		// The chart: all 21 capabilities, each linking to its page, and the table alternative.
		expect(await page.locator(`${CHART} a[data-capability]`).count()).toBe(21);
		expect(await page.locator(`${CHART} a[data-capability="2"]`).getAttribute('data-value')).toBe(
			'5'
		);
		expect(
			await page.locator('[data-chart-frame="country"] details.table-alt tbody tr').count()
		).toBe(21);
		// Neighbours in name order.
		expect(await page.locator('a[rel="prev"]').getAttribute('href')).toMatch(/\/countries\/SLV$/);
		expect(await page.locator('a[rel="next"]').getAttribute('href')).toMatch(/\/countries\/FIN$/);
		await context.close();
	});

	it('draws the chart’s names in the page’s language, as its embed does', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		const heading = `${CHART} text.heading >> nth=0`;
		await page.goto(site('/countries/GBR'));
		expect(await page.locator(heading).textContent()).toBe('1. Policy and Governance');
		await page.goto(site('/fr/countries/GBR'));
		expect(await page.locator(heading).textContent()).toBe('1. Politiques et gouvernance');
		await page.goto(site('/fr/embed/country/GBR'));
		expect(await page.locator(heading).textContent()).toBe('1. Politiques et gouvernance');
		await context.close();
	});

	it('prerenders all 42 pages with their heading and chart', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/map'));
		const codes = await page
			.locator('table[data-map-list] tbody tr')
			.evaluateAll((rows) =>
				rows.map((r) => [r.getAttribute('data-iso3'), r.querySelector('a')?.textContent])
			);
		expect(codes).toHaveLength(42);
		for (const [iso3, name] of codes) {
			const res = await page.request.get(site(`/countries/${iso3}`));
			expect(res.status(), iso3!).toBe(200);
			const html = await res.text();
			expect(html, iso3!).toContain(`<h1 data-iso3="${iso3}"`);
			expect(html, iso3!).toContain(`>${name!.replaceAll('&', '&amp;')}</h1>`);
			expect(html, iso3!).toContain('data-chart="country"');
			expect(html, iso3!).toContain('data-testid="not-assessment"');
		}
		await context.close();
	});

	it('answers the count-by change with DuckDB-WASM, keeps it in the URL, and reloads it', async () => {
		const { page, context, requests, errors } = await openPage();
		await page.goto(site('/countries/KEN'));
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
		const before = Number(await page.getAttribute('html', 'data-queries'));
		await page.getByLabel('Count by').selectOption('domain');
		await page.waitForFunction((n) => Number(document.documentElement.dataset.queries) > n, before);
		await page.waitForFunction(
			(sel) => document.querySelectorAll(`${sel} [data-domain]`).length === 6,
			CHART
		);
		await expect.poll(() => page.url()).toContain('by=domain');
		const total = await page
			.locator(`${CHART} [data-domain]`)
			.evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-value')), 0));
		expect(total).toBe(3);
		await page.reload();
		await page.waitForFunction(
			(sel) => document.querySelectorAll(`${sel} [data-domain]`).length === 6,
			CHART,
			{
				timeout: 30_000
			}
		);
		expect(await page.getByLabel('Count by').inputValue()).toBe('domain');
		expect(foreignRequests(requests, new URL(site('/')).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('reports an unknown parameter and carries on', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/countries/GBR?by=region'));
		const note = await page
			.locator('[data-testid="ignored-params"]')
			.textContent({ timeout: 30_000 });
		expect(note).toContain('by=region');
		expect(await page.locator(`${CHART} a[data-capability]`).count()).toBe(21);
		await context.close();
	});

	it('gives a clear "not found" page for a code the review does not cover', async () => {
		const { page, context } = await openPage();
		// Typed or shared address: the host answers 404 with the site's fallback page, which says why.
		const res = await page.goto(site('/countries/XYZ'));
		expect(res?.status()).toBe(404);
		await page.waitForSelector('h1[data-status="404"]', { timeout: 30_000 });
		expect(await page.locator('h1').textContent()).toBe('Country not found');
		expect(await page.locator('main').textContent()).toContain(
			'“XYZ” is not one of the 42 countries'
		);
		// A link followed inside the app gives the same page.
		// After hydration, so the link is not replaced.
		await gotoHydrated(page, site('/countries/GBR'));
		await page.evaluate(() => {
			const a = document.createElement('a');
			a.href = location.pathname.replace(/GBR$/, 'gbx');
			a.id = 'mistyped';
			a.textContent = 'mistyped';
			document.querySelector('main')!.append(a);
		});
		await page.click('#mistyped');
		await page.waitForSelector('h1[data-status="404"]', { timeout: 30_000 });
		expect(await page.locator('main').textContent()).toContain('“GBX” is not one of the 42');
		expect(await page.locator('main a[href$="/map"]').count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('opens a country typed in any letter case, and shows its published address', async () => {
		const { page, context, errors } = await openPage();
		// A typed address: the host has no such file and answers with its fallback page, on which
		// the app shows the country and corrects the address.
		await page.goto(site('/countries/gbr?by=domain#top'));
		await page.waitForSelector(CHART, { timeout: 30_000 });
		await page.waitForURL(/\/countries\/GBR\?by=domain#top$/, { timeout: 30_000 });
		expect(await page.locator('h1').textContent()).toContain('England and Wales');
		// A link followed inside the app, in mixed case.
		await page.evaluate(() => {
			const a = document.createElement('a');
			a.href = location.pathname.replace(/GBR$/, 'Ken');
			a.id = 'mixed';
			a.textContent = 'mixed';
			document.querySelector('main')!.append(a);
		});
		await page.click('#mixed');
		await page.waitForURL(/\/countries\/KEN$/, { timeout: 30_000 });
		await page.waitForSelector('h1:has-text("Kenya")');
		// The mistyped addresses themselves answer 404 (the host's fallback page, then the data
		// the router looks for first); nothing else goes wrong.
		expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
		await context.close();
	});
});

describe('country page accessibility', () => {
	it.each([
		['light', 1280],
		['dark', 1280],
		['light', 375],
		['dark', 375]
	] as const)(
		'has no axe violations (%s, %i px) and never overflows',
		async (colorScheme, width) => {
			const { page, context } = await openPage({ viewport: { width, height: 900 } });
			await page.emulateMedia({ colorScheme });
			await page.goto(site('/countries/GBR'));
			await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
			expect(await axeViolations(page)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			await context.close();
		}
	);
});
