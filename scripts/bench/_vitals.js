// Page-load measurements taken inside the page: LCP and long tasks from PerformanceObservers
// installed before any page script runs (addInitScript), and the first frame in which a chart
// (the first <svg data-chart> inside <main>, else its first <svg>) has a layout box.
// DESIGN.md §7 "Web vitals in Playwright".

/** Runs in the page before its own scripts. Kept free of closures over Node values. */
function installObservers() {
	/** @type {any} */ (window).__bench = {
		lcp: null,
		lcpElement: null,
		longtasks: [],
		chartFrame: null,
		engineLoading: null,
		hydrated: null,
		whenHydrated: null
	};
	const b = /** @type {any} */ (window).__bench;
	// Awaited by measureLoad: waiting in the page costs it nothing, where polling for the attribute
	// would run a selector in the page every frame of the window being measured.
	/** @type {(value?: unknown) => void} */
	let hydrated = () => {};
	b.whenHydrated = new Promise((resolve) => (hydrated = resolve));
	/** @param {Element | null | undefined} el */
	const describe = (el) =>
		el ? `<${el.tagName.toLowerCase()}>` + (el.closest('svg') ? ' inside an <svg>' : '') : null;
	new PerformanceObserver((list) => {
		for (const e of /** @type {any[]} */ (list.getEntries())) {
			b.lcp = e.startTime;
			b.lcpElement = describe(e.element);
		}
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
	// When the app starts DuckDB-WASM (html[data-engine] → loading): everything requested from then
	// on (duckdb JS, hyparquet, Arrow, wasm, worker, Parquet) is the engine's. And when every part
	// of the page is live (html[data-hydrated], src/lib/hydration/later.ts).
	new MutationObserver(() => {
		const state = document.documentElement?.dataset;
		if (b.engineLoading === null && state?.engine === 'loading')
			b.engineLoading = performance.now();
		if (b.hydrated === null && state?.hydrated !== undefined) {
			b.hydrated = performance.now();
			hydrated();
		}
	}).observe(document, {
		subtree: true,
		attributes: true,
		attributeFilter: ['data-engine', 'data-hydrated']
	});
	const tick = () => {
		// A chart, not a legend swatch before it (the map page has those); floors carry one svg.
		const svg =
			document.querySelector('main svg[data-chart]') ?? document.querySelector('main svg');
		const box = svg?.getBoundingClientRect();
		if (box && box.width > 0 && box.height > 0) b.chartFrame = performance.now();
		else requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
}

/** Engine files by name: DuckDB's wasm and workers, the Parquet tables. Never counted; nor is any
 * request made after html[data-engine] turned "loading" (the engine's JS chunks have hashed names). */
export const ENGINE_FILE = /\.wasm(\?|$)|worker[^/]*\.js(\?|$)|duckdb|\.parquet(\?|$)/i;

/**
 * @typedef {{ lcp: number | null, lcpElement: string | null, fcp: number | null,
 *   chart: number | null, tbt: number, tbtBeforeEngine: number, engineLoading: number | null,
 *   hydrated: number | null, load: number,
 *   counted: { url: string, bytes: number }[] }} LoadVitals
 */

/**
 * Load a URL in a (throttled) page and read its vitals `settleMs` after the load event or, with
 * `untilHydrated`, after the page is hydrated (html[data-hydrated]: every part live), whichever
 * comes later. The page's parts hydrate in tasks of their own after the load event, often more
 * than a second after it on a throttled phone: a window that ends at the load event plus a second
 * would leave some of them out of `tbt`. Pages without scripts (the floors) never hydrate.
 * `chart` is the first frame in which main's chart <svg> has a layout box, but not before FCP (a
 * frame cannot show anything before the first contentful paint). `counted` lists the responses
 * finished by then (navigation included, engine files excluded) with their transfer sizes. `tbt`
 * sums long tasks (beyond 50 ms) from FCP to the end; `tbtBeforeEngine` only those that started
 * before the app began loading DuckDB-WASM (whose JS the main thread then parses).
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {{ settleMs?: number, timeoutMs?: number, untilHydrated?: boolean }} [options]
 * @returns {Promise<LoadVitals>}
 */
export async function measureLoad(
	page,
	url,
	{ settleMs = 1000, timeoutMs = 60_000, untilHydrated = false } = {}
) {
	await page.addInitScript(installObservers);
	await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
	if (untilHydrated)
		await page.evaluate(
			(ms) =>
				Promise.race([
					/** @type {any} */ (window).__bench.whenHydrated,
					new Promise((_, fail) =>
						setTimeout(() => fail(new Error(`not hydrated within ${ms} ms`)), ms)
					)
				]),
			timeoutMs
		);
	await page.waitForTimeout(settleMs);
	const raw = await page.evaluate((engineSource) => {
		const engine = new RegExp(engineSource, 'i');
		const b = /** @type {any} */ (window).__bench;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
		const chart = b.chartFrame === null ? null : Math.max(b.chartFrame, fcp ?? 0);
		const nav = /** @type {PerformanceNavigationTiming} */ (
			performance.getEntriesByType('navigation')[0]
		);
		const until = chart ?? b.lcp ?? Infinity;
		const resources = /** @type {PerformanceResourceTiming[]} */ (
			performance.getEntriesByType('resource')
		);
		const engineAt = b.engineLoading ?? Infinity;
		const counted = [nav, ...resources]
			.filter(
				(r) =>
					r.responseEnd > 0 &&
					r.responseEnd <= until &&
					r.startTime < engineAt &&
					!engine.test(r.name)
			)
			.map((r) => ({ url: r.name, bytes: r.transferSize }));
		const blocking = (/** @type {number} */ before) =>
			/** @type {[number, number][]} */ (b.longtasks)
				.filter(([start]) => fcp !== null && start >= fcp && start < before)
				.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
		return {
			lcp: b.lcp,
			lcpElement: b.lcpElement,
			fcp,
			chart,
			tbt: blocking(Infinity),
			tbtBeforeEngine: blocking(engineAt),
			engineLoading: b.engineLoading,
			hydrated: b.hydrated,
			load: nav.loadEventEnd,
			counted
		};
	}, ENGINE_FILE.source);
	return raw;
}
