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
 * Such parts go outside the viewBox; the copy's size grows to take them in, as for overflow.
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

/** The viewBox size, grown to the drawing's bounding box where content overflows it. */
function extentOf(svg: SVGSVGElement, size: { width: number; height: number }) {
	try {
		const b = svg.getBBox();
		return {
			width: Math.ceil(Math.max(size.width, b.x + b.width)),
			height: Math.ceil(Math.max(size.height, b.y + b.height))
		};
	} catch {
		return size; // not rendered (display: none): nothing overflows
	}
}

export async function inlineSvg(
	source: SVGSVGElement,
	{ tokens = {}, baseUrl = location.href, budget = 40, onCopied }: InlineOptions = {}
): Promise<InlinedSvg> {
	const { width, height } = sizeOf(source);
	const exact = source.hasAttribute('data-export-exact');
	const copy = source.cloneNode(true) as SVGSVGElement;
	onCopied?.();
	copy.setAttribute('data-exporting', '');
	for (const [k, v] of Object.entries(tokens)) copy.style.setProperty(k, v);
	copy.style.setProperty('position', 'absolute');
	copy.style.setProperty('left', '-100000px');
	copy.style.setProperty('top', '0');
	copy.style.setProperty('width', `${width}px`);
	copy.style.setProperty('height', `${height}px`);
	copy.style.setProperty('pointer-events', 'none');
	copy.setAttribute('aria-hidden', 'true');
	copy.removeAttribute('id');
	source.after(copy);
	// Measured on the copy: export-only parts are drawn there, not on screen.
	const extent = exact ? { width, height } : extentOf(copy, { width, height });
	// Copying and laying out the copy is one task's worth already (the heatmap's 3,700 elements).
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
