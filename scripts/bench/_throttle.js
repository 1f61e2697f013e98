// Throttling profiles for the benchmark, applied per page through the Chrome DevTools Protocol.
// The network profiles are the ones Chrome DevTools ships (throughput already scaled by its 0.9
// factor, latency by its 2.75×/3.75× request-latency factor), so figures can be reproduced by hand
// in DevTools. CPU throttling slows the page's main thread by the given factor.

/**
 * @typedef {{ name: string, latency: number, downloadThroughput: number, uploadThroughput: number }} NetworkProfile
 * latency in ms (added to every request), throughput in bytes per second.
 * @typedef {{ cpu: number, network: NetworkProfile | null }} Throttle
 */

/** @type {Record<string, NetworkProfile>} */
export const NETWORK_PROFILES = {
	fast4g: {
		name: 'Fast 4G',
		latency: 60 * 2.75,
		downloadThroughput: ((9 * 1000 * 1000) / 8) * 0.9,
		uploadThroughput: ((1.5 * 1000 * 1000) / 8) * 0.9
	},
	slow4g: {
		name: 'Slow 4G',
		latency: 150 * 3.75,
		downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
		uploadThroughput: ((750 * 1000) / 8) * 0.9
	}
};

/** Default: a mid-range phone (DevTools' 4× CPU preset) on DevTools' "Fast 4G". */
export const DEFAULT_THROTTLE = /** @type {Throttle} */ ({
	cpu: 4,
	network: NETWORK_PROFILES.fast4g
});

/**
 * One line saying what a throttle does, for the printed output and the JSON.
 * @param {Throttle | null} throttle
 * @returns {string}
 */
export function describeThrottle(throttle) {
	if (!throttle || (throttle.cpu <= 1 && !throttle.network)) return 'none (full speed, localhost)';
	const parts = [];
	if (throttle.cpu > 1) parts.push(`CPU ${throttle.cpu}× slower`);
	const n = throttle.network;
	if (n) {
		const mbit = (/** @type {number} */ bps) => ((bps * 8) / 1e6).toFixed(2).replace(/\.?0+$/, '');
		parts.push(
			`network "${n.name}" (${n.latency} ms latency, ${mbit(n.downloadThroughput)} Mbit/s down, ${mbit(n.uploadThroughput)} Mbit/s up)`
		);
	}
	return (
		parts.join(', ') +
		' — via CDP Emulation.setCPUThrottlingRate / Network.emulateNetworkConditions'
	);
}

/**
 * Apply a throttle to a page (before navigating). `only` restricts it to the CPU or network half.
 * @param {import('playwright-core').Page} page
 * @param {Throttle | null} throttle
 * @param {{ cpu?: boolean, network?: boolean }} [only]
 * @returns {Promise<import('playwright-core').CDPSession>}
 */
export async function applyThrottle(page, throttle, only = { cpu: true, network: true }) {
	const cdp = await page.context().newCDPSession(page);
	if (throttle && only.cpu !== false && throttle.cpu > 1)
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
	if (throttle?.network && only.network !== false) {
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: throttle.network.latency,
			downloadThroughput: throttle.network.downloadThroughput,
			uploadThroughput: throttle.network.uploadThroughput
		});
	}
	return cdp;
}

/**
 * A fresh context (empty cache) and page, throttled as asked. Close the context when done.
 * @param {import('playwright-core').Browser} browser
 * @param {Throttle | null} throttle
 * @param {{ cpu?: boolean, network?: boolean }} [only]
 */
export async function openThrottledPage(browser, throttle, only) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const cdp = await applyThrottle(page, throttle, only);
	return { context, page, cdp };
}
