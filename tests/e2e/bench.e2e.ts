// The benchmark's in-page timers (scripts/bench/_interact.js) on the real map: the static floor
// must leave the app's own chart in place, or every step timed after it would be timing a chart
// the app no longer draws into.
import { describe, expect, it } from 'vitest';
import { INTERACTIONS } from '../../scripts/bench/engine.js';
import { interact, staticRedraw } from '../../scripts/bench/_interact.js';
import { measureLoad } from '../../scripts/bench/_vitals.js';
import { openPage, site, useBrowser, gotoHydrated } from './harness';

useBrowser();

const MAP_COLOUR = INTERACTIONS.find((i) => i.name === 'map: colour')!;
const COLOURS = (MAP_COLOUR.action as { values: string[] }).values;
type Kept = { __chart?: Element | null };
const CHART = 'main svg[data-chart]';

describe('benchmark timers', () => {
	it('time a change to its painted frame, and redraw the floor without taking the chart from the app', async () => {
		const { page } = await openPage();
		await gotoHydrated(page, site('/map'));
		await page.evaluate(
			(sel) => ((window as unknown as Kept).__chart = document.querySelector(sel)),
			CHART
		);

		const t = await interact(page, MAP_COLOUR, 0);
		expect(t.paintedMs).toBeGreaterThanOrEqual(t.ms);
		expect(t.ms).toBeGreaterThanOrEqual(t.domMs);

		const floor = await staticRedraw(page, MAP_COLOUR);
		expect(floor).toBeGreaterThan(0);
		// The app's own element is back and shown, and the next change still reaches it.
		expect(
			await page.evaluate(
				(sel) => document.querySelector(sel) === (window as unknown as Kept).__chart,
				CHART
			)
		).toBe(true);
		expect(await page.locator(CHART).isVisible()).toBe(true);
		await interact(page, MAP_COLOUR, 1);
		expect(await page.locator(`${CHART}`).getAttribute('data-colour')).toBe(COLOURS[1]);
	});

	it('measure a load until the page is hydrated, and see when the engine starts', async () => {
		const { page, context } = await openPage();
		// No settling after hydration: the window must reach it by waiting for it.
		const v = await measureLoad(page, site('/capabilities'), { untilHydrated: true, settleMs: 0 });
		expect(v.fcp).not.toBeNull();
		expect(v.hydrated).toBeGreaterThanOrEqual(v.fcp!);
		expect(await page.locator('html[data-hydrated]').count()).toBe(1);
		// The app starts the engine once the browser is idle after the chart: by the time it is
		// ready, the start must have been seen (the "before engine start" rows rely on it).
		await page.waitForSelector('html[data-engine="ready"]');
		const seen = await page.evaluate(
			() =>
				(window as unknown as { __bench: { engineLoading: number | null } }).__bench.engineLoading
		);
		expect(seen).toBeGreaterThan(v.fcp!);
		await context.close();
	});
});
