// Bundles _million-page.ts (DuckDB-WASM, hyparquet, apache-arrow and the app's own arrowColumns
// and plainRow) with esbuild into the bench's scratch directory, with an HTML page to load it.
// DuckDB's wasm and worker files are not bundled: the bench server serves them from node_modules.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ENTRY = resolve('scripts/bench/_million-page.ts');
const LIB = resolve('src/lib');

/** Resolves SvelteKit's `$lib/…` imports, which esbuild does not know. @type {import('esbuild').Plugin} */
const svelteKitLib = {
	name: 'sveltekit-lib',
	setup(b) {
		b.onResolve({ filter: /^\$lib\// }, (args) => {
			const base = join(LIB, args.path.slice('$lib/'.length));
			const file = ['', '.ts', '.js', '/index.ts', '/index.js']
				.map((ext) => base + ext)
				.find((f) => existsSync(f) && !f.endsWith('/'));
			if (!file) return { errors: [{ text: `cannot resolve ${args.path}` }] };
			return { path: file };
		});
	}
};

/**
 * @param {string} outDir
 * @returns {Promise<string>} the page's file name inside outDir
 */
export async function bundleMillionPage(outDir) {
	mkdirSync(outDir, { recursive: true });
	await build({
		entryPoints: [ENTRY],
		bundle: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		outfile: join(outDir, 'page.js'),
		plugins: [svelteKitLib],
		logLevel: 'warning'
	});
	writeFileSync(
		join(outDir, 'index.html'),
		'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>million-row bench</title>' +
			'<script type="module" src="page.js"></script></head><body><p>Benchmark page.</p></body></html>\n'
	);
	return 'index.html';
}
