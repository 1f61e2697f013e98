// Serves build/ as a plain static host would: the same files, no rewriting beyond
// SvelteKit's prerendered `page.html` for `/page`. Honours BASE_PATH (sub-path builds).
// usage: node scripts/serve.js [--port 4173] [--dir build]
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { CACHE_RULES, EXTRA_TYPES, securityHeaders } from './site/security.js';

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
	const files = sirv(root, {
		extensions: ['html'],
		dev: false,
		etag: true,
		// The build's precompressed copies (scripts/site/precompress.js), chosen by Accept-Encoding.
		brotli: true,
		gzip: true,
		// The same headers as the `_headers` file the build writes for static hosts.
		setHeaders: (res, pathname) => {
			const ext = /\.[a-z0-9]+$/i.exec(pathname)?.[0] ?? '';
			const type = EXTRA_TYPES[/** @type {keyof typeof EXTRA_TYPES} */ (ext)];
			if (type) res.setHeader('content-type', type);
			const immutable = pathname.startsWith('/_app/immutable/');
			res.setHeader('cache-control', CACHE_RULES[immutable ? 0 : 1].value);
		}
	});
	const server = http.createServer((req, res) => {
		for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
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
	// Node answers an address too long for its header limit (16 KB) with an empty 431; say why.
	server.on('clientError', (err, socket) => {
		if (!socket.writable) return;
		const code = /** @type {{ code?: string }} */ (err).code;
		if (code !== 'HPE_HEADER_OVERFLOW') return socket.destroy();
		const page = tooLongPage(basePath);
		socket.end(
			[
				'HTTP/1.1 431 Request Header Fields Too Large',
				'Content-Type: text/html; charset=utf-8',
				`Content-Length: ${Buffer.byteLength(page)}`,
				'Connection: close',
				'',
				page
			].join('\r\n')
		);
	});
	return server;
}

/** @param {string} basePath */
const tooLongPage = (
	basePath
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Address too long — MNR Explorer</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<h1>This address is too long</h1>
<p>The link is longer than the server accepts (about 16,000 characters), so the page cannot open.
Links to a very long SQL query are the usual cause: open the explorer's SQL console and paste the query there instead.</p>
<p><a href="${basePath}/">Go to the MNR Explorer home page</a></p></body></html>`;

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
