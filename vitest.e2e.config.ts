import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end suite: Playwright (playwright-core) driving the system Chromium against the built site.
export default defineConfig({
	// Tests read the app's own lists (the navigation, the palette), whose copy comes through $lib.
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		// Tests that read the app's copy may read any language: load all three sets of messages.
		setupFiles: ['tests/setup/messages.ts'],
		environment: 'node',
		testTimeout: 60_000,
		// A poll waits for the page to reach a state (hydrated, answered by the engine); on a loaded
		// CI machine that can take longer than vitest's default second.
		expect: { poll: { timeout: 10_000 } },
		hookTimeout: 60_000,
		// Two cores: one browser per worker, at most two workers.
		maxWorkers: 2,
		fileParallelism: true
	}
});
