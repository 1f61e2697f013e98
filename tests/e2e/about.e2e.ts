import { describe, expect, it } from 'vitest';
import {
	axeViolations,
	foreignRequests,
	gotoHydrated,
	HYDRATED,
	openPage,
	site,
	useBrowser
} from './harness';

useBrowser();

describe('/about', () => {
	it('gives the methodology from the data, without JavaScript', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/about'));
		const split = await page.getByTestId('survey-split').textContent();
		expect(split).toContain('42 countries');
		expect(split).toContain('17 countries answered');
		expect(split).toContain('other 25');
		// Income and regional make-up, each adding up to 42 and matching the printed totals.
		expect(await page.locator('tr[data-group="HIC"]').textContent()).toMatch(/15\s*15\s*0\s*15/);
		expect(await page.locator('tr[data-group]').count()).toBe(4 + 9);
		expect(await page.locator('#methodology').textContent()).toContain('Every total matches');
		// The review's own limitations, each with where it says so.
		const limitations = await page.locator('#limitations li').allTextContents();
		expect(limitations.length).toBeGreaterThanOrEqual(8);
		for (const l of limitations) expect(l).toMatch(/lines? \d+/);
		await context.close();
	});

	it('lists the discrepancies found, including c20 media reporting and c09 workforce', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/about'));
		const ids = await page
			.locator('#discrepancies article[data-indicator]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
		expect(ids).toContain('c20-media-reporting-support');
		expect(ids).toContain('c09-child-protection-workforce');
		const c20 = page.locator('article[data-indicator="c20-media-reporting-support"]');
		expect(await c20.textContent()).toContain('23 of 42');
		expect(await c20.textContent()).toContain('“54 per cent”');
		expect(await c20.locator('li.bad').count()).toBeGreaterThan(0);
		const c09 = page.locator('article[data-indicator="c09-child-protection-workforce"]');
		// Both the misprinted 23 per cent and the words "almost a quarter" beside it disagree with 7 of 41.
		const bad = (await c09.locator('li.bad').allTextContents()).join(' | ');
		expect(bad).toContain('23 per cent');
		expect(bad).toContain('Almost a quarter');
		// The method note is shown here, on /about, and nowhere a reader lands.
		expect(await c09.textContent()).toContain('34 of 41109');
		// Ambiguous figures: all listed, none with a value assigned.
		expect(await page.locator('#ambiguous li[data-indicator]').count()).toBe(21);
		expect(await page.locator('#ambiguous').textContent()).toContain('100, 93, 87, 80');
		await context.close();
	});

	it('shows how to cite the review and the dataset version', async () => {
		const { page, context, requests, errors } = await openPage();
		await page.goto(site('/about'));
		const manifest = await (await page.request.get(site('/data/manifest.json'))).json();
		expect(await page.getByTestId('cite-review').textContent()).toContain(
			'WeProtect Global Alliance and UNICEF (2022). Framing the Future'
		);
		const explorer = page.getByTestId('cite-explorer');
		expect(await explorer.textContent()).toContain(`dataset version ${manifest.datasetVersion}`);
		// Once hydrated, the citation carries the address the site is served from.
		await page.waitForFunction(() =>
			document.querySelector('[data-testid="cite-explorer"]')?.textContent?.includes('http')
		);
		await page.getByText('BibTeX').click();
		expect(await page.getByTestId('cite-bibtex').textContent()).toContain('@techreport');
		expect(foreignRequests(requests, new URL(site('/')).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it.each([
		['light', 1280],
		['light', 375],
		['dark', 1280],
		['dark', 375]
	] as const)('has no axe violations, %s at %i px', async (colorScheme, width) => {
		const { page, context } = await openPage({ viewport: { width, height: 900 } });
		await page.emulateMedia({ colorScheme });
		await page.goto(site('/about'));
		expect(await axeViolations(page)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			width
		);
		await context.close();
	});

	it('keeps its text as prerendered: hydration never walks it, and an in-app visit draws it', async () => {
		const { page, context } = await openPage();
		// Before any script: count the steps of a DOM walk (firstChild, nextSibling: how svelte's
		// hydration moves through markup it adopts) that land inside the discrepancies section.
		await page.addInitScript(() => {
			const w = window as unknown as { walkedInside: number };
			w.walkedInside = 0;
			for (const name of ['firstChild', 'nextSibling'] as const) {
				const own = Object.getOwnPropertyDescriptor(Node.prototype, name)!;
				Object.defineProperty(Node.prototype, name, {
					...own,
					get(this: Node) {
						const at = this.nodeType === Node.ELEMENT_NODE ? (this as Element) : this.parentElement;
						if (at?.closest('#discrepancies')) w.walkedInside++;
						return own.get!.call(this);
					}
				});
			}
		});
		await gotoHydrated(page, site('/about'));
		expect(await page.locator('#discrepancies article[data-indicator]').count()).toBeGreaterThan(1);
		expect(
			await page.evaluate(() => (window as unknown as { walkedInside: number }).walkedInside)
		).toBe(0);

		// Reached from another page by the site's own navigation, there is no prerendered markup:
		// the same text is drawn by the app.
		await gotoHydrated(page, site('/'));
		await page.locator('header a[href$="/about"]').first().click();
		await page.waitForURL(/\/about$/);
		await page.waitForSelector(HYDRATED);
		expect(await page.locator('#discrepancies article[data-indicator]').count()).toBeGreaterThan(1);
		expect(await page.locator('#methodology').textContent()).toContain('Every total matches');
		expect(await page.locator('#changelog li').count()).toBeGreaterThan(0);
		await context.close();
	});
});
