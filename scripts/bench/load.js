// Part "load": what held under load when the explorer was tried as an unlucky host would serve it,
// kept as figures rather than tests (they take minutes and measure the machine as much as the code):
// - requests: 4,000 GETs of the site's real files, 50 at a time, against the same server the
//   explorer ships (`scripts/serve.js`); errors are any status other than 200 or a failed socket;
// - tabs: 20 pages of the overview opened at once in one browser, each asking for a view the
//   prerendered HTML cannot answer (so each starts its engine); ready when the engine is, failed
//   when it says it failed or is not ready within two minutes.
// Only this machine's loopback server is contacted.
import { performance } from 'node:perf_hooks';

const REQUESTS = 4000;
const CONCURRENCY = 50;
const TABS = 20;
/** A visitor's mix: pages, the app's data files and the engine's own. */
const PATHS = [
	'/',
	'/map',
	'/capabilities',
	'/capabilities/7',
	'/countries/KEN',
	'/data',
	'/data/manifest.json',
	'/data/indicators.parquet',
	'/data/countries.parquet',
	'/embed.js'
];

/** @param {string} origin */
async function hammer(origin) {
	let next = 0;
	let errors = 0;
	/** @type {number[]} */
	const latencies = [];
	const worker = async () => {
		while (next < REQUESTS) {
			const path = PATHS[next++ % PATHS.length];
			const start = performance.now();
			try {
				const res = await fetch(origin + path);
				await res.arrayBuffer();
				if (res.status !== 200) errors++;
			} catch {
				errors++;
			}
			latencies.push(performance.now() - start);
		}
	};
	const start = performance.now();
	await Promise.all(Array.from({ length: CONCURRENCY }, worker));
	return { errors, latencies, seconds: (performance.now() - start) / 1000 };
}

/** @param {import('./_types.js').BenchContext} ctx */
export default async function bench({ browser, origin, log }) {
	log(`load: ${REQUESTS} requests, ${CONCURRENCY} at a time`);
	const load = await hammer(origin);

	log(`load: ${TABS} tabs at once`);
	const context = await browser.newContext();
	const pages = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
	const start = performance.now();
	const outcomes = await Promise.all(
		pages.map(async (page) => {
			try {
				await page.goto(origin + '/?sort=low', { waitUntil: 'domcontentloaded' });
				const done = await page.waitForSelector(
					'html[data-engine="ready"], html[data-engine="failed"]',
					{ timeout: 120_000 }
				);
				return (await done.getAttribute('data-engine')) === 'ready';
			} catch {
				return false;
			}
		})
	);
	const allReady = (performance.now() - start) / 1000;
	await context.close();
	const ready = outcomes.filter(Boolean).length;

	return [
		{
			name: `load: errors in ${REQUESTS} requests (${CONCURRENCY} concurrent)`,
			unit: 'count',
			samples: [load.errors],
			note: `${(REQUESTS / load.seconds).toFixed(0)} requests/s`
		},
		{ name: 'load: request latency', unit: 'ms', samples: load.latencies },
		{ name: `load: tabs ready of ${TABS} opened at once`, unit: 'count', samples: [ready] },
		{ name: `load: ${TABS} tabs, time until all answered`, unit: 's', samples: [allReady] }
	];
}
