// The engine's floor: DuckDB-WASM's own start, with nothing of the app around it. A blank page
// starts DuckDB's worker from its npm package (served by the bench server under /__bench/duckdb/),
// instantiates the same "eh" module and opens a connection, speaking the worker's message protocol
// directly (no bundle, no app code, no tables). What this takes is what any page using DuckDB-WASM
// pays on this machine before its first query; the app's "loading → module compiled and
// instantiated" phase is measured against it (#14: a second visit's engine ready in ≤ 1 s).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openThrottledPage } from './_throttle.js';

/**
 * Runs in the blank page: worker created → instantiated → connected, in ms from the worker's
 * creation. Message ids start at 1: DuckDB's LOG messages carry request id 0.
 */
const PAGE_SCRIPT = `
const dir = new URL('./duckdb/', location.href).href;
const started = performance.now();
const worker = new Worker(dir + 'duckdb-browser-eh.worker.js');
let next = 1;
const call = (type, data) => new Promise((ok, fail) => {
	const id = next++;
	const on = (e) => {
		if (e.data.requestId !== id || e.data.type === 'LOG' || e.data.type === 'INSTANTIATE_PROGRESS') return;
		worker.removeEventListener('message', on);
		if (e.data.type === 'ERROR') fail(new Error(e.data.data.message)); else ok(e.data.data);
	};
	worker.addEventListener('message', on);
	worker.postMessage({ messageId: id, type, data });
});
(async () => {
	await call('INSTANTIATE', [dir + 'duckdb-eh.wasm', null]);
	const instantiated = performance.now() - started;
	await call('CONNECT', null);
	window.__floor = { instantiated, connected: performance.now() - started };
})().catch((e) => { window.__floor = { error: String(e && e.message || e) }; });
`;

/**
 * Write the floor page into the bench's scratch directory.
 * @param {{ dir: string, url: string }} scratch
 * @returns {string} the page's URL
 */
export function writeEngineFloorPage(scratch) {
	writeFileSync(
		join(scratch.dir, 'engine-floor.html'),
		`<!doctype html><meta charset="utf-8"><title>Engine floor</title><script type="module">${PAGE_SCRIPT}</script>\n`
	);
	return `${scratch.url}/engine-floor.html`;
}

/**
 * DuckDB-WASM's start on a blank page, twice in one browser context: the first load fetches the
 * module, the second takes it from the browser's cache (as a second visit does).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the floor page (writeEngineFloorPage)
 * @param {import('./_throttle.js').Throttle | null} throttle
 * @returns {Promise<{ first: number, again: number }>} ms from the worker's creation to a connection
 */
export async function measureEngineFloor(browser, url, throttle) {
	const { context, page } = await openThrottledPage(browser, throttle, {
		cpu: true,
		network: false
	});
	try {
		const once = async () => {
			await page.goto(url, { waitUntil: 'load' });
			await page.waitForFunction(() => /** @type {any} */ (window).__floor, null, {
				timeout: 60_000
			});
			const floor = await page.evaluate(() => /** @type {any} */ (window).__floor);
			if (floor.error) throw new Error(`engine floor: ${floor.error}`);
			return /** @type {number} */ (floor.connected);
		};
		const first = await once();
		const again = await once();
		return { first, again };
	} finally {
		await context.close();
	}
}
