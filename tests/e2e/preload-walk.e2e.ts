// The router skips its walk over every link unless an element asks for viewport or eager code
// preloading (scripts/site/preload-walk.js); when one does, the walk runs as SvelteKit wrote it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WALKED_MARKS } from '../../scripts/site/preload-walk.js';
import { HYDRATED, openPage, site, useBrowser } from './harness';

const BUILD = 'build';
useBrowser();

/** The page scripts (route nodes) a prerendered page starts with. */
const nodesOf = (page: string) =>
	new Set(readFileSync(join(BUILD, page), 'utf8').match(/nodes\/[\w.-]+\.js/g) ?? []);

describe('the router’s link walk', () => {
	it('is guarded in the shipped router', () => {
		const dir = join(BUILD, '_app/immutable');
		const guarded = readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.js'))
			.filter((f) => readFileSync(join(dir, f), 'utf8').includes(WALKED_MARKS));
		expect(guarded).toHaveLength(1);
	});

	it('still preloads the code of links marked eager', async () => {
		// The /about page's own script, which the overview does not start with.
		const home = nodesOf('index.html');
		const about = [...nodesOf('about.html')].filter((n) => !home.has(n));
		expect(about).toHaveLength(1);
		const load = async (mark: boolean) => {
			const { page, context, requests } = await openPage();
			if (mark)
				// On <body> as soon as the parser makes it, before the router starts: every link eager.
				await page.addInitScript(() => {
					new MutationObserver((_, observer) => {
						if (!document.body) return;
						document.body.setAttribute('data-sveltekit-preload-code', 'eager');
						observer.disconnect();
					}).observe(document, { childList: true, subtree: true });
				});
			await page.goto(site('/'));
			await page.waitForSelector(HYDRATED);
			await page.waitForLoadState('networkidle');
			await context.close();
			return requests.some((u) => u.includes(about[0]));
		};
		expect(await load(false)).toBe(false);
		expect(await load(true)).toBe(true);
	});
});
