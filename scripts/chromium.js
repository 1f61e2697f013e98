// Where the system Chromium is. Playwright's own browser download does not work on these
// machines (no internet beyond package registries), so tests always drive a system browser.
import { existsSync } from 'node:fs';

export const CHROMIUM_HINT =
	'Chromium not found. Install it with "apt-get install -y chromium" (Debian) or set CHROME_PATH to a Chromium/Chrome binary.';

/** @returns {string} path to a Chromium executable (CHROME_PATH, else /usr/bin/chromium) */
export function findChromium() {
	const candidate = process.env.CHROME_PATH || '/usr/bin/chromium';
	if (!existsSync(candidate)) throw new Error(`${CHROMIUM_HINT} (looked at ${candidate})`);
	return candidate;
}

/** Flags for a quiet headless Chromium on a closed network, run as root. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];
