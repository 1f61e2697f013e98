// One origin for the benchmark: build/ exactly as `npm run preview` serves it, plus /__bench/ for
// files the parts generate (static-HTML floors, the million-row table, the bench page bundle) and
// /__bench/duckdb/ for DuckDB-WASM's own dist files. Same origin, so the same throttling applies.
import http from 'node:http';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { createServer } from '../serve.js';

/** Kept between runs (the generated million-row table is reused); never committed. */
export const SCRATCH_DIR = join(tmpdir(), 'mnr-explorer-bench');
export const SCRATCH_PATH = '/__bench';

/**
 * @param {{ dir?: string }} [options]
 * @returns {Promise<{ root: string, origin: string, scratch: { dir: string, url: string }, close: () => Promise<void> }>}
 */
export async function startBenchServer({ dir = 'build' } = {}) {
	mkdirSync(SCRATCH_DIR, { recursive: true });
	const site = createServer({ dir });
	const siteHandler = /** @type {http.RequestListener} */ (site.listeners('request')[0]);
	// dev: true re-reads the directory on every request: parts write files after the server starts.
	// Precompressed copies (.br, .gz) are sent where a part wrote them, as the site's are.
	const scratchFiles = sirv(SCRATCH_DIR, { dev: true, etag: false, brotli: true, gzip: true });
	const duckdbFiles = sirv(resolve('node_modules/@duckdb/duckdb-wasm/dist'), { dev: false });
	const notFound = (/** @type {http.ServerResponse} */ res) => () => {
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('Not found');
	};
	const server = http.createServer((req, res) => {
		const url = req.url ?? '/';
		if (url.startsWith(`${SCRATCH_PATH}/duckdb/`)) {
			req.url = url.slice(`${SCRATCH_PATH}/duckdb`.length);
			return duckdbFiles(req, res, notFound(res));
		}
		if (url.startsWith(`${SCRATCH_PATH}/`)) {
			req.url = url.slice(SCRATCH_PATH.length);
			return scratchFiles(req, res, notFound(res));
		}
		siteHandler(req, res);
	});
	await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	const root = `http://127.0.0.1:${address.port}`;
	return {
		root,
		origin: root + (process.env.BASE_PATH ?? ''),
		scratch: { dir: SCRATCH_DIR, url: root + SCRATCH_PATH },
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections();
				server.close(() => ok(undefined));
			})
	};
}
