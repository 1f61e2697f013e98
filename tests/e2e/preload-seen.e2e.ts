// Vite's preload helper looks the page's links up once (scripts/site/preload-seen.js): as the page
// starts, each link's address is read about once, not once for every script the start asks for.
import { describe, expect, it } from 'vitest';
import { gotoHydrated, openPage, site, useBrowser } from './harness';

useBrowser();

describe("the preload helper's link lookup", () => {
	it('reads each link once as the map page starts, and adds no link the page already has', async () => {
		const { page, context, errors } = await openPage();
		await page.addInitScript(() => {
			const w = window as unknown as { __reads: number; __added: string[] };
			w.__reads = 0;
			w.__added = [];
			// Every read of a link's resolved address, by anyone.
			const href = Object.getOwnPropertyDescriptor(HTMLLinkElement.prototype, 'href')!;
			Object.defineProperty(HTMLLinkElement.prototype, 'href', {
				...href,
				get() {
					w.__reads++;
					return href.get!.call(this);
				}
			});
			// Each modulepreload link added by a script once the page has been parsed.
			document.addEventListener('DOMContentLoaded', () =>
				new MutationObserver((records) => {
					for (const r of records)
						for (const n of r.addedNodes)
							if (n instanceof HTMLLinkElement && n.rel === 'modulepreload')
								w.__added.push(n.getAttribute('href') ?? '');
				}).observe(document.head, { childList: true })
			);
		});
		await gotoHydrated(page, site('/map'));
		const seen = await page.evaluate(() => {
			const w = window as unknown as { __reads: number; __added: string[] };
			const links = document.querySelectorAll('link');
			const linked = [...document.querySelectorAll('link[rel=modulepreload]')].map(
				(l) => l.getAttribute('href') ?? ''
			);
			const added = new Set(w.__added);
			return {
				links: links.length,
				reads: w.__reads,
				// Scripts linked twice: one added by the helper for a script the page already linked.
				twice: linked.filter((h) => added.has(h) && linked.indexOf(h) !== linked.lastIndexOf(h))
			};
		});
		// About 60 links; the helper's old comparison read over a thousand addresses here.
		expect(seen.links).toBeGreaterThan(40);
		expect(seen.reads).toBeLessThan(seen.links * 2);
		expect(seen.twice).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('still preloads the scripts of a page the reader is about to open', async () => {
		const { page, context, requests } = await openPage();
		await gotoHydrated(page, site('/'));
		const before = new Set(requests);
		// Hovering a link preloads its page's code (data-sveltekit-preload-data on <body>).
		await page.locator('header a[href="/map"]').hover();
		await expect
			.poll(() => requests.filter((u) => !before.has(u) && /\/nodes\/\d+\.[\w-]+\.js$/.test(u)))
			.not.toEqual([]);
		const added = await page.evaluate(
			() => document.querySelectorAll('head link[rel=modulepreload]').length
		);
		expect(added).toBeGreaterThan(0);
		await context.close();
	});
});
