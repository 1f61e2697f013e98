import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeViolations, foreignRequests, openPage, site, useBrowser } from './harness';

useBrowser();

/** Indicator ids per capability, read from the curated file the pages are built from. */
function indicatorsByCapability(): Map<number, string[]> {
	const [header, ...lines] = readFileSync('data/indicators.csv', 'utf8').trim().split('\n');
	const cols = header.split(',');
	const idAt = cols.indexOf('indicator_id');
	const capAt = cols.indexOf('capability_id');
	const out = new Map<number, string[]>();
	for (const line of lines) {
		// The first columns hold no commas or quotes, so a plain split reads them.
		const cells = line.split(',');
		const cap = Number(cells[capAt]);
		if (!cells[capAt]) continue;
		out.set(cap, [...(out.get(cap) ?? []), cells[idAt]]);
	}
	return out;
}

describe('capability pages', () => {
	it('all 21 respond and show their heading and every indicator, without JavaScript', async () => {
		const expected = indicatorsByCapability();
		const { page, context } = await openPage({ javaScriptEnabled: false });
		for (let id = 1; id <= 21; id++) {
			const response = await page.goto(site(`/capabilities/${id}`));
			expect(response?.status(), `capability ${id}`).toBe(200);
			expect(await page.locator('.kicker').textContent()).toBe(`Capability ${id}`);
			expect((await page.locator('h1').textContent())?.length).toBeGreaterThan(3);
			const shown = await page
				.locator('li[data-indicator]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
			expect(shown.sort(), `capability ${id}`).toEqual([...(expected.get(id) ?? [])].sort());
			if (shown.length)
				expect(
					await page.locator('svg[data-chart="capability"] [data-bar]').count(),
					`capability ${id}`
				).toBe(shown.length);
		}
		await context.close();
	});

	it('shows the hotline figure with its count, n, printings and sub-figures', async () => {
		const { page, context, requests, errors } = await openPage();
		await page.goto(site('/capabilities/12'));
		const hotline = page.locator('li[data-indicator="c12-hotline"]');
		expect(await hotline.locator('[data-field="yes"]').textContent()).toBe('38');
		expect(await hotline.locator('[data-field="n"]').textContent()).toBe('42');
		expect(await hotline.locator('[data-field="pct"]').textContent()).toBe('90.5%');
		const bar = page.locator('svg[data-chart="capability"] [data-bar="c12-hotline"]');
		expect(await bar.getAttribute('aria-label')).toContain('38 of 42');
		expect(await bar.textContent()).toContain('90%');
		// Every printing, with whether it agrees.
		await hotline.locator('details.printings > summary').click();
		expect(await hotline.locator('tbody tr').count()).toBe(8);
		// The IWF portal figure is derived and nested two levels down.
		const iwf = page.locator('svg[data-chart="capability"] g[data-group="c12-iwf-portal"]');
		expect(await iwf.getAttribute('data-depth')).toBe('2');
		expect(await iwf.textContent()).toContain('derived');
		// Countries named as examples, worded as such, and the survey questions.
		expect(await page.locator('#mentions-title + p').textContent()).toContain(
			'named as an example'
		);
		expect(await page.locator('li[data-iso3]').count()).toBeGreaterThan(0);
		expect(await page.locator('li[data-question]').count()).toBe(3);
		// Previous and next capability.
		await page.getByRole('link', { name: /Next capability/ }).click();
		await page.waitForURL(/\/capabilities\/13$/);
		expect(foreignRequests(requests, new URL(site('/')).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('flags the media figure whose printings disagree, where the value is shown', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/capabilities/20'));
		const media = page.locator('li[data-indicator="c20-media-reporting-support"]');
		expect(await media.locator('[data-caveat="discrepancy"]').textContent()).toBe(
			'printed figures disagree'
		);
		expect(
			await page
				.locator('svg[data-chart="capability"] [data-bar="c20-media-reporting-support"]')
				.textContent()
		).toContain('printed figures disagree');
		expect(await media.locator('details.printings').getAttribute('open')).not.toBeNull();
		expect(await media.locator('tr[data-agrees="false"]').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-chart-frame="capability"] .notes').textContent()).toContain(
			'printed figures disagree'
		);
		await context.close();
	});

	it('says plainly when the review gives no figure, or no headline figure', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		for (const id of [17, 19]) {
			await page.goto(site(`/capabilities/${id}`));
			expect(await page.locator('[data-testid="no-figures"]').textContent()).toContain(
				'publishes no figure'
			);
			expect(await page.locator('svg[data-chart="capability"]').count()).toBe(0);
		}
		// 19 still shows what the review does say: the countries named as examples.
		expect(await page.locator('li[data-iso3]').count()).toBe(5);
		await page.goto(site('/capabilities/3'));
		expect(await page.locator('[data-testid="no-headline"]').textContent()).toContain(
			'high-income countries'
		);
		const ambiguous = page.locator('svg[data-chart="capability"] [data-kind="ambiguous"]');
		expect(await ambiguous.count()).toBe(7);
		// Ambiguous figures get no value drawn, only the candidate values.
		expect(await ambiguous.first().getAttribute('data-value')).toBe('');
		expect(await ambiguous.first().textContent()).toContain('values offered: 100 | 93 | 87 | 80');
		await context.close();
	});

	it('answers an unknown capability with 404', async () => {
		const { page, context } = await openPage();
		const response = await page.goto(site('/capabilities/22'));
		expect(response?.status()).toBe(404);
		await context.close();
	});

	it('has no axe violations in light and dark, wide and narrow, and never overflows', async () => {
		for (const [colorScheme, width, path] of [
			['light', 1280, '/capabilities/12'],
			['dark', 375, '/capabilities/3'],
			['dark', 1280, '/capabilities/7'],
			['light', 375, '/capabilities/20']
		] as const) {
			const { page, context } = await openPage({ viewport: { width, height: 900 } });
			await page.emulateMedia({ colorScheme });
			await page.goto(site(path));
			expect(await axeViolations(page), `${colorScheme} ${width} ${path}`).toEqual([]);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth),
				`${width} ${path}`
			).toBeLessThanOrEqual(width);
			await context.close();
		}
	}, 120_000);
});
