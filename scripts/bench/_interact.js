// Timing one interaction inside the page: from the moment the control changes to the first frame
// that shows the engine's answer. "Answered" means html[data-queries] went up (the layout mirrors
// the engine's query counter there) and the watched element changed.

/**
 * @typedef {{ select: string, values: string[] } | { click: string | string[] }} Action
 *   select: set a <select>'s value (cycling through `values`) and fire `change`;
 *   click: click the element (cycling through a list of selectors, e.g. radio buttons).
 * @typedef {{ queries?: number, changed?: string }} Until
 *   queries: how many more engine queries must have been answered (default 1);
 *   changed: selector of an element that must change: be replaced or have a mutation inside
 *   (default "main svg").
 * @typedef {{ name: string, page: string, action: Action, until?: Until }} Interaction
 * @typedef {{ ms: number, paintedMs: number, domMs: number, at: number }} Timing
 *   ms: change → start of the frame painting the answer; paintedMs: change → that frame's style,
 *   layout and paint done (afterFrame);
 *   domMs: change → DOM updated; at: performance.now() (ms since navigation) when the answer was
 *   in the DOM.
 */

/*
 * afterFrame: a task posted from a frame's animation callback runs once that frame's style, layout
 * and paint are done. It is posted at user-blocking priority, ahead of timers the page queued from
 * the same frame (the address-bar write after a change, viewState.svelte.ts), which run after the
 * paint and are not the frame's cost. Each in-page function below inlines it: Playwright
 * serialises them one by one.
 */

/**
 * Runs in the page (serialised by Playwright, so it must be self-contained).
 * @param {{ action: Action, until: Until, step: number, timeoutMs: number }} args
 * @returns {Promise<Timing>}
 */
function timeInteraction({ action, until, step, timeoutMs }) {
	const html = document.documentElement;
	const watched = until.changed ?? 'main svg';
	const wantQueries = Number(html.dataset.queries ?? 0) + (until.queries ?? 1);
	const element = document.querySelector(watched);
	return new Promise((resolve, reject) => {
		/** @type {number} */
		let t0;
		// Whether the watched element changed, from the mutation records: comparing its markup in
		// every callback would add its serialisation (milliseconds for a chart) to each figure.
		let changed = false;
		const done = () => Number(html.dataset.queries ?? 0) >= wantQueries && changed;
		const observer = new MutationObserver((records) => {
			const now = document.querySelector(watched);
			changed ||= now !== element || records.some((r) => !!now?.contains(r.target));
			if (!done()) return;
			observer.disconnect();
			clearTimeout(timer);
			const dom = performance.now();
			// performance.now() in the callback, not its timestamp argument: that is the frame's
			// vsync time, which can precede the DOM update.
			requestAnimationFrame(() => {
				const ms = performance.now() - t0;
				// Inlined (the function is serialised on its own): see afterFrame.
				const after = (/** @type {() => void} */ fn) =>
					'scheduler' in window
						? /** @type {any} */ (window).scheduler.postTask(fn, { priority: 'user-blocking' })
						: setTimeout(fn);
				after(() => resolve({ ms, paintedMs: performance.now() - t0, domMs: dom - t0, at: dom }));
			});
		});
		observer.observe(document, {
			subtree: true,
			childList: true,
			attributes: true,
			characterData: true
		});
		const timer = setTimeout(() => {
			observer.disconnect();
			reject(
				new Error(
					`not answered within ${timeoutMs} ms (queries ${html.dataset.queries}, wanted ${wantQueries})`
				)
			);
		}, timeoutMs);
		t0 = performance.now();
		if ('select' in action) {
			const el = /** @type {HTMLSelectElement | null} */ (document.querySelector(action.select));
			if (!el) return reject(new Error(`no ${action.select}`));
			el.value = action.values[step % action.values.length];
			el.dispatchEvent(new Event('change', { bubbles: true }));
		} else {
			const selector = Array.isArray(action.click)
				? action.click[step % action.click.length]
				: action.click;
			const el = /** @type {HTMLElement | null} */ (document.querySelector(selector));
			if (!el) return reject(new Error(`no ${selector}`));
			el.click();
		}
	});
}

/**
 * Perform step `step` of an interaction and time it.
 * @param {import('playwright-core').Page} page
 * @param {Interaction} interaction
 * @param {number} step
 * @param {number} [timeoutMs]
 * @returns {Promise<Timing>}
 */
export function interact(page, interaction, step, timeoutMs = 30_000) {
	return page.evaluate(timeInteraction, {
		action: interaction.action,
		until: interaction.until ?? {},
		step,
		timeoutMs
	});
}

/**
 * Runs in the page: the floor of a change that redraws the chart, i.e. the answer's own markup
 * drawn with no framework. The chart's markup is parsed again and put just before it while the
 * app's element is hidden (so an update the app makes meanwhile still lands in its own element,
 * and the copy's pattern ids come first in the document), and the time to that frame's paint is
 * taken as in timeInteraction (paintedMs); then the copy goes, the app's element shows again, and
 * that frame is let through before returning. NaN where the answer has no chart (an empty view).
 * @param {string} selector
 * @returns {Promise<number>}
 */
function timeStaticRedraw(selector) {
	const element = /** @type {SVGElement | HTMLElement | null} */ (document.querySelector(selector));
	if (!element) return Promise.resolve(NaN);
	const markup = element.outerHTML;
	// To the end of the next frame's rendering (see afterFrame).
	const after = (/** @type {() => void} */ fn) =>
		'scheduler' in window
			? /** @type {any} */ (window).scheduler.postTask(fn, { priority: 'user-blocking' })
			: setTimeout(fn);
	const frame = () => new Promise((ok) => requestAnimationFrame(() => after(() => ok(null))));
	return new Promise((resolve) => {
		const t0 = performance.now();
		const fresh = document.createRange().createContextualFragment(markup).firstElementChild;
		if (!fresh) return resolve(NaN);
		element.style.display = 'none';
		element.before(fresh);
		frame().then(() => {
			const ms = performance.now() - t0;
			fresh.remove();
			element.style.display = '';
			frame().then(() => resolve(ms));
		});
	});
}

/**
 * The static floor of an interaction's answer (timeStaticRedraw) on the element it watches.
 * @param {import('playwright-core').Page} page
 * @param {Interaction} interaction
 * @returns {Promise<number>}
 */
export function staticRedraw(page, interaction) {
	return page.evaluate(timeStaticRedraw, interaction.until?.changed ?? 'main svg');
}

/** Runs in the page before its scripts: when html[data-engine] changed, in ms since navigation. */
export function installEngineWatch() {
	/** @type {Record<string, number>} */
	const seen = {};
	/** @type {any} */ (window).__engine = seen;
	new MutationObserver(() => {
		const state = document.documentElement?.dataset.engine;
		if (state && !(state in seen)) seen[state] = performance.now();
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-engine'] });
}
