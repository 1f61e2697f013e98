// Shared browser plumbing for the end-to-end suite: one Chromium per test file, one context per
// test, and a record of every request and console error so tests can assert on them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { withVersion } from '../../src/lib/data/versions';
import { afterAll, beforeAll, inject } from 'vitest';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.js';

export interface TrackedPage {
	page: Page;
	context: BrowserContext;
	/** Every URL the page requested, in order. */
	requests: string[];
	/** Console errors and uncaught exceptions. */
	errors: string[];
}

let browser: Browser | undefined;

/** Launch Chromium once for the calling test file and close it afterwards. */
export function useBrowser(): void {
	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	});
	afterAll(async () => {
		await browser?.close();
	});
}

/** A fresh page (own context) with request and error tracking. */
export async function openPage(
	options: {
		viewport?: { width: number; height: number };
		javaScriptEnabled?: boolean;
		/**
		 * Let the site's service worker run. Off by default: requests it answers from its cache
		 * bypass page.route(), which many tests use to damage or watch files.
		 */
		serviceWorkers?: boolean;
	} = {}
): Promise<TrackedPage> {
	if (!browser) throw new Error('useBrowser() must be called in the test file first');
	const context = await browser.newContext({
		viewport: options.viewport ?? { width: 1280, height: 900 },
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		acceptDownloads: true,
		serviceWorkers: options.serviceWorkers ? 'allow' : 'block'
	});
	const page = await context.newPage();
	const requests: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return { page, context, requests, errors };
}

/**
 * Open a URL and wait until the page is hydrated (the layout marks <html data-engine> on mount,
 * and <html data-hydrated> once the parts hydrated in later tasks are live), so its handlers
 * exist before the test types, selects, clicks or tabs. The prerendered page is
 * visible and editable earlier (its styles are inline): input before hydration is not seen.
 */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.waitForSelector(HYDRATED);
}

/** Matches once the page is hydrated, parts hydrated later included (see gotoHydrated). */
export const HYDRATED = 'html[data-engine][data-hydrated]';

/** URL of a route in the main build. */
export function site(path = '/'): string {
	return inject('siteUrl') + path;
}

/** URL of a route in the sub-path build. */
export function subpathSite(path = '/'): string {
	return inject('subpathUrl') + path;
}

/** Requests that left the page's own origin (data: and blob: URLs are local). */
export function foreignRequests(requests: string[], origin: string): string[] {
	return requests.filter((u) => !u.startsWith(origin) && !/^(data|blob|about):/.test(u));
}

/** axe-core violations on the current page, as "rule: target" lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
	const { AxeBuilder } = await import('@axe-core/playwright');
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`)
	);
}

/** The prerendered pages under a built site's folder, as paths relative to it ("fr/map.html"). */
export function* htmlFiles(dir: string, rel = ''): Generator<string> {
	for (const name of readdirSync(join(dir, rel))) {
		const path = join(rel, name);
		if (statSync(join(dir, path)).isDirectory()) {
			if (name !== '_app' && name !== 'data') yield* htmlFiles(dir, path);
		} else if (name.endsWith('.html')) yield path;
	}
}

/** The dataset version of the build under test: permalinks, embed codes and exports name it. */
export const DATASET_VERSION = (
	JSON.parse(readFileSync('build/data/manifest.json', 'utf8')) as { datasetVersion: string }
).datasetVersion;

/** A page path ("/map?colour=region") with the build's dataset version, as links give it. */
export function pinned(path: string): string {
	const [pathname, search = ''] = path.split('?');
	return `${pathname}?${withVersion(search, DATASET_VERSION)}`;
}
