// Part "build": the size of what a host receives (build/): every file, the largest, and how many
// exceed the 25 MiB per-file limit of Cloudflare Pages (tests/e2e/hosting.e2e.ts holds the limit as a test;
// this reports the figures). No browser.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const LIMIT = 25 * 1024 * 1024;

/** @param {string} dir @returns {{ path: string, bytes: number }[]} */
function files(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		return e.isDirectory() ? files(path) : [{ path, bytes: statSync(path).size }];
	});
}

/** @param {import('./_types.js').BenchContext} ctx */
export default async function bench({ log }) {
	const all = files('build');
	const largest = all.reduce((a, b) => (b.bytes > a.bytes ? b : a));
	const total = all.reduce((sum, f) => sum + f.bytes, 0);
	const compressed = all.filter((f) => /\.(br|gz)$/.test(f.path));
	log(`largest file: ${relative('build', largest.path)}`);
	return [
		{
			name: 'build: total',
			unit: 'bytes',
			samples: [total],
			note: `${all.length} files, of which ${compressed.length} precompressed .br/.gz copies`
		},
		{
			name: 'build: largest file',
			unit: 'bytes',
			samples: [largest.bytes],
			note: relative('build', largest.path)
		},
		{
			name: 'build: files over 25 MiB',
			unit: 'files',
			samples: [all.filter((f) => f.bytes > LIMIT).length]
		}
	];
}
