// The scripts a page starts with carry V8's compile hint on their first line (so Chromium compiles
// them off the main thread as they download); the chunks loaded later by import() do not.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../scripts/site/compile-hints.js';
import { htmlFiles } from './harness';

const BUILD = 'build';
const PAGES = ['index.html', 'about.html', 'map.html', 'check.html', 'fr/capabilities.html'];

const firstLine = (url: string) => readFileSync(join(BUILD, url), 'utf8').split('\n', 1)[0];

/** The scripts a prerendered page preloads or imports as it starts. */
function startScripts(page: string): string[] {
	const html = readFileSync(join(BUILD, page), 'utf8');
	const urls = [
		...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g),
		...html.matchAll(/import\("([^"]+\.js)"\)/g)
	].map((m) => m[1]);
	return [...new Set(urls)];
}

describe('compile hints in the build', () => {
	for (const page of PAGES)
		it(`${page}: every script it starts with has the hint first`, () => {
			const scripts = startScripts(page);
			expect(scripts.length).toBeGreaterThan(5);
			const unhinted = scripts.filter((url) => firstLine(url) !== COMPILE_HINT);
			expect(unhinted).toEqual([]);
		});

	it('the lazy chunks, such as the engine and the check, stay without it', () => {
		const started = new Set(
			[...htmlFiles(BUILD)].flatMap(startScripts).map((u) => u.replace(/.*\//, ''))
		);
		const dir = join(BUILD, '_app/immutable/chunks');
		const lazy = readdirSync(dir).filter((f) => f.endsWith('.js') && !started.has(f));
		// DuckDB's browser bundle: only loaded when the engine starts.
		const engine = lazy.filter((f) => readFileSync(join(dir, f), 'utf8').includes('INSTANTIATE'));
		expect(engine.length).toBeGreaterThan(0);
		for (const f of lazy) expect(firstLine(`_app/immutable/chunks/${f}`), f).not.toBe(COMPILE_HINT);
	});
});
