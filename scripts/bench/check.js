// Benchmark of the figure and wording check (/check) on a large paste, measured in the page.
// Imported by the bench runner (scripts/bench.js) as `bench({ browser, origin, runs, throttle })`; also runs
// on its own against build/ (see Standalone below).
//
// Per run: paste the text, press Check, and record (in the page) the time until the first results
// are drawn, the longest gap between animation frames until everything is drawn (how long the page
// could not paint or react), and the total blocking time of long tasks (each task's time over
// 50 ms). Both paths are measured: the Web Worker, and the main-thread fallback in slices.
// The bench runner's CPU throttle (4× by default, none with --no-throttle) applies to each page;
// its network half does not (the page is loaded before anything is measured).
// Standalone: `node scripts/bench/check.js [--runs 5] [--chars 100000] [--cpu 4]`.

import { applyThrottle } from './_throttle.js';

/** Paragraphs in the style of an article about the review, written for this benchmark. */
const PARAGRAPHS = [
	'Governments have spent the past decade building national responses to child sexual exploitation and abuse online. A review of 42 countries found that 76 per cent have a national governance mechanism, while 64% have a national strategy.',
	'Reporting routes are the most common capability. Nine in ten countries have a hotline or reporting portal, and almost all run a child helpline. Over three-quarters of hotlines belong to the INHOPE network.',
	'Specialist police work is widespread: all 42 countries have some law enforcement capability, and two-thirds are connected to the ICSE image database. Only a third have their own national database of abuse images.',
	'Campaigners say the laws still lag behind. Only 8 of the 15 high-income countries require internet companies to report suspected material, and a national sex offender register exists in 53 per cent of them.',
	'Victims and survivors often wait years for support. About 70 per cent of countries have an end-to-end support plan, and most have a trained workforce of social workers, yet remedies and compensation remain patchy.',
	'Children themselves are increasingly heard. 29 of 41 countries involve young people in shaping policy, though critics argue that the figure should be higher. Fewer than half of countries fund support for people at risk of offending.',
	'The language matters too. Editors are urged to avoid the term child pornography, which the guidance says minimises the abuse; the country’s ‘Child Pornography’ Act, however, keeps its name until parliament amends it.',
	'Industry engagement is uneven. 61 per cent of governments engage technology companies, and 73% of countries have procedures to remove or block abuse material once it is found on their services.',
	'Media coverage is another gap. Just over half of countries support ethical and informed reporting by journalists, and half have debated or adopted universally agreed terminology.',
	'The review was published in 2022 and drew on two surveys. Its authors caution that countries answered different questions, that some did not answer every item, and that a figure about one group of countries should not be read as a figure about all of them.',
	'Offenders who are children need different handling, the guidance says. Perpetrators of online grooming, meanwhile, face tougher sentences in several jurisdictions, and revenge porn laws have been rewritten in others.',
	'In one city, 80 per cent of reports came from members of the public, and the hotline processed 12,000 reports in a single year. Those numbers are local and are not part of the review.'
];

/** A realistic text of exactly `length` characters, made of the paragraphs above in turn. */
export function makeLongText(length = 100_000) {
	let out = '';
	for (let i = 0; out.length < length; i++) out += PARAGRAPHS[i % PARAGRAPHS.length] + '\n\n';
	return out.slice(0, length);
}

/**
 * Hostile pastes of `length` characters (issue 17): dense with claims, unbalanced quotation marks,
 * only line breaks, and one very long line with no full stop.
 * @param {number} length
 * @returns {Record<string, string>}
 */
export function makeStressTexts(length = 200_000) {
	const fill = (/** @type {string} */ unit) =>
		unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
	return {
		'dense claims': fill(
			'76% of 42 countries, 32 of 42, nine in ten, 90 per cent (38) have a hotline; '
		),
		'unbalanced quotes': fill('‘child pornography “offenders ’ 54 per cent " of \' hotlines ‘ '),
		'only newlines': '\n'.repeat(length),
		'one long line': fill(
			'over three-quarters of countries have a national education programme and 76 per cent, 32 of 42, '
		)
	};
}

/**
 * Paste a text into the check's box as a reader does: put it on the clipboard and press Ctrl+V,
 * replacing what the box held. The browser's own paste runs (and the page's guard against pastes
 * that would freeze it sees it). Playwright's fill() types it in pieces, which takes seconds for
 * 100,000 characters, and setting the box's value skips the paste.
 * @param {import('playwright-core').Page} page
 * @param {string} text
 */
export async function pasteText(page, text) {
	await toClipboard(page, text);
	await pressPaste(page);
}

/**
 * Put a text on the clipboard (writing 200,000 characters there is a long task of its own, the
 * benchmark's and not the page's).
 * @param {import('playwright-core').Page} page
 * @param {string} text
 */
async function toClipboard(page, text) {
	await page.waitForSelector('[data-testid=check-input][data-ready]');
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: new URL(page.url()).origin
	});
	await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

/**
 * Select all of the check's box and press Ctrl+V.
 * @param {import('playwright-core').Page} page
 */
async function pressPaste(page) {
	await page.locator('#check-text').focus();
	await page.evaluate(() =>
		/** @type {HTMLTextAreaElement} */ (document.querySelector('#check-text')).select()
	);
	await page.keyboard.press('ControlOrMeta+V');
}

/** Install frame and long-task observers (replacing earlier ones); they record until stopped. */
function observe() {
	const w = /** @type {any} */ (window);
	w.__benchObserver?.disconnect();
	const run = (w.__benchRun ?? 0) + 1;
	w.__benchRun = run;
	w.__benchStop = false;
	w.__benchGaps = [];
	w.__benchLong = [];
	w.__benchLongest = 0;
	let last = performance.now();
	const tick = (/** @type {number} */ t) => {
		if (w.__benchRun !== run) return;
		w.__benchGaps.push(t - last);
		last = t;
		if (!w.__benchStop) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	w.__benchObserver = new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			w.__benchLong.push(e.duration);
			w.__benchLongest = Math.max(w.__benchLongest, e.duration);
		}
	});
	w.__benchObserver.observe({ type: 'longtask', buffered: false });
}

/**
 * One measured check of `text` on an open /check page.
 * @param {import('playwright-core').Page} page
 * @param {string} text
 */
export async function measureCheck(page, text) {
	await toClipboard(page, text);
	await page.evaluate(observe);
	await pressPaste(page);
	// The page takes the paste (the text box lays out a short one at the next frame; a long one
	// goes to the read-only view) before any check runs. It is reported on its own, and the check
	// is measured after (a long text's view still adding blocks meanwhile).
	const paste = await page.evaluate(
		() =>
			new Promise((resolve) =>
				requestAnimationFrame(() =>
					requestAnimationFrame(() =>
						setTimeout(() => {
							const w = /** @type {any} */ (window);
							resolve({
								longestTask: w.__benchLongest,
								maxFrameGap: Math.max(0, ...w.__benchGaps)
							});
							w.__benchStop = true;
						}, 20)
					)
				)
			)
	);
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
	await page.evaluate(observe);
	const started = await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__benchStart = performance.now();
		/** @type {HTMLButtonElement} */ (
			document.querySelector('[data-testid=check-input] button.primary')
		).click();
		return w.__benchStart;
	});
	// A text with nothing to check (only line breaks) ends with a message instead of results.
	// Watched from inside the page by a mutation observer: Playwright's waitForSelector would run
	// querySelectorAll over thousands of highlights on every animation frame, and the page's frame
	// times would then measure the benchmark as much as the page.
	await page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const finished = () =>
					document.querySelector(
						'[data-testid=results][data-check-state=done]:is([data-rendered=complete], [data-rendered=windowed]), [data-testid=check-message]'
					);
				if (finished()) return resolve(undefined);
				const timer = setTimeout(
					() => reject(new Error('the check did not finish in 120 s')),
					120_000
				);
				const watch = new MutationObserver(() => {
					if (!finished()) return;
					watch.disconnect();
					clearTimeout(timer);
					resolve(undefined);
				});
				// Only the results' state attributes and the message's arrival are watched, not the
				// highlights being drawn.
				const results = document.querySelector('[data-testid=results]');
				if (results)
					watch.observe(results, {
						attributes: true,
						attributeFilter: ['data-check-state', 'data-rendered']
					});
				const status = document.querySelector('[data-testid=check-status]');
				if (status) watch.observe(status, { childList: true, subtree: true });
			})
	);
	// Let the frame after the results paint be counted.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
	return page.evaluate(
		({ t0, paste }) => {
			const w = /** @type {any} */ (window);
			w.__benchStop = true;
			const done = Number(
				document.querySelector('[data-testid=results]')?.getAttribute('data-check-ms')
			);
			/** @type {number[]} */
			const gaps = w.__benchGaps;
			/** @type {number[]} */
			const long = w.__benchLong;
			return {
				paste,
				ms: done || performance.now() - t0,
				maxFrameGap: Math.max(0, ...gaps),
				blocking: long.reduce((s, d) => s + Math.max(0, d - 50), 0),
				longestTask: w.__benchLongest,
				// What the check found (the page draws only what is near the reader; see nearView.ts).
				figures: Number(
					document.querySelector('[data-testid=results]')?.getAttribute('data-figures') || 0
				),
				terms: Number(
					document.querySelector('[data-testid=results]')?.getAttribute('data-terms') || 0
				)
			};
		},
		{ t0: started, paste }
	);
}

/**
 * Runs in the page once a check is drawn: the floor of drawing its result a piece per frame.
 * What the page drew (the highlighted text's blocks, the figure cards, the wording cards) is
 * taken as markup, each list is hidden and an empty copy put in its place, and the items go back
 * into the copies one per animation frame, the kinds taking turns as the page's drawing does
 * (check/pacing.ts), parsed by the browser with none of the page's code running. The page never
 * draws less than one item in a frame, so its longest frame gap cannot be shorter than this one's:
 * what is left is the browser's own work (style, layout, paint) for one item on this page. Then
 * the copies go and the lists show again.
 * @returns {Promise<{ maxFrameGap: number, longestTask: number, items: number }>}
 */
function timeDrawFloor() {
	// The page grows a list while its end is near the screen (check/nearView.ts): with the lists
	// hidden their ends would come near, and the page would draw meanwhile. So the ends hide too.
	const ends = /** @type {HTMLElement[]} */ ([
		...document.querySelectorAll('[data-testid=results] .frontier')
	]);
	for (const end of ends) end.style.display = 'none';
	const kinds = ['checked-text', 'figure-list', 'term-list'].flatMap((id) => {
		const list = /** @type {HTMLElement | null} */ (document.querySelector(`[data-testid=${id}]`));
		if (!list) return [];
		const items = [...list.children].filter((c) => c.matches('.block, li')).map((c) => c.outerHTML);
		const copy = /** @type {HTMLElement} */ (list.cloneNode(false));
		list.style.display = 'none';
		list.before(copy);
		return [{ list, copy, items, drawn: 0 }];
	});
	return new Promise((resolve) => {
		/** @type {number[]} */
		const gaps = [];
		let longest = 0;
		const tasks = new PerformanceObserver((list) => {
			for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
		});
		tasks.observe({ type: 'longtask' });
		const finish = () => {
			tasks.disconnect();
			for (const k of kinds) {
				k.copy.remove();
				k.list.style.display = '';
			}
			for (const end of ends) end.style.display = '';
			requestAnimationFrame(() =>
				resolve({
					maxFrameGap: Math.max(0, ...gaps),
					longestTask: longest,
					items: kinds.reduce((n, k) => n + k.items.length, 0)
				})
			);
		};
		let last = 0;
		let done = false;
		const frame = (/** @type {number} */ t) => {
			if (last) gaps.push(t - last);
			last = t;
			// The frame after the last item is counted too: it lays that item out and paints it.
			if (done) return finish();
			const next = kinds
				.filter((k) => k.drawn < k.items.length)
				.sort((a, b) => a.drawn - b.drawn)[0];
			if (next) next.copy.insertAdjacentHTML('beforeend', next.items[next.drawn++]);
			else done = true;
			requestAnimationFrame(frame);
		};
		// One frame first, for the copies' place in the page.
		requestAnimationFrame(() => requestAnimationFrame(frame));
	});
}

/**
 * The floor of drawing the check's result on an open /check page (timeDrawFloor), once a check is
 * drawn; the page is left as it was.
 * @param {import('playwright-core').Page} page
 */
export function drawFloor(page) {
	return page.evaluate(timeDrawFloor);
}

/**
 * A fresh page at 1280×900, its CPU slowed as the runner asks (the throttle is what makes a
 * laptop's figures say something about a phone's).
 * @param {import('playwright-core').Browser} browser
 * @param {import('./_throttle.js').Throttle | null} throttle
 * @param {boolean} [withoutWorker] simulate a browser without Web Workers
 */
async function openPage(browser, throttle, withoutWorker = false) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	if (withoutWorker)
		await context.addInitScript(() => {
			// @ts-expect-error simulating a browser without Web Workers
			delete globalThis.Worker;
		});
	const page = await context.newPage();
	await applyThrottle(page, throttle, { cpu: true, network: false });
	return { context, page };
}

/**
 * @param {{ browser: import('playwright-core').Browser, origin: string, runs: number, chars?: number, throttle?: import('./_throttle.js').Throttle | null }} options
 * @returns {Promise<{ name: string, unit: string, samples: number[], note?: string }[]>}
 */
export default async function bench({ browser, origin, runs, chars = 100_000, throttle = null }) {
	const text = makeLongText(chars);
	/** @type {{ name: string, unit: string, samples: number[], note?: string }[]} */
	const out = [];
	// The worker path is what browsers take; the main-thread path is the fallback where no worker
	// can start (simulated by removing Worker before the page loads).
	for (const mode of ['worker', 'main thread']) {
		const time = [];
		const gap = [];
		const tbt = [];
		const longest = [];
		const pasteTask = [];
		/** @type {number[]} */
		const floorGap = [];
		let floorItems = 0;
		let counted = { figures: 0, terms: 0 };
		for (let i = 0; i < runs; i++) {
			const { context, page } = await openPage(browser, throttle, mode === 'main thread');
			await page.goto(`${origin}/check`, { waitUntil: 'load' });
			const r = await measureCheck(page, text);
			if (mode === 'worker') {
				const f = await drawFloor(page);
				floorGap.push(Math.round(f.maxFrameGap));
				floorItems = f.items;
			}
			time.push(Math.round(r.ms));
			gap.push(Math.round(r.maxFrameGap));
			tbt.push(Math.round(r.blocking));
			longest.push(Math.round(r.longestTask));
			pasteTask.push(Math.round(r.paste.longestTask));
			counted = { figures: r.figures, terms: r.terms };
			await context.close();
		}
		const label = `${Math.round(chars / 1000)}k characters, ${counted.figures} figures, ${counted.terms} terms, ${mode}`;
		out.push(
			{ name: `check: time to first results (${label})`, unit: 'ms', samples: time },
			{ name: `check: longest frame gap until fully drawn (${label})`, unit: 'ms', samples: gap },
			...(floorGap.length
				? [
						{
							name: `check: floor: longest frame gap, the drawn result put back one item per frame with no script (${label})`,
							unit: 'ms',
							samples: floorGap,
							note: `${floorItems} items (text blocks and cards) the page had drawn, parsed from their markup one per frame`
						}
					]
				: []),
			{ name: `check: total blocking time (${label})`, unit: 'ms', samples: tbt },
			{ name: `check: longest task (${label})`, unit: 'ms', samples: longest },
			{
				name: `check: longest task while the page takes the paste, before checking (${label})`,
				unit: 'ms',
				samples: pasteTask
			}
		);
	}
	// Hostile 200,000-character pastes (worker path): no task over 50 ms, no frame gap over 50 ms.
	for (const [kind, stress] of Object.entries(makeStressTexts(200_000))) {
		const gap = [];
		const longest = [];
		const pasteTask = [];
		for (let i = 0; i < Math.min(runs, 3); i++) {
			const { context, page } = await openPage(browser, throttle);
			await page.goto(`${origin}/check`, { waitUntil: 'load' });
			const r = await measureCheck(page, stress);
			gap.push(Math.round(r.maxFrameGap));
			longest.push(Math.round(r.longestTask));
			pasteTask.push(Math.round(r.paste.longestTask));
			await context.close();
		}
		out.push(
			{
				name: `check: longest task while the page takes the paste, before checking (200k characters, ${kind})`,
				unit: 'ms',
				samples: pasteTask
			},
			{ name: `check: longest frame gap (200k characters, ${kind})`, unit: 'ms', samples: gap },
			{ name: `check: longest task (200k characters, ${kind})`, unit: 'ms', samples: longest }
		);
	}
	return out;
}

// Standalone: serve build/ and print the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
	const { chromium } = await import('playwright-core');
	const { findChromium, CHROMIUM_ARGS } = await import('../chromium.js');
	const { createServer } = await import('../serve.js');
	const arg = (/** @type {string} */ name, /** @type {number} */ fallback) => {
		const i = process.argv.indexOf(name);
		return i > 0 ? Number(process.argv[i + 1]) : fallback;
	};
	const server = createServer({ dir: 'build', basePath: '' });
	await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	try {
		const results = await bench({
			browser,
			origin: `http://127.0.0.1:${address.port}`,
			runs: arg('--runs', 5),
			chars: arg('--chars', 100_000),
			throttle: { cpu: arg('--cpu', 1), network: null }
		});
		for (const r of results) {
			const sorted = [...r.samples].sort((a, b) => a - b);
			const median = sorted[Math.floor(sorted.length / 2)];
			console.log(
				`${r.name}: median ${median} ${r.unit}, min ${sorted[0]}, max ${sorted.at(-1)} (${r.samples.join(', ')})`
			);
		}
	} finally {
		await browser.close();
		server.close();
	}
}
