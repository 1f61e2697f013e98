// A chart's box width comes from one shared ResizeObserver and never from reading the box at once:
// a read while the page hydrates forces a layout inside the hydration task (kit/boxWidth).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's ResizeObserver: the test says when the browser reports. */
class FakeObserver {
	static made: FakeObserver[] = [];
	observed = new Set<Element>();
	constructor(readonly callback: ResizeObserverCallback) {
		FakeObserver.made.push(this);
	}
	observe(el: Element) {
		this.observed.add(el);
	}
	unobserve(el: Element) {
		this.observed.delete(el);
	}
	disconnect() {
		this.observed.clear();
	}
	/** The browser's report after a layout: each box with its content width. */
	report(...boxes: [Element, number][]) {
		const entries = boxes.map(
			([target, width]) => ({ target, contentRect: { width } }) as unknown as ResizeObserverEntry
		);
		this.callback(entries, this as unknown as ResizeObserver);
	}
}

/** A box whose size must not be read directly: reading it would force a layout. */
function box(): Element {
	const unread = () => {
		throw new Error('the box was measured at once');
	};
	return Object.defineProperties({} as Element, {
		clientWidth: { get: unread },
		offsetWidth: { get: unread },
		getBoundingClientRect: { get: unread }
	});
}

/** The module afresh, so each test starts with no shared observer. */
async function load() {
	vi.resetModules();
	return import('$lib/charts/kit/boxWidth.svelte');
}

beforeEach(() => {
	FakeObserver.made = [];
	vi.stubGlobal('ResizeObserver', FakeObserver);
});
afterEach(() => vi.unstubAllGlobals());

describe('BoxWidth', () => {
	it('lays out at the wide-screen width until the browser reports one, and never measures the box itself', async () => {
		const { BoxWidth, WIDE_SCREEN_BOX } = await load();
		const [full, narrow] = [new BoxWidth(), new BoxWidth(768)];
		const [el, narrowEl] = [box(), box()];
		full.observe(el);
		narrow.observe(narrowEl);
		expect([full.current, narrow.current]).toEqual([WIDE_SCREEN_BOX, 768]);
		FakeObserver.made[0].report([el, 375], [narrowEl, 343]);
		expect([full.current, narrow.current]).toEqual([375, 343]);
	});

	it('reports whole pixels rounded down, so a chart drawn at the width never overflows its box', async () => {
		const { BoxWidth } = await load();
		const width = new BoxWidth();
		const el = box();
		width.observe(el);
		FakeObserver.made[0].report([el, 374.6]);
		expect(width.current).toBe(374);
	});

	it('serves every chart from one observer, each report going to its own box', async () => {
		const { BoxWidth } = await load();
		const [a, b] = [new BoxWidth(), new BoxWidth()];
		const [elA, elB] = [box(), box()];
		a.observe(elA);
		b.observe(elB);
		expect(FakeObserver.made).toHaveLength(1);
		FakeObserver.made[0].report([elA, 320], [elB, 700]);
		expect([a.current, b.current]).toEqual([320, 700]);
		FakeObserver.made[0].report([elB, 900]);
		expect([a.current, b.current]).toEqual([320, 900]);
	});

	it('stops watching a box when its chart goes away', async () => {
		const { BoxWidth } = await load();
		const width = new BoxWidth();
		const el = box();
		const stop = width.observe(el);
		FakeObserver.made[0].report([el, 600]);
		stop();
		expect(FakeObserver.made[0].observed.has(el)).toBe(false);
		// A report already queued for the box when it went away changes nothing.
		FakeObserver.made[0].report([el, 800]);
		expect(width.current).toBe(600);
	});
});
