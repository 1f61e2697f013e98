import { defineConfig } from 'vitest/config';

// End-to-end suite: Playwright (playwright-core) driving the system Chromium against the built site.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// Two cores: one browser per worker, at most two workers.
		maxWorkers: 2,
		fileParallelism: true
	}
});
