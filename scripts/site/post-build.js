// After `vite build`, for static hosts: write the security and cache headers next to the site
// (`_headers` for Netlify and Cloudflare Pages, `nginx.conf.example`), give the not-found page
// words for readers without JavaScript (SvelteKit's fallback page is an empty shell that the app
// fills in), and write precompressed copies of every text and wasm file. Honours BASE_PATH and
// BUILD_DIR, like the build.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headersFile, nginxSnippet } from './security.js';
import { precompress } from './precompress.js';

const dir = resolve(process.env.BUILD_DIR ?? 'build');
const base = process.env.BASE_PATH ?? '';
writeFileSync(resolve(dir, '_headers'), headersFile(base));
writeFileSync(resolve(dir, 'nginx.conf.example'), nginxSnippet());

const MARK = 'data-nojs-not-found';
const links = [
	['/', 'Coverage overview'],
	['/map', 'World map'],
	['/capabilities', 'Capabilities'],
	['/data', 'Data and downloads'],
	['/about', 'About the review and this explorer']
];
const notFound = `<noscript ${MARK}><main style="max-width:40rem;margin:2rem auto;padding:0 1rem;font-family:system-ui,sans-serif;line-height:1.5">
<p><a href="${base}/">MNR Explorer</a></p>
<h1>Page not found</h1>
<p>There is no page at this address. It may be mistyped, or a link may be out of date.</p>
<nav aria-label="Site"><ul>${links.map(([href, label]) => `<li><a href="${base}${href}">${label}</a></li>`).join('')}</ul></nav>
</main></noscript>`;

const page = resolve(dir, '404.html');
if (existsSync(page)) {
	const html = readFileSync(page, 'utf8');
	if (!html.includes(MARK))
		writeFileSync(
			page,
			html.replace('<div style="display: contents">', (m) => m + notFound)
		);
}

// Last, so the not-found page's final text is what gets compressed.
precompress(dir);
