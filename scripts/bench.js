// `npm run bench`: performance figures for the built site (DESIGN.md §5), printed as a table and
// written to bench-results/<timestamp>.json and bench-results/latest.json.
//
// usage: npm run bench -- [--runs N] [--only lcp,engine] [--no-throttle] [--network fast4g|slow4g]
//
// Every scripts/bench/*.js not starting with "_" is a part:
//   export default async function bench({ browser, origin, runs, throttle, scratch, log })
//   → [{ name, unit, samples: number[], note? }]
// `origin` is the site's root URL (with BASE_PATH, no trailing slash); `throttle` is
// { cpu, network } or null with --no-throttle; `scratch` is { dir, url } for generated files
// served on the same origin; `log` prints progress to stderr. Failed samples may be NaN.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.js';
import { ensureBuild } from './ensure-build.js';
import { startBenchServer } from './bench/_server.js';
import { summarize } from './bench/_stats.js';
import { footnoted, formatTable } from './bench/_table.js';
import { DEFAULT_THROTTLE, NETWORK_PROFILES, describeThrottle } from './bench/_throttle.js';

const PARTS_DIR = join('scripts', 'bench');
const RESULTS_DIR = 'bench-results';

/** @param {string} msg */
const log = (msg) => process.stderr.write(`bench: ${msg}\n`);

/** @param {string[]} argv */
function parseArgs(argv) {
	/** @param {string} name */
	const value = (name) => {
		const i = argv.indexOf(name);
		return i >= 0 ? argv[i + 1] : undefined;
	};
	const runs = Number(value('--runs') ?? 5);
	if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1');
	const network = value('--network') ?? 'fast4g';
	if (!(network in NETWORK_PROFILES))
		throw new Error(`--network must be one of ${Object.keys(NETWORK_PROFILES).join(', ')}`);
	const only = value('--only')
		?.split(',')
		.map((s) => s.trim().replace(/\.js$/, ''))
		.filter(Boolean);
	const throttle = argv.includes('--no-throttle')
		? null
		: { ...DEFAULT_THROTTLE, network: NETWORK_PROFILES[network] };
	return { runs, only, throttle };
}

/** Part modules, sorted by name; helpers (leading "_") are not parts. */
function partNames() {
	return readdirSync(PARTS_DIR)
		.filter((f) => f.endsWith('.js') && !f.startsWith('_'))
		.map((f) => basename(f, '.js'))
		.sort();
}

/**
 * @typedef {{ name: string, unit: string, samples: number[], note?: string }} PartResult
 * @typedef {{ part: string, seconds: number, error?: string,
 *   results: (PartResult & { summary: import('./bench/_stats.js').Summary })[] }} PartReport
 */

const USAGE = `usage: npm run bench -- [--runs N] [--only part[,part]] [--no-throttle] [--network fast4g|slow4g]
parts: ${partNames().join(', ')}`;

async function main() {
	if (process.argv.includes('--help') || process.argv.includes('-h')) return console.log(USAGE);
	const { runs, only, throttle } = parseArgs(process.argv.slice(2));
	const parts = partNames().filter((p) => !only || only.includes(p));
	const unknown = (only ?? []).filter((p) => !partNames().includes(p));
	if (unknown.length)
		throw new Error(`No such part: ${unknown.join(', ')} (have: ${partNames().join(', ')})`);

	const executablePath = findChromium();
	ensureBuild(log);
	const server = await startBenchServer();
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const started = new Date();
	log(`${parts.join(', ')} × ${runs} runs; throttling: ${describeThrottle(throttle)}`);

	/** @type {PartReport[]} */
	const reports = [];
	try {
		for (const part of parts) {
			const t0 = performance.now();
			log(`── ${part}`);
			/** @type {PartReport} */
			const report = { part, seconds: 0, results: [] };
			try {
				const mod = await import(pathToFileURL(join(PARTS_DIR, `${part}.js`)).href);
				/** @type {PartResult[]} */
				const results = await mod.default({
					browser,
					origin: server.origin,
					runs,
					throttle,
					scratch: server.scratch,
					/** @param {string} msg */
					log: (msg) => log(`${part}: ${msg}`)
				});
				report.results = results.map((r) => ({ ...r, summary: summarize(r.samples) }));
			} catch (e) {
				report.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
				log(`${part} failed: ${report.error}`);
			}
			report.seconds = Math.round((performance.now() - t0) / 100) / 10;
			log(`${part} took ${report.seconds} s`);
			reports.push(report);
		}
	} finally {
		await browser.close().catch(() => {});
		await server.close();
	}

	const output = {
		date: started.toISOString(),
		runs,
		throttle: { description: describeThrottle(throttle), ...throttle },
		machine: {
			cpus: os.cpus().length,
			cpuModel: os.cpus()[0]?.model ?? null,
			memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
			loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
			platform: `${os.platform()} ${os.release()} ${os.arch()}`,
			node: process.version,
			chromium: browser.version()
		},
		parts: reports
	};
	mkdirSync(RESULTS_DIR, { recursive: true });
	const stamp = started
		.toISOString()
		.replace(/[:]/g, '-')
		.replace(/\.\d+Z$/, 'Z');
	const json = JSON.stringify(output, null, '\t') + '\n';
	writeFileSync(join(RESULTS_DIR, `${stamp}.json`), json);
	writeFileSync(join(RESULTS_DIR, 'latest.json'), json);

	// Notes are long and often shared (one per page or mode): number each distinct text once and
	// refer to it from the measure's name.
	const { rows, notes } = footnoted(
		reports.flatMap((r) =>
			r.results.map((x) => ({
				part: r.part,
				name: x.name,
				unit: x.unit,
				...x.summary,
				note: x.note
			}))
		)
	);
	const m = output.machine;
	console.log(
		`MNR Explorer benchmark — ${output.date}\n` +
			`machine: ${m.cpus} CPUs (${m.cpuModel}), load ${m.loadAverage1m}, Node ${m.node}, Chromium ${m.chromium}\n` +
			`throttling: ${output.throttle.description}\n` +
			`runs: ${runs}; "runs" below counts samples (some measures take several per run)\n`
	);
	console.log(formatTable(rows));
	if (notes.length) console.log('\n' + notes.map((n, i) => `[${i + 1}] ${n}`).join('\n'));
	for (const r of reports.filter((x) => x.error))
		console.log(`\n${r.part} FAILED: ${r.error?.split('\n')[0]}`);
	console.log(
		`\nwritten: ${join(RESULTS_DIR, `${stamp}.json`)} and ${join(RESULTS_DIR, 'latest.json')}`
	);
	if (reports.some((r) => r.error)) process.exitCode = 1;
}

main().catch((e) => {
	console.error(`bench: ${e instanceof Error ? e.message : e}`);
	process.exit(1);
});
