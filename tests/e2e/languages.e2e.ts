// Chart pages in French and Spanish (#15): titles, dataset names and numbers in the page's
// language, after hydration as in the prerendered HTML, a view's settings kept across the
// language switch, and no accessibility violations.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeViolations, gotoHydrated, openPage, site, useBrowser } from './harness';

useBrowser();

describe('chart pages in French and Spanish', () => {
	it('/fr/ draws the overview with French words and numbers', async () => {
		const { page, context, errors } = await openPage();
		await gotoHydrated(page, site('/fr/'));
		await expect
			.poll(() => page.locator('#chart-coverage-title').textContent())
			.toBe('Combien de pays déclarent chaque capacité');
		expect(await page.locator('html').getAttribute('lang')).toBe('fr');
		expect(await page.locator('.lede').textContent()).toMatch(
			/42 pays utilisent la Model National/
		);
		// French percentages: a no-break space before "%", never "76%".
		const texts = await page.locator('svg[data-chart="coverage"] text').allTextContents();
		expect(texts.some((t) => /\d[\u00a0\u202f]%/.test(t))).toBe(true);
		expect(texts.some((t) => /\d%/.test(t))).toBe(false);
		// The capability names are draft translations: the page says so once, after hydration too.
		await expect.poll(() => page.locator('[data-testid="draft-names"]').count()).toBe(1);
		expect(await page.locator('[data-testid="draft-names"] a').getAttribute('href')).toMatch(
			/\/fr\/about#translation$/
		);
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('/es/map names countries in Spanish and keeps the colouring across a switch to French', async () => {
		const { page, context, errors } = await openPage();
		await gotoHydrated(page, site('/es/map?colour=region'));
		const albania = page.locator('a[data-iso3="ALB"]');
		await expect.poll(() => albania.getAttribute('aria-label')).toMatch(/^Albania\. /);
		expect(await page.locator('a[data-iso3="DEU"]').count()).toBe(0);
		const kenya = await page.locator('a[data-iso3="KEN"]').getAttribute('aria-label');
		expect(kenya).toMatch(/^Kenia\b/);
		await page.locator('a[hreflang="fr"]').first().click();
		await page.waitForURL(/\/fr\/map\?colour=region/);
		await expect
			.poll(() => page.locator('a[data-iso3="KEN"]').getAttribute('aria-label'))
			.toMatch(/^Kenya\b/);
		expect(await page.locator('html').getAttribute('lang')).toBe('fr');
		// The colouring needs the engine; until it answers, the view is dimmed as pending.
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});

// Each language's messages are their own script (scripts/i18n/split-locales.js): a page loads
// its own language's and never the other two, so a French reader does not download English
// and Spanish text. One plain message per language marks whose messages a script carries.
describe('a page loads only its own language', () => {
	const MARKER = 'about_dictionary_link';
	const markers = Object.fromEntries(
		(['en', 'fr', 'es'] as const).map((l) => [
			l,
			JSON.parse(readFileSync(`messages/${l}.json`, 'utf8'))[MARKER] as string
		])
	);

	it.each([
		['/', 'en'],
		['/fr/map', 'fr'],
		['/es/check', 'es'],
		['/fr/embed/coverage', 'fr']
	])('%s carries the %s messages only', async (path, locale) => {
		const { page, context, errors } = await openPage();
		const scripts: Promise<string>[] = [];
		page.on('response', (r) => {
			if (r.request().resourceType() === 'script') scripts.push(r.text().catch(() => ''));
		});
		await gotoHydrated(page, site(path));
		await page.waitForLoadState('networkidle');
		const bodies = await Promise.all(scripts);
		const carried = Object.entries(markers)
			.filter(([, text]) => bodies.some((body) => body.includes(text)))
			.map(([l]) => l);
		expect(carried).toEqual([locale]);
		expect(errors).toEqual([]);
		await context.close();
	});
});
