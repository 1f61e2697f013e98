/**
 * The DOM half of style inlining: a copy of a chart's SVG that looks the same anywhere.
 *
 * The copy is placed next to the original (so the page's selectors, which may name ancestors,
 * still match it) but off-screen, with the light scheme's custom properties set on it, so its
 * computed styles are the light ones even when the page is dark. All styles are *read* first,
 * in slices with the main thread handed back in between; only after the copy is detached are
 * the styles *written*, because every write to an attached element would invalidate the style
 * computation of the next read.
 *
 * The copy carries `data-exporting`, so a chart can draw parts only its exports need (the map's
 * legend, which is HTML on screen) with `svg:not([data-exporting]) .part { display: none }`.
 * Such parts carry `data-export-only` and may go outside the viewBox; the copy's size grows to
 * take them in, as for overflow.
 * A chart that sizes its export itself (the zoomed map, whose viewBox is only part of its
 * drawing) says so with `data-export-exact`: its width and height are kept and it is clipped.
 */
import { PROPERTIES, selectorAttributes, styleKey, styleText, type StyleValues } from './styles';
import { timeSlicer, yieldToMain } from './yield';

export interface InlinedSvg {
	/** Serialised standalone <svg> element (styles inline, no classes needed). */
	markup: string;
	/**
	 * Room the drawing needs, in the chart's own units (its viewBox, which is also its on-screen
	 * CSS size), widened to take in anything drawn past the viewBox (long value labels: the
	 * chart's SVG lets them overflow on screen, and the export keeps them visible).
	 */
	width: number;
	height: number;
}

export interface InlineOptions {
	/** Custom properties set on the copy, e.g. the light scheme's tokens. */
	tokens?: Record<string, string>;
	/** Base for making the chart's links absolute (default: the page's URL). */
	baseUrl?: string;
	/** Milliseconds of style reading per task before the main thread is handed back. */
	budget?: number;
	/**
	 * Called once the chart has been copied (synchronously, before any paint): a chart laid out
	 * afresh for the export goes back to its screen layout here.
	 */
	onCopied?: () => void;
}

interface Entry {
	values: StyleValues;
	style: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
	// The drawing's own size (a zoomed map shows part of its viewBox at the full size).
	const attr = (name: string) => Number(svg.getAttribute(name));
	if (attr('width') > 0 && attr('height') > 0)
		return { width: attr('width'), height: attr('height') };
	const vb = svg.viewBox?.baseVal;
	if (vb && vb.width > 0 && vb.height > 0) return { width: vb.width, height: vb.height };
	const box = svg.getBoundingClientRect();
	return { width: Math.round(box.width), height: Math.round(box.height) };
}

/**
 * The attributes the page's stylesheets test in their selectors; undefined when a sheet cannot be
 * read (another origin's), and every attribute then counts.
 */
function pageSelectorAttributes(): Set<string> | undefined {
	const selectors: string[] = [];
	const walk = (rules: CSSRuleList) => {
		for (const rule of Array.from(rules)) {
			if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
			// @media, @supports, @layer and nested rules hold rules of their own.
			if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
		}
	};
	try {
		for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
	} catch {
		return undefined;
	}
	return selectorAttributes(selectors);
}

type Box = Pick<DOMRect, 'x' | 'y' | 'width' | 'height'>;

/** The viewBox size, grown to take in the drawing's boxes where they overflow it. */
export function extentFrom(size: { width: number; height: number }, boxes: Box[]) {
	return {
		width: Math.ceil(Math.max(size.width, ...boxes.map((b) => b.x + b.width))),
		height: Math.ceil(Math.max(size.height, ...boxes.map((b) => b.y + b.height)))
	};
}

/** Set a copy up as the export sees it: light tokens, data-exporting, off-screen, out of reach. */
function stage(svg: SVGSVGElement, tokens: Record<string, string>, width: number, height: number) {
	svg.setAttribute('data-exporting', '');
	for (const [k, v] of Object.entries(tokens)) svg.style.setProperty(k, v);
	svg.style.setProperty('position', 'absolute');
	svg.style.setProperty('left', '-100000px');
	svg.style.setProperty('top', '0');
	svg.style.setProperty('width', `${width}px`);
	svg.style.setProperty('height', `${height}px`);
	svg.style.setProperty('pointer-events', 'none');
	svg.setAttribute('aria-hidden', 'true');
	svg.removeAttribute('id');
}

/**
 * The boxes of what a chart draws in an export: the chart as on screen (laid out already), and
 * its export-only parts, measured in a copy holding only them and their ancestors. Measuring the
 * whole copy would lay out all of it in one task for nothing else (the heatmap's 3,700 elements:
 * a few hundred ms); reading its styles needs no layout.
 */
function drawnBoxes(
	source: SVGSVGElement,
	tokens: Record<string, string>,
	width: number,
	height: number
) {
	try {
		const boxes: Box[] = [source.getBBox()];
		const parts = Array.from(source.querySelectorAll('[data-export-only]'));
		if (!parts.length) return boxes;
		const outline = source.cloneNode(false) as SVGSVGElement;
		for (const part of parts) {
			let node = part.cloneNode(true);
			for (
				let up: Element | null = part.parentElement;
				up && up !== source;
				up = up.parentElement
			) {
				const shell = up.cloneNode(false);
				shell.appendChild(node);
				node = shell;
			}
			outline.appendChild(node);
		}
		stage(outline, tokens, width, height);
		source.after(outline);
		try {
			boxes.push(outline.getBBox());
		} finally {
			outline.remove();
		}
		return boxes;
	} catch {
		return []; // not rendered (display: none): nothing overflows
	}
}

export async function inlineSvg(
	source: SVGSVGElement,
	{ tokens = {}, baseUrl = location.href, budget = 40, onCopied }: InlineOptions = {}
): Promise<InlinedSvg> {
	const { width, height } = sizeOf(source);
	const exact = source.hasAttribute('data-export-exact');
	// Measured before the copy is made: a chart laid out for the export goes back once copied.
	const extent = exact
		? { width, height }
		: extentFrom({ width, height }, drawnBoxes(source, tokens, width, height));
	const copy = source.cloneNode(true) as SVGSVGElement;
	onCopied?.();
	stage(copy, tokens, width, height);
	source.after(copy);
	// Copying is one task's worth already (the heatmap's 3,700 elements).
	await yieldToMain();

	const elements = [copy, ...Array.from(copy.querySelectorAll('*'))];
	const tested = pageSelectorAttributes();
	// An element's key is its parent's number and its own styleKey; numbering the keys keeps them
	// short (the copy's own key carries every token of the scheme) and cheap to look up.
	const keyOf = new Map<Element, number>();
	const numberOf = new Map<string, number>();
	const entries: Entry[] = [];
	const styles: string[] = new Array(elements.length);
	const slicer = timeSlicer(budget);
	try {
		for (let i = 0; i < elements.length; i++) {
			await slicer.pause();
			const el = elements[i];
			const parent = el === copy ? null : el.parentElement;
			const parentNumber = parent ? (keyOf.get(parent) ?? -1) : -1;
			const key = `${parentNumber}\u0002${styleKey(el.tagName, el.attributes, tested)}`;
			let number = numberOf.get(key);
			if (number === undefined) {
				const computed = getComputedStyle(el);
				const values: StyleValues = {};
				for (const p of PROPERTIES) values[p] = computed.getPropertyValue(p);
				const attrs = new Set(PROPERTIES.filter((p) => el.hasAttribute(p)));
				const parentValues = parentNumber >= 0 ? entries[parentNumber].values : null;
				number = entries.push({ values, style: styleText(values, parentValues, attrs) }) - 1;
				numberOf.set(key, number);
			}
			keyOf.set(el, number);
			styles[i] = entries[number].style;
		}
	} finally {
		copy.remove();
	}

	// Detached from here on: writes are cheap, but thousands of them still make a long task.
	for (let i = 0; i < elements.length; i++) {
		await slicer.pause();
		const el = elements[i];
		if (styles[i]) el.setAttribute('style', styles[i]);
		else el.removeAttribute('style');
		el.removeAttribute('class');
	}
	copy.removeAttribute('aria-hidden');
	copy.removeAttribute('data-exporting');
	copy.setAttribute('xmlns', SVG_NS);
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
	// Text drawn past the edge (long value labels) stays visible, as on screen.
	copy.setAttribute('overflow', exact ? 'hidden' : 'visible');
	copy.removeAttribute('data-export-exact');
	// Links point back to the explorer from wherever the file ends up.
	for (const a of Array.from(copy.querySelectorAll('a'))) {
		const href = a.getAttribute('href');
		if (href) a.setAttribute('href', new URL(href, baseUrl).href);
	}
	// Svelte's empty comment anchors and any other comments: noise in a file.
	const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
	const comments: Node[] = [];
	while (walker.nextNode()) comments.push(walker.currentNode);
	for (const c of comments) c.parentNode?.removeChild(c);

	await yieldToMain();
	const markup = new XMLSerializer().serializeToString(copy);
	return { markup, ...extent };
}
