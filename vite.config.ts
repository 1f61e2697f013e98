import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/site/compile-hints.js';
import { preloadSeen } from './scripts/site/preload-seen.js';
import { preloadWalk } from './scripts/site/preload-walk.js';

export default defineConfig({
	// compileHints: the scripts each page starts with compile off the main thread; preloadWalk:
	// the router skips its walk over every link when no link asks for it; preloadSeen: Vite's
	// preload helper looks the page's links up once, not once per script (see the files).
	plugins: [sveltekit(), compileHints(), preloadWalk(), preloadSeen()],
	// DuckDB-WASM ships its own workers and .wasm files; pre-bundling them breaks their URLs.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		// Messages are split by language and loaded on demand (scripts/i18n/split-locales.js).
		setupFiles: ['tests/setup/messages.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: ['tests/unit/**/*.svelte.test.ts'],
					// The dataset is built once per run and shared by every file (tests/unit/fixture).
					globalSetup: ['tests/unit/fixture/global-setup.ts'],
					environment: 'node'
				}
			},
			{
				// Modules with runes, compiled and resolved for the browser so their effects run
				// (tests/unit/fixture/runes-environment.ts).
				extends: true,
				resolve: { conditions: ['browser', 'module', 'development|production'] },
				test: {
					name: 'runes',
					include: ['tests/unit/**/*.svelte.test.ts'],
					environment: './tests/unit/fixture/runes-environment.ts'
				}
			}
		]
	}
});
