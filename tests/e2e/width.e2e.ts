// Every chart page and every embed, at every width from a small phone to a wide desktop: chart text
// never overlaps other text or leaves its SVG, plots keep their minimum width, and the page never
// scrolls sideways. The page is opened once at the narrowest width and then widened, as a reader
// turning a tablet or resizing a window does; charts lay out from their container's width. It is
// also opened afresh at a phone's, a column's and a desktop's width: a chart's first layout
// (before any resize) must fit too.
import { describe, expect, it } from 'vitest';
import { EMBEDS } from '../../src/lib/export/embeds';
import { describeProblems, fitProblems, WIDTHS } from './fit';
import { gotoHydrated, openPage, site, useBrowser } from './harness';

useBrowser();

const PAGES = [
	'/',
	'/?group=income',
	'/map',
	'/capabilities',
	'/capabilities?breakdown=countries',
	'/capabilities/12',
	'/compare',
	'/countries/GBR'
];
const EMBED_PATHS = Object.values(EMBEDS).flatMap((e) => e!.samples);

/** Let ResizeObserver callbacks and the re-render they cause reach the screen. */
async function settle(page: import('playwright-core').Page) {
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
	);
	await page.waitForTimeout(50);
}

async function problemsAcrossWidths(path: string): Promise<string[]> {
	const { page, context } = await openPage({ viewport: { width: WIDTHS[0], height: 900 } });
	try {
		await gotoHydrated(page, site(path));
		const found: string[] = [];
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 900 });
			await settle(page);
			found.push(...describeProblems(await fitProblems(page)).map((p) => `${width} px: ${p}`));
		}
		return found;
	} finally {
		await context.close();
	}
}

/** Widths a page is opened at directly: a small phone, a blog column, a desktop. */
const FRESH_WIDTHS = [320, 600, 1280];

async function problemsWhenOpenedAt(path: string, width: number): Promise<string[]> {
	const { page, context } = await openPage({ viewport: { width, height: 900 } });
	try {
		await gotoHydrated(page, site(path));
		await settle(page);
		return describeProblems(await fitProblems(page)).map((p) => `${width} px: ${p}`);
	} finally {
		await context.close();
	}
}

describe('charts fit every width', () => {
	for (const path of [...PAGES, ...EMBED_PATHS]) {
		it(`${path} at ${WIDTHS.join(', ')} px`, { timeout: 120_000 }, async () => {
			expect(await problemsAcrossWidths(path)).toEqual([]);
		});
	}
});

describe('charts fit when opened at a width', () => {
	for (const path of [...PAGES, ...EMBED_PATHS]) {
		it(`${path} opened at ${FRESH_WIDTHS.join(', ')} px`, { timeout: 120_000 }, async () => {
			const found: string[] = [];
			for (const width of FRESH_WIDTHS) found.push(...(await problemsWhenOpenedAt(path, width)));
			expect(found).toEqual([]);
		});
	}
});

// A chart is prerendered at the width its box has on a wide screen (kit/boxWidth): a reader there
// gets the prerendered chart as it is, with nothing laid out or drawn again once the page is live.
describe('a wide screen keeps the prerendered chart', () => {
	const WIDE = ['/', '/capabilities', '/capabilities/12', '/compare', '/countries/GBR'];
	it.each(WIDE)('%s at 1280 px: hydration redraws no chart', async (path) => {
		const { page, context } = await openPage({ viewport: { width: 1280, height: 900 } });
		await context.addInitScript(() => {
			const redrawn: string[] = [];
			(window as unknown as { redrawn: string[] }).redrawn = redrawn;
			new MutationObserver((records) => {
				for (const r of records) {
					const el = r.target instanceof Element ? r.target : null;
					// The parser adds the prerendered chart; only what is taken away or resized counts.
					if (r.type === 'childList' && r.removedNodes.length && el?.closest('svg[data-chart]'))
						redrawn.push(`${el.tagName} lost ${r.removedNodes.length}`);
					if (r.type === 'attributes' && el?.matches('svg[data-chart]'))
						redrawn.push(`${r.attributeName} of ${el.getAttribute('data-chart')}`);
				}
			}).observe(document, {
				childList: true,
				subtree: true,
				attributes: true,
				attributeFilter: ['width', 'height', 'viewBox']
			});
		});
		await gotoHydrated(page, site(path));
		await settle(page);
		expect(await page.locator('main svg[data-chart]').count()).toBeGreaterThan(0);
		expect(await page.evaluate(() => (window as unknown as { redrawn: string[] }).redrawn)).toEqual(
			[]
		);
		await context.close();
	});
});
