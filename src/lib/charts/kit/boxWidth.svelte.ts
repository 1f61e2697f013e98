/**
 * The width a chart's box has on the reader's screen, for the chart to lay itself out at. The
 * prerender knows no box, so a chart draws at its `width` prop first and relayouts at the box's
 * width once the browser reports it.
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
 * A chart's box width: attach `observe` to the box (`<div {@attach box.observe}>`) and lay out at
 * `box.current || width`. Zero until the first report: in the prerender and during hydration.
 */
export class BoxWidth {
	current = $state(0);

	/** The attachment for the chart's box. */
	readonly observe = (el: Element) => watchWidth(el, (width) => (this.current = width));
}
