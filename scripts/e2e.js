// `npm run test:e2e`: end-to-end tests against the built site in a real Chromium.
// Builds the sub-path variant (BASE_PATH=/mnr-explorer → build-subpath/) when it is missing or stale,
// then runs the Playwright-driven vitest suite in tests/e2e.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { findChromium } from './chromium.js';

try {
	findChromium();
} catch (e) {
	console.error(String(e instanceof Error ? e.message : e));
	process.exit(1);
}

if (!existsSync('build/index.html')) {
	console.error('build/ is missing: run "npm run build" before the end-to-end tests.');
	process.exit(1);
}
const mainBuilt = statSync('build/index.html').mtimeMs;
const subBuilt = existsSync('build-subpath/index.html')
	? statSync('build-subpath/index.html').mtimeMs
	: 0;
if (subBuilt < mainBuilt) {
	console.log('Building the sub-path variant (BASE_PATH=/mnr-explorer) into build-subpath/ …');
	execSync('npx vite build && node scripts/site/post-build.js', {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, BASE_PATH: '/mnr-explorer', BUILD_DIR: 'build-subpath' }
	});
}

try {
	execSync(`npx vitest run --config vitest.e2e.config.ts ${process.argv.slice(2).join(' ')}`, {
		stdio: 'inherit'
	});
} catch {
	process.exit(1);
}
