// Serves build/ as a plain static host would: the same files, no rewriting beyond
// SvelteKit's prerendered `page.html` for `/page`. Honours BASE_PATH (sub-path builds).
// usage: node scripts/serve.js [--port 4173] [--dir build]
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback @returns {string} */
const arg = (name, fallback) => {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

/**
 * @param {{ dir?: string, basePath?: string }} [options]
 * @returns {http.Server}
 */
export function createServer({ dir = 'build', basePath = process.env.BASE_PATH ?? '' } = {}) {
	const root = resolve(dir);
	if (!existsSync(root))
		throw new Error(`Nothing to serve: ${root} does not exist. Run "npm run build" first.`);
	const notFoundPage = resolve(root, '404.html');
	const files = sirv(root, { extensions: ['html'], dev: false, etag: true, gzip: false });
	return http.createServer((req, res) => {
		const url = req.url ?? '/';
		if (basePath && !url.startsWith(basePath)) {
			res.writeHead(url === '/' ? 302 : 404, url === '/' ? { location: basePath + '/' } : {});
			return res.end(url === '/' ? '' : 'Not found');
		}
		req.url = basePath ? url.slice(basePath.length) || '/' : url;
		files(req, res, () => {
			// Like static hosts: the build's 404.html, with a 404 status, when there is one.
			if (existsSync(notFoundPage)) {
				res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
				res.end(readFileSync(notFoundPage));
				return;
			}
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('Not found');
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(arg('--port', process.env.PORT ?? '4173'));
	const server = createServer({ dir: arg('--dir', 'build') });
	server.listen(port, '127.0.0.1', () => {
		const base = process.env.BASE_PATH ?? '';
		console.log(
			`MNR Explorer is being served at http://localhost:${port}${base}/  (Ctrl+C to stop)`
		);
	});
}
