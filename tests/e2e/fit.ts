// What "a chart fits its width" means, measured from the DOM of a rendered page: no two pieces of
// chart text overlap, no text is cut off by its SVG, the plot keeps its minimum width, and the page
// never scrolls sideways. Used by width.e2e.ts for every chart page and embed at every width.
import type { Page } from 'playwright-core';

/** The widths a chart must fit: phones, a blog column (600–720 px), tablets and desktops. */
export const WIDTHS = [320, 375, 480, 600, 720, 900, 1280, 1920] as const;

/**
 * The fit contract a chart's markup follows:
 * - every chart is an `svg[data-chart]`; its texts are `<text>` elements inside it;
 * - a chart with a plot area (where the marks are drawn) says its width and its minimum on the
 *   svg, in the svg's own units: `data-plot-width` and `data-min-plot-width`;
 * - a text that may stand over another on purpose (none today) would carry `data-fit-ignore`.
 */
export interface FitProblem {
	kind: 'overlap' | 'clipped' | 'plot-too-narrow' | 'page-scrolls-sideways' | 'no-chart';
	detail: string;
}

/**
 * Every fit problem on the page now, in reading order. Boxes are compared with a tolerance of
 * 1 px so anti-aliasing and rounding don't count; empty and invisible texts are skipped. A chart
 * that scrolls inside its own box (the countries heatmap) is measured against its whole svg; the
 * page itself must still never scroll sideways.
 */
export async function fitProblems(page: Page): Promise<FitProblem[]> {
	return page.evaluate(() => {
		const TOLERANCE = 1;
		const problems: { kind: string; detail: string }[] = [];
		const root = document.scrollingElement ?? document.documentElement;
		if (root.scrollWidth > window.innerWidth + TOLERANCE) {
			problems.push({
				kind: 'page-scrolls-sideways',
				detail: `page is ${root.scrollWidth} px wide in a ${window.innerWidth} px window`
			});
		}
		const charts = [...document.querySelectorAll<SVGSVGElement>('svg[data-chart]')].filter(
			(svg) => svg.getBoundingClientRect().width > 0
		);
		if (charts.length === 0)
			problems.push({ kind: 'no-chart', detail: 'no visible svg[data-chart]' });
		const label = (t: Element) => JSON.stringify((t.textContent ?? '').trim().slice(0, 40));
		for (const svg of charts) {
			const name = svg.getAttribute('data-chart') || 'chart';
			const frame = svg.getBoundingClientRect();
			const texts = [...svg.querySelectorAll<SVGTextElement>('text')]
				.filter((t) => !t.closest('[data-fit-ignore]') && (t.textContent ?? '').trim() !== '')
				.filter((t) => {
					const style = getComputedStyle(t);
					return style.display !== 'none' && style.visibility !== 'hidden' && style.opacity !== '0';
				})
				.map((t) => ({ t, box: t.getBoundingClientRect() }))
				.filter(({ box }) => box.width > 0 && box.height > 0);
			for (const { t, box } of texts) {
				if (
					box.left < frame.left - TOLERANCE ||
					box.right > frame.right + TOLERANCE ||
					box.top < frame.top - TOLERANCE ||
					box.bottom > frame.bottom + TOLERANCE
				) {
					problems.push({
						kind: 'clipped',
						detail: `${name}: ${label(t)} at ${Math.round(box.left - frame.left)}..${Math.round(box.right - frame.left)} px in a ${Math.round(frame.width)} px chart`
					});
				}
			}
			for (let i = 0; i < texts.length; i++) {
				for (let j = i + 1; j < texts.length; j++) {
					const a = texts[i].box;
					const b = texts[j].box;
					const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
					const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
					if (w > TOLERANCE && h > TOLERANCE) {
						problems.push({
							kind: 'overlap',
							detail: `${name}: ${label(texts[i].t)} overlaps ${label(texts[j].t)} by ${Math.round(w)}×${Math.round(h)} px`
						});
					}
				}
			}
			const plot = Number(svg.getAttribute('data-plot-width'));
			const min = Number(svg.getAttribute('data-min-plot-width'));
			if (svg.hasAttribute('data-plot-width') && plot + TOLERANCE < min) {
				problems.push({
					kind: 'plot-too-narrow',
					detail: `${name}: plot is ${Math.round(plot)}, minimum ${min} (svg units)`
				});
			}
		}
		return problems as FitProblem[];
	});
}

/** One line per problem, for a readable assertion message. */
export function describeProblems(problems: FitProblem[]): string[] {
	return problems.map((p) => `${p.kind}: ${p.detail}`);
}
