// Part "reader": what a reader who opens the home page and never touches it downloads, counted on
// the server's side of the wire (compressed bytes as sent, whoever asked: the page, the engine's
// workers or the service worker storing the site for offline use), until the page goes quiet.
// Three readers: a browser that says nothing about its connection, one asking to save data, and
// one on a 3G connection (the engine waits for them; see src/lib/engine/dataPlan.ts).
import http from 'node:http';
import { createServer } from '../serve.js';
import { applyThrottle } from './_throttle.js';

/** No request for this long means the page has gone quiet (ms). */
const QUIET_MS = 4000;
/** Stop counting after this long in any case (ms). */
const LIMIT_MS = 60_000;

/** @typedef {'engine' | 'data' | 'site'} Kind */

/** @param {string} url @returns {Kind} */
function kindOf(url) {
	if (/\.wasm(\?|$)|duckdb-browser-[\w-]+\.worker/.test(url)) return 'engine';
	if (/\/data\//.test(url)) return 'data';
	return 'site';
}

/**
 * The site's own server, counting the bytes of every response body it sends.
 * @param {string} dir
 */
async function countingServer(dir) {
	const site = createServer({ dir });
	const handler = /** @type {http.RequestListener} */ (site.listeners('request')[0]);
	const sent = { engine: 0, data: 0, site: 0, requests: 0, last: Date.now() };
	const server = http.createServer((req, res) => {
		const kind = kindOf(req.url ?? '/');
		sent.requests++;
		sent.last = Date.now();
		const write = res.write.bind(res);
		const end = res.end.bind(res);
		const count = (/** @type {unknown} */ chunk) => {
			if (typeof chunk === 'string') sent[kind] += Buffer.byteLength(chunk);
			else if (chunk instanceof Uint8Array) sent[kind] += chunk.byteLength;
			sent.last = Date.now();
		};
		res.write = /** @type {typeof res.write} */ (
			(/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
				count(chunk);
				return write(chunk, ...rest);
			}
		);
		res.end = /** @type {typeof res.end} */ (
			(/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
				if (chunk && typeof chunk !== 'function') count(chunk);
				return end(chunk, ...rest);
			}
		);
		handler(req, res);
	});
	await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		origin: `http://127.0.0.1:${port}${process.env.BASE_PATH ?? ''}`,
		sent,
		reset() {
			Object.assign(sent, { engine: 0, data: 0, site: 0, requests: 0, last: Date.now() });
		},
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections();
				server.close(() => ok(undefined));
			})
	};
}

/** @type {{ label: string, connection: { saveData: boolean, effectiveType: string } | null }[]} */
const READERS = [
	{ label: 'connection not stated', connection: null },
	{ label: 'asks to save data', connection: { saveData: true, effectiveType: '4g' } },
	{ label: 'on 3G', connection: { saveData: false, effectiveType: '3g' } }
];

/** @param {import('./_types.js').BenchContext} ctx */
export default async function bench({ browser, runs, throttle, log }) {
	const server = await countingServer('build');
	/** @type {import('./_types.js').PartResult[]} */
	const results = [];
	try {
		for (const reader of READERS) {
			/** @type {Record<'total' | Kind, number[]>} */
			const s = { total: [], engine: [], data: [], site: [] };
			for (let run = 0; run < Math.min(runs, 3); run++) {
				log(`${reader.label}: run ${run + 1}`);
				// The connection is emulated in the page only: the benchmark cannot give it to the
				// service worker, which reads the same signals in its own scope and then stores
				// nothing (src/service-worker.ts). So those readers run without it.
				const context = await browser.newContext({
					viewport: { width: 1280, height: 900 },
					serviceWorkers: reader.connection ? 'block' : 'allow'
				});
				try {
					if (reader.connection)
						await context.addInitScript((c) => {
							Object.defineProperty(Navigator.prototype, 'connection', { get: () => c });
						}, reader.connection);
					const page = await context.newPage();
					// The CPU half only: the network half would measure the link, not what crosses it.
					await applyThrottle(page, throttle, { cpu: true, network: false });
					server.reset();
					const t0 = Date.now();
					await page.goto(server.origin + '/', { waitUntil: 'load' });
					while (Date.now() - t0 < LIMIT_MS && Date.now() - server.sent.last < QUIET_MS)
						await page.waitForTimeout(250);
					const { engine, data, site } = server.sent;
					s.engine.push(engine);
					s.data.push(data);
					s.site.push(site);
					s.total.push(engine + data + site);
				} finally {
					await context.close();
				}
			}
			const sw = reader.connection ? 'service worker blocked (see above)' : 'service worker on';
			const note = `${reader.label}, ${sw}; opens / and never interacts; compressed bytes the server sent until ${QUIET_MS / 1000} s without a request (≤ ${LIMIT_MS / 1000} s)`;
			results.push(
				{
					name: `bytes, reader who never interacts (${reader.label})`,
					unit: 'bytes',
					samples: s.total,
					note
				},
				{ name: `  of which the query engine (${reader.label})`, unit: 'bytes', samples: s.engine },
				{ name: `  of which data files (${reader.label})`, unit: 'bytes', samples: s.data },
				{
					name: `  of which pages, scripts, styles (${reader.label})`,
					unit: 'bytes',
					samples: s.site
				}
			);
		}
	} finally {
		await server.close();
	}
	return results;
}
