/**
 * The width a chart's box has on the reader's screen, for the chart to lay itself out at. The
 * prerender knows no box, so a chart draws at the width its box has on a wide screen first and
 * relayouts at the box's width once the browser reports it. On a wide screen the report equals the
 * prerender's width, so nothing is laid out again and the prerendered chart is kept as it is.
 *
 * The report comes from a ResizeObserver, never from reading the box's size at once (as
 * bind:clientWidth does as soon as the chart is mounted): a read during hydration forces a layout
 * inside the hydration task, and the chart's relayout then runs in that same task, which makes the
 * longest task of the page load longer still. A ResizeObserver's first report arrives after the
 * browser's next layout, so the relayout runs in a later task. One observer serves every chart.
 */

/** Called with a box's content width in whole CSS px, each time it changes. */
type Report = (width: number) => void;

let observer: ResizeObserver | undefined;
// Keyed weakly: a box dropped without its cleanup (a failed mount) is not kept alive here.
const reports = new WeakMap<Element, Report>();

function shared(): ResizeObserver {
	observer ??= new ResizeObserver((entries) => {
		// Whole pixels, rounded down, as a chart drawn at this width must never overflow its box.
		for (const entry of entries) reports.get(entry.target)?.(Math.floor(entry.contentRect.width));
	});
	return observer;
}

/**
 * Reports `el`'s content width now and on every change, from the shared observer; returns the
 * function that stops the reports.
 */
export function watchWidth(el: Element, report: Report): () => void {
	reports.set(el, report);
	shared().observe(el);
	return () => {
		reports.delete(el);
		observer?.unobserve(el);
	};
}

/**
 * The width of a chart box that spans the page's content on a screen 72rem wide or wider: the
 * page's --max-width (72rem, global.css) less the layout's 1rem padding on each side. The widest
 * a full-width chart's box gets, and where most desktop readers read it.
 */
export const WIDE_SCREEN_BOX = 1120;

/**
 * A chart's box width: attach `observe` to the box (`<div {@attach box.observe}>`) and lay out at
 * `box.current`.
 */
export class BoxWidth {
	#reported = $state(0);
	/**
	 * The width to lay out at: the box's once the browser reports it; until then (the prerender,
	 * hydration) the width the box has on a wide screen. A number: a report equal to it changes
	 * nothing downstream, so the layout is not computed, nor the chart drawn, again.
	 */
	readonly current: number;

	/** @param prerendered the chart box's width on a wide screen (its CSS max-width, if any). */
	constructor(prerendered: number = WIDE_SCREEN_BOX) {
		this.current = $derived(this.#reported || prerendered);
	}

	/** The attachment for the chart's box. */
	readonly observe = (el: Element) => watchWidth(el, (width) => (this.#reported = width));
}
