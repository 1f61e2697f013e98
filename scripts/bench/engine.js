// Part "engine": how long DuckDB-WASM takes to answer, on the real pages.
// - engine ready: navigation → html[data-engine="ready"] when nobody touches the page (the app
//   starts the engine when the browser is idle after first paint), and the engine's own start
//   (data-engine "loading" → "ready": worker, wasm instantiate, tables decoded and inserted);
// - first interaction: a control changed as soon as the page is hydrated; navigation → answer
//   and change → answer (the answer waits for the engine start);
// - warm interactions: each entry of INTERACTIONS repeated on a ready engine, change → first frame
//   showing the answer and → that frame painted, pooled over runs into p50/p95, each against its
//   floor: the answer's chart markup drawn again with no framework (staticRedraw).
//   Measured at CPU 4× and at full speed (#14's goals: ≤ 50 ms and ≤ 16 ms).
// The network is never throttled here: the engine is 5–8 MB even compressed, so a throttled
// link would measure the link, not the engine.
import { applyThrottle, openThrottledPage } from './_throttle.js';
import { installEngineWatch, interact, staticRedraw } from './_interact.js';
import { percentile } from './_stats.js';
import { measureEngineFloor, writeEngineFloorPage } from './_engineFloor.js';

/**
 * The explorer's real interactions. Add map/heatmap ones here as those pages gain controls.
 * Each step must produce a non-default view (a default view is answered from the prerendered rows
 * without a query), so the sequences never return to the page's default state; steps the chart
 * answers from its own rows wait for no query (queries: 0).
 * @type {import('./_interact.js').Interaction[]}
 */
export const INTERACTIONS = [
	// The overview orders and filters its 21 rows itself (charts/coverage/order.ts): no query.
	{
		name: 'overview: sort',
		page: '/',
		action: { select: '#coverage-sort', values: ['high', 'low'] },
		until: { queries: 0, changed: 'main svg[data-chart]' }
	},
	{
		name: 'overview: domain',
		page: '/',
		action: { select: '#coverage-domain', values: ['1', '2', '3', '4', '5', '6'] },
		until: { queries: 0, changed: 'main svg[data-chart]' }
	},
	{
		// The heatmap opens on the income breakdown; each step picks another one.
		name: 'capabilities: breakdown',
		page: '/capabilities',
		action: {
			click: [
				'input[name="breakdown"][value="countries"]',
				'input[name="breakdown"][value="overall"]'
			]
		},
		until: { changed: 'main svg[data-chart]' }
	},
	{
		// Every colour is drawn from the same rows (charts/map/query.ts): no query.
		name: 'map: colour',
		page: '/map',
		action: { select: '#map-colour', values: ['region', 'survey', 'safeonline', 'mentions'] },
		until: { queries: 0, changed: 'main svg[data-chart]' }
	},
	{
		// The capabilities with a comparison in the review. (Its two sorts give the same order of
		// today's groups, so cycling them changed nothing and the step never finished.) A capability
		// is chosen from the rows of every capability (charts/compare/view.ts): no query.
		name: 'compare: capability',
		page: '/compare',
		action: { select: '#compare-capability', values: ['3', '4', '6', '7', '15'] },
		until: { queries: 0, changed: 'main svg[data-chart]' }
	}
];

/**
 * The phases the app marks as its engine starts (engine:<phase>), in order, and what each means
 * in the report. @type {Record<string, string>}
 */
const PHASE_LABEL = {
	module: 'module compiled and instantiated',
	'tables-read': 'tables decoded (own worker, in parallel)',
	'tables-loaded': 'tables inserted',
	warmed: 'first query run (the warm-up, src/lib/engine/warmUp.ts)'
};

/** Steps of each interaction per run (pooled over runs for p50/p95). */
const STEPS = 6;
/** The first interaction of a cold page: one the prerendered rows cannot answer. */
const FIRST = /** @type {import('./_interact.js').Interaction} */ (
	INTERACTIONS.find((i) => i.name === 'capabilities: breakdown')
);

/**
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
async function openAndWatch(page, url) {
	await page.addInitScript(installEngineWatch);
	await page.goto(url, { waitUntil: 'domcontentloaded' });
}

/**
 * Where a start's time went: ms from "loading" to each phase the app marks (src/lib/engine/
 * browserEngine.ts), the phases of PHASE_LABEL.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Record<string, number>>}
 */
async function enginePhases(page) {
	return page.evaluate((phases) => {
		const from = /** @type {any} */ (window).__engine?.loading ?? NaN;
		return Object.fromEntries(
			phases.map((name) => [
				name,
				(performance.getEntriesByName(`engine:${name}`)[0]?.startTime ?? NaN) - from
			])
		);
	}, Object.keys(PHASE_LABEL));
}

/**
 * A second visit: the same browser profile opens the page again once the first visit's engine is
 * ready and the service worker holds the engine's files (src/service-worker.ts). Returns when the
 * second page's engine was ready (ms from navigation) and whether the page was served by the
 * service worker with the engine already stored.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} first a page of `context` whose engine is ready
 * @param {import('./_throttle.js').Throttle | null} throttle
 * @param {string} url
 * @returns {Promise<{ ready: number, fromCache: boolean, phases: Record<string, number> }>}
 */
async function secondVisit(context, first, throttle, url) {
	// The engine is stored the first time a page controlled by the service worker fetches it; a
	// first visit's engine may start before the worker takes control, so wait for the store.
	const stored = await first
		.waitForFunction(
			async () => {
				if (!navigator.serviceWorker?.controller) return false;
				const keys = await (await caches.open('mnr-engine')).keys();
				return keys.some((k) => k.url.endsWith('.wasm'));
			},
			null,
			{ timeout: 20_000, polling: 250 }
		)
		.then(() => true)
		.catch(() => false);
	const page = await context.newPage();
	await applyThrottle(page, throttle, { cpu: true, network: false });
	await openAndWatch(page, url);
	await page.waitForSelector('html[data-engine="ready"], html[data-engine="failed"]', {
		timeout: 60_000
	});
	const seen = /** @type {Record<string, number>} */ (
		await page.evaluate(() => /** @type {any} */ (window).__engine)
	);
	const controlled = await page.evaluate(() => !!navigator.serviceWorker?.controller);
	const phases = await enginePhases(page);
	await page.close();
	if (!seen.ready) throw new Error('engine failed to start on the second visit');
	return { ready: seen.ready, fromCache: stored && controlled, phases };
}

/** @param {import('./_types.js').BenchContext} ctx */
export default async function bench({ browser, origin, runs, throttle, log, scratch }) {
	const floorUrl = writeEngineFloorPage(scratch);
	/** @type {import('./_throttle.js').Throttle | null} */
	const cpuThrottle = throttle && throttle.cpu > 1 ? { cpu: throttle.cpu, network: null } : null;
	/** @type {{ label: string, throttle: import('./_throttle.js').Throttle | null, runs: number }[]} */
	const modes = cpuThrottle
		? [
				{ label: '', throttle: cpuThrottle, runs },
				// The secondary, full-speed figures: fewer runs, as every run starts the engine twice.
				{ label: ' (no throttling)', throttle: null, runs: Math.min(runs, 3) }
			]
		: [{ label: '', throttle: null, runs }];
	/** @type {import('./_types.js').PartResult[]} */
	const results = [];
	const modeNote = (/** @type {(typeof modes)[number]} */ m) =>
		m.throttle ? `CPU ${m.throttle.cpu}× slower, network not throttled` : 'no throttling';

	for (const mode of modes) {
		/** @type {Record<string, number[]>} */
		const s = {
			ready: [],
			start: [],
			again: [],
			firstNav: [],
			firstChange: [],
			floorFirst: [],
			floorAgain: []
		};
		/** Phases of the start, first and second visit (see enginePhases). @type {Record<string, number[]>} */
		const phases = {};
		/** @param {string} visit @param {Record<string, number>} seen */
		const keepPhases = (visit, seen) => {
			for (const [phase, ms] of Object.entries(seen)) (phases[`${visit}|${phase}`] ??= []).push(ms);
		};
		let againCached = 0;
		/**
		 * Per interaction: change → frame, change → frame painted, and the static floor.
		 * @type {Map<string, { frame: number[], painted: number[], floor: number[] }>}
		 */
		const warm = new Map(INTERACTIONS.map((i) => [i.name, { frame: [], painted: [], floor: [] }]));
		/** @type {string[]} */
		const failures = [];
		for (let run = 0; run < mode.runs; run++) {
			log(`run ${run + 1}/${mode.runs}${mode.label}`);
			// Cold page, untouched: when is the engine ready on its own?
			{
				const { context, page } = await openThrottledPage(browser, mode.throttle);
				try {
					await openAndWatch(page, origin + '/');
					await page.waitForSelector('html[data-engine="ready"], html[data-engine="failed"]', {
						timeout: 60_000
					});
					const seen = /** @type {Record<string, number>} */ (
						await page.evaluate(() => /** @type {any} */ (window).__engine)
					);
					if (!seen.ready) throw new Error(`engine failed to start`);
					s.ready.push(seen.ready);
					s.start.push(seen.ready - (seen.loading ?? NaN));
					keepPhases('first visit', await enginePhases(page));
					try {
						const again = await secondVisit(context, page, mode.throttle, origin + '/');
						s.again.push(again.ready);
						keepPhases('second visit', again.phases);
						if (again.fromCache) againCached++;
					} catch (e) {
						failures.push(`second visit: ${/** @type {Error} */ (e).message}`);
						s.again.push(NaN);
					}
					// Warm: the same page, engine ready; each interaction in turn, several steps.
					let current = '/';
					for (const interaction of INTERACTIONS) {
						if (interaction.page !== current) {
							await openAndWatch(page, origin + interaction.page);
							current = interaction.page;
						}
						// Pages that start the engine only on first use get one unrecorded warm-up step.
						let first = 0;
						const ready = await page
							.waitForSelector('html[data-engine="ready"]', { timeout: 15_000 })
							.then(() => true)
							.catch(() => false);
						if (!ready) await interact(page, interaction, first++, 60_000);
						const samples = /** @type {{ frame: number[], painted: number[], floor: number[] }} */ (
							warm.get(interaction.name)
						);
						for (let step = first; step < first + STEPS; step++) {
							// A step and its floor fail on their own: one sample each, NaN when it failed.
							const t = await interact(page, interaction, step).catch((e) => {
								failures.push(`${interaction.name}: ${/** @type {Error} */ (e).message}`);
								return null;
							});
							samples.frame.push(t?.ms ?? NaN);
							samples.painted.push(t?.paintedMs ?? NaN);
							if (!t) continue;
							const floor = await staticRedraw(page, interaction).catch((e) => {
								failures.push(`${interaction.name} floor: ${/** @type {Error} */ (e).message}`);
								return NaN;
							});
							samples.floor.push(floor);
						}
					}
				} finally {
					await context.close();
				}
			}
			// DuckDB-WASM alone on a blank page: the floor of the app's "module" phase.
			try {
				const floor = await measureEngineFloor(browser, floorUrl, mode.throttle);
				s.floorFirst.push(floor.first);
				s.floorAgain.push(floor.again);
			} catch (e) {
				failures.push(/** @type {Error} */ (e).message);
				s.floorFirst.push(NaN);
				s.floorAgain.push(NaN);
			}
			// Cold page, eager user: change a control as soon as the page is hydrated.
			{
				const { context, page } = await openThrottledPage(browser, mode.throttle);
				try {
					await openAndWatch(page, origin + FIRST.page);
					await page.waitForSelector('html[data-engine][data-hydrated]', { timeout: 60_000 });
					// One frame more, so the router has read the URL (afterNavigate) before the change.
					await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => ok(null))));
					const t = await interact(page, FIRST, 0, 60_000);
					s.firstNav.push(t.at);
					s.firstChange.push(t.ms);
				} catch (e) {
					failures.push(`first interaction: ${/** @type {Error} */ (e).message}`);
					s.firstNav.push(NaN);
					s.firstChange.push(NaN);
				} finally {
					await context.close();
				}
			}
		}
		const note = modeNote(mode);
		results.push(
			{
				name: `engine ready, from navigation${mode.label}`,
				unit: 'ms',
				samples: s.ready,
				note: `${note}; untouched page, engine started by the app when idle after first paint`
			},
			{
				name: `engine start, loading → ready${mode.label}`,
				unit: 'ms',
				samples: s.start,
				note: `${note}; worker + wasm instantiate + connect + all tables fetched, decoded, inserted + the warm-up query`
			},
			{
				name: `engine ready, second visit${mode.label}`,
				unit: 'ms',
				samples: s.again,
				note: `${note}; the same profile opens / again after the first visit's engine is ready; engine from the service worker's cache in ${againCached} of ${s.again.length}`
			},
			...Object.entries(phases).map(([key, samples]) => {
				const [visit, phase] = key.split('|');
				return {
					name: `engine start, ${visit}: loading → ${PHASE_LABEL[phase] ?? phase}${mode.label}`,
					unit: 'ms',
					samples,
					note: `${note}; the app's performance mark engine:${phase}`
				};
			}),
			{
				name: `engine floor: DuckDB-WASM alone, worker → connected${mode.label}`,
				unit: 'ms',
				samples: s.floorFirst,
				note: `${note}; a blank page starts DuckDB's own worker and the same module from its npm package and connects (no app, no tables): the floor of "loading → module compiled and instantiated"`
			},
			{
				name: `engine floor: DuckDB-WASM alone, module from the browser's cache${mode.label}`,
				unit: 'ms',
				samples: s.floorAgain,
				note: `${note}; the same page loaded again in the same profile: the floor of a second visit's module phase`
			},
			{
				name: `first interaction answered, from navigation${mode.label}`,
				unit: 'ms',
				samples: s.firstNav,
				note: `${note}; "${FIRST.name}" changed as soon as html[data-engine] is set (hydrated)`
			},
			{
				name: `first interaction, change → answer${mode.label}`,
				unit: 'ms',
				samples: s.firstChange,
				note: `${note}; includes the engine start it triggers`
			}
		);
		const failed = failures.length ? `; failures: ${[...new Set(failures)].join('; ')}` : '';
		for (const [name, { frame, painted, floor }] of warm) {
			const p = percentile(painted, 50);
			const f = percentile(floor, 50);
			results.push(
				{
					name: `interaction "${name}", change → frame${mode.label}`,
					unit: 'ms',
					samples: frame,
					note: `${note}; ${STEPS} per run on a ready engine, to the first frame showing the answer${failed}`
				},
				{
					name: `interaction "${name}", change → frame painted${mode.label}`,
					unit: 'ms',
					samples: painted,
					note: `${note}; to that frame's style, layout and paint done; median ${p !== null && f ? `${(p / f).toFixed(2)}×` : 'not measured against'} the floor`
				},
				{
					name: `interaction "${name}", floor: the answer's chart redrawn from markup${mode.label}`,
					unit: 'ms',
					samples: floor,
					note: `${note}; the chart's markup after each step parsed and put in its place, no script, to the frame painted`
				}
			);
		}
		if (failures.length) log(`failures: ${[...new Set(failures)].join('; ')}`);
	}
	return results;
}
