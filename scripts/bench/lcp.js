// Part "lcp": how fast the first chart appears on /, /map, /capabilities and the French overview
// (/fr/: the same chart with a language's messages and names), each against a
// static-HTML floor (the same SVG alone in a plain HTML file) loaded in the same run, on the
// same server, with the same throttling. Also total blocking time and the bytes transferred
// before the first chart is visible (engine files excluded). /about has no chart: its blocking
// time is the floor for hydration itself (the app's layout and a page of text, no chart part).
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { precompress } from '../site/precompress.js';
import { firstChartSvg, floorDocument, withoutScripts } from './_floor.js';
import { openThrottledPage } from './_throttle.js';
import { measureLoad } from './_vitals.js';

export const PAGES = ['/', '/map', '/capabilities', '/fr/', '/about'];

const slug = (/** @type {string} */ path) =>
	path === '/' ? 'index' : path.slice(1).replace(/\W+/g, '-').replace(/-$/, '');

/** @type {Map<string, number>} */
const gzipCache = new Map();
/** gzip -6 size of a URL's body: what any compressing host would send, whatever the bench server sent. */
async function gzipSize(/** @type {string} */ url) {
	let size = gzipCache.get(url);
	if (size === undefined) {
		const body = new Uint8Array(await (await fetch(url)).arrayBuffer());
		size = gzipSync(body, { level: 6 }).byteLength;
		gzipCache.set(url, size);
	}
	return size;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {import('./_throttle.js').Throttle | null} throttle
 * @param {boolean} [untilHydrated] the site's page: measure until it is hydrated (floors are not)
 */
async function load(browser, url, throttle, untilHydrated = false) {
	const { context, page } = await openThrottledPage(browser, throttle);
	try {
		return await measureLoad(page, url, { untilHydrated });
	} finally {
		await context.close();
	}
}

/** @param {import('./_types.js').BenchContext} ctx */
export default async function bench({ browser, origin, runs, throttle, scratch, log }) {
	const floorDir = join(scratch.dir, 'floor');
	mkdirSync(floorDir, { recursive: true });

	/** @type {{ path: string, url: string, floorUrl: string | null, staticUrl: string }[]} */
	const targets = [];
	for (const path of PAGES) {
		const url = origin + path;
		const res = await fetch(url);
		if (!res.ok) {
			log(`${path}: HTTP ${res.status}, skipped`);
			continue;
		}
		const html = await res.text();
		const svg = firstChartSvg(html);
		writeFileSync(join(floorDir, `${slug(path)}-static.html`), withoutScripts(html));
		const staticUrl = `${scratch.url}/floor/${slug(path)}-static.html`;
		let floorUrl = null;
		if (svg) {
			writeFileSync(join(floorDir, `${slug(path)}.html`), floorDocument(svg, `Floor for ${path}`));
			floorUrl = `${scratch.url}/floor/${slug(path)}.html`;
		} else log(`${path}: no <svg> inside <main> yet — page measured, no floor`);
		targets.push({ path, url, floorUrl, staticUrl });
	}
	// Sent compressed like the pages they stand beside: an uncompressed copy arrives in pieces, and
	// traces showed the browser painting its first part before the rest had arrived, a paint the
	// page itself (sent compressed) never gets.
	precompress(floorDir);

	// Throttled runs are the headline; full-speed runs are cheap, so they are reported too.
	const modes = throttle
		? [
				{ label: '', throttle },
				{ label: ' (no throttling)', throttle: null }
			]
		: [{ label: '', throttle: null }];
	/** @type {import('./_types.js').PartResult[]} */
	const results = [];
	for (const mode of modes) {
		for (const { path, url, floorUrl, staticUrl } of targets) {
			/** @type {Record<string, number[]>} */
			const s = {
				lcp: [],
				chart: [],
				floorLcp: [],
				floorChart: [],
				tbt: [],
				tbtPage: [],
				staticTbt: [],
				staticChart: [],
				engineAt: [],
				hydrated: [],
				bytes: [],
				gzip: [],
				floorBytes: []
			};
			/** @type {Set<string>} */
			const lcpElements = new Set();
			let chartMissing = 0;
			for (let run = 0; run < runs; run++) {
				log(`${path}${mode.label} run ${run + 1}/${runs}`);
				// Alternate which goes first so drift in machine load hits page and floors alike.
				const order = run % 2 ? ['floor', 'static', 'page'] : ['page', 'static', 'floor'];
				for (const which of order) {
					if (which === 'static') {
						const v = await load(browser, staticUrl, mode.throttle);
						s.staticTbt.push(v.tbt);
						s.staticChart.push(v.chart ?? NaN);
						continue;
					}
					if (which === 'floor') {
						if (!floorUrl) continue;
						const v = await load(browser, floorUrl, mode.throttle);
						s.floorLcp.push(v.lcp ?? NaN);
						s.floorChart.push(v.chart ?? NaN);
						s.floorBytes.push(v.counted.reduce((sum, r) => sum + r.bytes, 0));
						continue;
					}
					const v = await load(browser, url, mode.throttle, true);
					s.lcp.push(v.lcp ?? NaN);
					s.hydrated.push(v.hydrated ?? NaN);
					s.chart.push(v.chart ?? NaN);
					s.tbt.push(v.tbt);
					s.tbtPage.push(v.tbtBeforeEngine);
					s.engineAt.push(v.engineLoading ?? NaN);
					if (v.lcpElement) lcpElements.add(v.lcpElement);
					if (v.chart === null) chartMissing++;
					s.bytes.push(v.counted.reduce((sum, r) => sum + r.bytes, 0));
					let gz = 0;
					for (const r of v.counted) gz += await gzipSize(r.url);
					s.gzip.push(gz);
				}
			}
			const lcpNote = `the element the browser reported as largest: ${[...lcpElements].join(', ') || 'none'}`;
			results.push({ name: `LCP ${path}${mode.label}`, unit: 'ms', samples: s.lcp, note: lcpNote });
			if (floorUrl)
				results.push({
					name: `LCP ${path} floor${mode.label}`,
					unit: 'ms',
					samples: s.floorLcp,
					note: 'the page’s first chart <svg> in <main>, alone in a plain HTML file (no CSS, no JS); none where that svg holds no text or image, which LCP does not count (the map)'
				});
			if (mode.throttle === throttle) {
				results.push({
					name: `first chart painted ${path}`,
					unit: 'ms',
					samples: s.chart,
					note:
						chartMissing === s.chart.length
							? 'no <svg> inside <main> on this page (yet)'
							: `first frame in which main’s chart <svg> (data-chart) has a layout box, not before FCP${chartMissing ? ` (none in ${chartMissing} runs)` : ''}`
				});
				// The floor by the same measure: comparable where LCP is not (a map of paths only).
				if (floorUrl)
					results.push({
						name: `first chart painted ${path} floor`,
						unit: 'ms',
						samples: s.floorChart,
						note: 'the same measure on the static-HTML floor'
					});
				// Splits the page's distance from the floor: its own HTML and styles, or its scripts.
				if (chartMissing < s.chart.length)
					results.push({
						name: `first chart painted ${path}, the page without its scripts`,
						unit: 'ms',
						samples: s.staticChart,
						note: 'the same measure on the page’s own HTML and styles with every script removed'
					});
				results.push({
					name: `TBT ${path}`,
					unit: 'ms',
					samples: s.tbt,
					note: 'sum of (long task − 50 ms) from FCP to 1 s after the page is hydrated (html[data-hydrated]: every part live) or after the load event, whichever is later; including the engine start if the app began it by then'
				});
				results.push({
					name: `page hydrated ${path}`,
					unit: 'ms',
					samples: s.hydrated,
					note: 'from navigation until html[data-hydrated]: every part of the page is live and answers input'
				});
				results.push({
					name: `TBT ${path} floor: the page without its scripts`,
					unit: 'ms',
					samples: s.staticTbt,
					note: 'the same measure on the page’s own HTML with every script removed (never hydrated): what parsing, styling and laying it out block'
				});
				// Only worth a row when the app began starting the engine inside the window.
				const started = s.engineAt.filter(Number.isFinite).length;
				if (started)
					results.push({
						name: `TBT ${path} before engine start`,
						unit: 'ms',
						samples: s.tbtPage,
						note: `the same, counting only long tasks that began before html[data-engine] turned “loading” (engine started within the window in ${started} of ${s.engineAt.length} runs)`
					});
				results.push({
					name: `bytes before chart ${path}`,
					unit: 'bytes',
					samples: s.bytes,
					note: 'transferSize (headers + body as sent: the bench server sends the build’s precompressed copies) of the document and every response finished before the chart frame (or LCP when there is no chart); engine excluded: DuckDB wasm/worker files, .parquet, and anything requested after html[data-engine] turned “loading”'
				});
				results.push({
					name: `bytes before chart ${path} (gzip est.)`,
					unit: 'bytes',
					samples: s.gzip,
					note: 'the same responses’ bodies gzipped (level 6) in Node, as a compressing host would send them'
				});
				if (floorUrl)
					results.push({ name: `bytes floor ${path}`, unit: 'bytes', samples: s.floorBytes });
			}
		}
	}
	return results;
}
