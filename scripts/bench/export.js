// Export timings (DESIGN.md §5: "time to produce a PNG and an SVG export").
//
// For the runner (scripts/bench.js):  export default async function bench({ browser, origin, runs })
// returns [{ name, unit, samples }]. Standalone:  node scripts/bench/export.js [--runs 5] [--dir build]
// serves the built site itself and prints median and spread.
//
// Each run opens a fresh page on "/", waits until the export code is loaded, then clicks the
// export buttons as a reader would. Times are the exporter's own performance.measure entries
// ("mnr-export:svg" / "mnr-export:png" / "mnr-export:pack": from the click handler to the file's
// bytes, download hand-off excluded). A stand-in for the 42 × 21 heatmap (882 cells with value
// labels) is exported too, with the longest gap of a 20 ms heartbeat timer during its exports,
// which shows whether the page stayed responsive. No CPU or network throttling (exports make no
// requests); the machine's own speed, stated by the runner.
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../chromium.js';

/** @typedef {{ name: string, unit: string, samples: number[] }} Result */

/** @param {import('playwright-core').Page} page @param {string} format */
async function exportOnce(page, format) {
	const kind = format === 'csv' ? null : format;
	await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.click(`[data-export="${format}"]`)
	]);
	if (!kind) return 0;
	return page.evaluate(
		(name) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN,
		`mnr-export:${kind}`
	);
}

/** Replace the chart's drawing with a heatmap-sized one and start a heartbeat. */
function injectHeatmap() {
	const svg = /** @type {SVGSVGElement} */ (document.querySelector('svg[data-chart]'));
	const ns = 'http://www.w3.org/2000/svg';
	svg.setAttribute('viewBox', `0 0 900 ${42 * 16 + 40}`);
	// The chart's own drawing goes, but not the comments that anchor its blocks: the slide export
	// lays the chart out again, and Svelte inserts the new bars before those (an anchor taken out
	// of the page leaves Svelte moving nodes before it forever). As export.e2e.ts does.
	for (const node of [...svg.childNodes]) if (node.nodeType !== Node.COMMENT_NODE) node.remove();
	for (let r = 0; r < 42; r++) {
		const row = document.createElementNS(ns, 'g');
		const label = document.createElementNS(ns, 'text');
		label.setAttribute('class', 'label');
		label.setAttribute('y', String(52 + r * 16));
		label.textContent = `Country ${r + 1}`;
		row.append(label);
		for (let c = 0; c < 21; c++) {
			const v = (r * 21 + c) % 7;
			const cell = document.createElementNS(ns, 'rect');
			cell.setAttribute('class', v ? 'cell' : 'cell empty');
			cell.setAttribute('fill', `rgb(${30 + v * 30}, ${80 + v * 20}, 160)`);
			cell.setAttribute('x', String(120 + c * 36));
			cell.setAttribute('y', String(40 + r * 16));
			cell.setAttribute('width', '34');
			cell.setAttribute('height', '14');
			cell.setAttribute('data-value', String(v));
			const text = document.createElementNS(ns, 'text');
			text.setAttribute('class', 'value');
			text.setAttribute('x', String(137 + c * 36));
			text.setAttribute('y', String(51 + r * 16));
			text.textContent = String(v);
			row.append(cell, text);
		}
		svg.append(row);
	}
	const w = /** @type {any} */ (window);
	w.__gaps = [];
	w.__last = performance.now();
	setInterval(() => {
		const now = performance.now();
		w.__gaps.push(now - w.__last);
		w.__last = now;
	}, 20);
}

/**
 * @param {{ browser: import('playwright-core').Browser, origin: string, runs?: number }} options
 * @returns {Promise<Result[]>}
 */
export default async function bench({ browser, origin, runs = 5 }) {
	/** @type {Record<string, Result>} */
	const results = {};
	/** @param {string} name @param {string} unit @param {number} value */
	const add = (name, unit, value) => {
		results[name] ??= { name, unit, samples: [] };
		results[name].samples.push(Math.round(value * 10) / 10);
	};
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			acceptDownloads: true
		});
		const page = await context.newPage();
		await page.goto(`${origin}/`);
		await page.waitForSelector('[data-chart-actions][data-export-ready]', { timeout: 30_000 });

		add('export SVG, coverage chart (21 bars)', 'ms', await exportOnce(page, 'svg'));
		await page.selectOption('[data-export-option="scale"]', '2');
		await page.selectOption('[data-export-option="layout"]', 'chart');
		add('export PNG 2× as shown, coverage chart', 'ms', await exportOnce(page, 'png'));
		await page.selectOption('[data-export-option="layout"]', 'slide');
		add('export PNG 2× slide (1920×1080), coverage chart', 'ms', await exportOnce(page, 'png'));
		add('export briefing pack (zip), coverage chart', 'ms', await exportOnce(page, 'pack'));

		await page.evaluate(injectHeatmap);
		add('export SVG, heatmap-sized chart (42×21 cells)', 'ms', await exportOnce(page, 'svg'));
		add('export PNG 2× slide, heatmap-sized chart', 'ms', await exportOnce(page, 'png'));
		const gap = await page.evaluate(() => Math.max(.../** @type {any} */ (window).__gaps));
		add('longest main-thread gap during heatmap-sized exports', 'ms', gap);
		await context.close();
	}
	return Object.values(results);
}

// Standalone: serve build/, run, print.
if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	/** @param {string} name @param {string} fallback */
	const arg = (name, fallback) => {
		const i = args.indexOf(name);
		return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
	};
	const { createServer } = await import('../serve.js');
	const server = createServer({ dir: arg('--dir', 'build'), basePath: '' });
	await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	try {
		const results = await bench({
			browser,
			origin: `http://127.0.0.1:${address.port}`,
			runs: Number(arg('--runs', '5'))
		});
		console.log('Export timings, headless Chromium, no CPU or network throttling');
		for (const r of results) {
			const s = [...r.samples].sort((a, b) => a - b);
			const median = s[Math.floor(s.length / 2)];
			console.log(
				`${r.name}: median ${median} ${r.unit} (min ${s[0]}, max ${s.at(-1)}, n=${s.length})`
			);
		}
	} finally {
		await browser.close();
		server.close();
	}
}
