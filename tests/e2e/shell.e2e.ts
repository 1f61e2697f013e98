import { describe, expect, it } from 'vitest';
import {
	axeViolations,
	foreignRequests,
	openPage,
	site,
	subpathSite,
	useBrowser,
	HYDRATED
} from './harness';
import { navItems } from '../../src/lib/nav';

useBrowser();

describe('layout shell', () => {
	it('renders the overview with its heading, navigation, citation and skip link', async () => {
		const { page, errors, context } = await openPage();
		const response = await page.goto(site('/'));
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1').first().textContent()).resolves.toContain('MNR Explorer');
		const navLinks = await page.locator('nav[aria-label="Main"] a').allTextContents();
		expect(navLinks).toEqual(navItems.map((n) => n.label));
		await expect(page.locator('footer cite').textContent()).resolves.toContain(
			'Framing the Future'
		);
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent);
		expect(focused).toBe('Skip to content');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps the navigation to one row on phones, with the current page in view', async () => {
		for (const width of [320, 375]) {
			const { page, context } = await openPage({ viewport: { width, height: 700 } });
			await page.goto(site('/check'), { waitUntil: 'networkidle' });
			// The header hydrates in a part of its own: its current link is shown once it is live.
			await page.waitForSelector(HYDRATED);
			const nav = await page.evaluate(() => {
				const list = document.querySelector('nav[aria-label="Main"] ul') as HTMLElement;
				const items = [...list.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
				const current = list.querySelector('a[aria-current="page"]')!.getBoundingClientRect();
				const box = list.getBoundingClientRect();
				return {
					rows: new Set(items.map((r) => Math.round(r.top))).size,
					currentInView: current.left >= box.left - 1 && current.right <= box.right + 1,
					headingTop: document.querySelector('h1')!.getBoundingClientRect().top,
					pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth
				};
			});
			expect(nav.rows, `${width} px`).toBe(1);
			expect(nav.currentInView, `${width} px`).toBe(true);
			// The page's own heading is on the first screen, high up.
			expect(nav.headingTop, `${width} px`).toBeLessThan(160);
			expect(nav.pageScrollsSideways, `${width} px`).toBe(false);
			// Every page is still reachable from the keyboard, the row scrolling along.
			const last = page.locator('nav[aria-label="Main"] a').last();
			await last.focus();
			expect(
				await last.evaluate((a) => {
					const r = a.getBoundingClientRect();
					const box = a.closest('ul')!.getBoundingClientRect();
					return r.right <= box.right + 1;
				})
			).toBe(true);
			await context.close();
		}
	});

	// The French and Spanish labels are the longest (French needs about 1,000 px in one row).
	it.each([
		{ path: '/', label: 'Main', javaScriptEnabled: true },
		{ path: '/fr/', label: 'Principale', javaScriptEnabled: true },
		{ path: '/fr/', label: 'Principale', javaScriptEnabled: false }
	] as const)(
		'keeps the navigation to one row at every width ($path, JavaScript $javaScriptEnabled), every page within reach',
		async ({ path, label, javaScriptEnabled }) => {
			for (const width of [320, 375, 600, 720, 900, 1280]) {
				const at = `${path} at ${width} px${javaScriptEnabled ? '' : ' without JavaScript'}`;
				const { page, context } = await openPage({
					viewport: { width, height: 700 },
					javaScriptEnabled
				});
				await page.goto(site(path));
				const nav = page.getByRole('navigation', { name: label, exact: true });
				const shape = await nav.evaluate((el) => {
					const list = el.querySelector('ul')!;
					const links = [...list.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
					return {
						rows: new Set(links.map((r) => Math.round(r.top))).size,
						height: el.getBoundingClientRect().height,
						linkHeight: Math.max(...links.map((r) => r.height)),
						overflows: list.scrollWidth > list.clientWidth,
						cue: getComputedStyle(list).backgroundImage,
						pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth
					};
				});
				expect(shape.rows, at).toBe(1);
				// One row of links (and its focus ring and scrollbar), never two.
				expect(shape.height, at).toBeLessThan(2 * shape.linkHeight);
				expect(shape.pageScrollsSideways, at).toBe(false);
				// A row wider than the header shows that it scrolls.
				if (shape.overflows) expect(shape.cue, at).toContain('gradient');
				// Tab reaches every page's link and the row scrolls along: the focused link is in view,
				// whole once the page runs (Chromium alone leaves a link cut at the row's edge cut).
				const links = nav.getByRole('link');
				expect(await links.count(), at).toBe(navItems.length);
				if (javaScriptEnabled) await page.waitForSelector(HYDRATED);
				for (const link of await links.all()) {
					await link.focus();
					const shown = await link.evaluate((a) => {
						const r = a.getBoundingClientRect();
						const box = a.closest('ul')!.getBoundingClientRect();
						const [left, right] = [
							Math.max(r.left, box.left, 0),
							Math.min(r.right, box.right, innerWidth)
						];
						return Math.max(0, right - left) / r.width;
					});
					expect(shown, `${at}: ${await link.textContent()}`).toBeGreaterThan(
						javaScriptEnabled ? 0.99 : 0.3
					);
				}
				await context.close();
			}
		},
		60_000
	);

	it.each(['light', 'dark'] as const)(
		'has an axe-clean navigation where its row scrolls (%s, /fr/ at 720 px)',
		async (colorScheme) => {
			const { page, context } = await openPage({ viewport: { width: 720, height: 700 } });
			await page.emulateMedia({ colorScheme });
			await page.goto(site('/fr/'), { waitUntil: 'networkidle' });
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		}
	);

	// Nine pages, each waited on until its network is idle (the engine's files included): on a
	// loaded machine that takes over a minute.
	it('makes no request outside its own origin', async () => {
		const { page, requests, context } = await openPage();
		const origin = new URL(site('/')).origin;
		for (const item of navItems) {
			await page.goto(site(item.path), { waitUntil: 'networkidle' });
		}
		expect(requests.length).toBeGreaterThan(navItems.length);
		expect(foreignRequests(requests, origin)).toEqual([]);
		await context.close();
	}, 180_000);

	it('serves every top-level page with a heading, also without JavaScript', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		for (const item of navItems) {
			const response = await page.goto(site(item.path));
			expect(response?.status(), item.path).toBe(200);
			expect(await page.locator('h1').count(), item.path).toBeGreaterThan(0);
		}
		await context.close();
	});

	it('paints from the HTML alone: every page inlines its styles, no stylesheet blocks it', async () => {
		for (const item of navItems) {
			const html = await (await fetch(site(item.path))).text();
			// The global stylesheet (its custom properties) is in the page's inlined styles.
			expect(html, item.path).toMatch(/<style>[^<]*:root\{--/);
			// SvelteKit keeps inlined sheets as disabled links (for Vite); an enabled one would block.
			const blocking = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
				.map((m) => m[0])
				.filter((tag) => !/\sdisabled[\s>]/.test(tag));
			expect(blocking, item.path).toEqual([]);
		}
	});

	it('follows the dark colour scheme', async () => {
		const { page, context } = await openPage();
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(site('/'));
		const bg = await page.evaluate(
			() => getComputedStyle(document.documentElement).backgroundColor
		);
		await page.emulateMedia({ colorScheme: 'light' });
		const lightBg = await page.evaluate(
			() => getComputedStyle(document.documentElement).backgroundColor
		);
		expect(bg).not.toBe(lightBg);
		expect(lightBg).toBe('rgb(255, 255, 255)');
		await context.close();
	});
});

describe('sub-path build (BASE_PATH=/mnr-explorer)', () => {
	it('loads every asset under the base path and navigates within it', async () => {
		const { page, requests, errors, context } = await openPage();
		const response = await page.goto(subpathSite('/'));
		expect(response?.status()).toBe(200);
		await page.waitForLoadState('networkidle');
		const origin = new URL(subpathSite('/')).origin;
		const local = requests.filter((u) => u.startsWith(origin));
		expect(local.length).toBeGreaterThan(1);
		for (const u of local) expect(new URL(u).pathname.startsWith('/mnr-explorer/'), u).toBe(true);
		await page.getByRole('link', { name: 'About' }).first().click();
		await page.waitForURL(/\/mnr-explorer\/about$/);
		expect(await page.locator('h1').textContent()).toMatch(/^About\b/);
		expect(errors).toEqual([]);
		await context.close();
	});
});
