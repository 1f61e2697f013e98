import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './scripts/site/security.js';

// BASE_PATH lets the same build be served from a sub-path (e.g. /mnr-explorer on a shared host).
const base = process.env.BASE_PATH ?? '';
// BUILD_DIR lets the test harness keep a sub-path build beside the main one.
const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// 404.html: static hosts serve it for unknown addresses; the app then shows its error page
		// (e.g. "not one of the 42 countries" for /countries/XYZ).
		adapter: adapter({ pages: outDir, assets: outDir, fallback: '404.html', strict: true }),
		paths: { base, relative: false },
		// Every stylesheet is small (the largest page's are under 10 kB); inlining them lets the first
		// paint follow the HTML alone instead of waiting for up to six more round trips. Measured
		// with `npm run bench -- --only lcp` (see README, Benchmark).
		inlineStyleThreshold: 10_000,
		prerender: {
			// The French and Spanish pages are reached from each page's language links; these start them.
			entries: ['*', '/fr', '/es'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// Only the site's own origin: the directives live in scripts/site/security.js, shared with the
		// HTTP headers (which, unlike this <meta> tag, also reach the engine's worker).
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
