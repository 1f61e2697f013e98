/**
 * The pure half of style inlining (the DOM half is inline.ts). A chart's look comes from CSS
 * classes and custom properties, none of which survive serialisation (DESIGN.md §7): an SVG
 * file opened elsewhere, or drawn into a canvas, sees only attributes and inline styles. So each
 * element gets a `style` with the computed values of the properties that paint SVG, written
 * only where they differ from what the element would inherit anyway, which keeps files small.
 */

/** Properties children inherit: written when they differ from the parent's value. */
export const INHERITED = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit',
	'paint-order',
	'font-family',
	'font-size',
	'font-style',
	'font-weight',
	'font-variant-numeric',
	'letter-spacing',
	'word-spacing',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'shape-rendering'
] as const;

/** Properties that do not inherit, with their initial values: written when not initial. */
export const NOT_INHERITED: Record<string, string> = {
	opacity: '1',
	// Only "none" is written (browsers compute "block" for <text>, "inline" for <g>: noise).
	display: 'inline',
	'clip-path': 'none',
	mask: 'none',
	filter: 'none',
	'vector-effect': 'none',
	'alignment-baseline': 'auto',
	'text-decoration-line': 'none',
	'stop-color': 'rgb(0, 0, 0)',
	'stop-opacity': '1'
};

export const PROPERTIES: readonly string[] = [...INHERITED, ...Object.keys(NOT_INHERITED)];

/** Attributes that place or label an element but never decide which CSS rules match it. */
const GEOMETRY = new Set([
	'x',
	'y',
	'x1',
	'x2',
	'y1',
	'y2',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'dx',
	'dy',
	'width',
	'height',
	'd',
	'points',
	'transform',
	'viewBox',
	'href',
	'id',
	'tabindex',
	'role'
]);

/**
 * What decides an element's computed style besides its ancestors: its tag and the attributes
 * selectors or presentation attributes can see. Elements with the same key under parents with
 * the same key get the same computed values, so the DOM half reads styles once per key instead
 * of once per element (a 42×21 heatmap has ~900 cells but a handful of keys per colour).
 * `selectorAttributes`, when known, names the attributes the page's selectors test: a `data-*`
 * attribute no selector names (a cell's row, column and value) then stays out of the key, which
 * would otherwise make every cell, and every child of a cell, a key of its own.
 * Limitation: rules using structural pseudo-classes (:nth-child, :first-child…), sibling
 * combinators or :hover are not told apart; chart styles use classes and attributes instead.
 */
export function styleKey(
	tag: string,
	attributes: Iterable<{ name: string; value: string }>,
	selectorAttributes?: ReadonlySet<string>
): string {
	let key = tag;
	for (const a of attributes) {
		if (GEOMETRY.has(a.name) || a.name.startsWith('aria-')) continue;
		if (selectorAttributes && a.name.startsWith('data-') && !selectorAttributes.has(a.name))
			continue;
		key += `\u0001${a.name}=${a.value}`;
	}
	return key;
}

/** The attribute names that selectors test (`[name]`, `[name="…"]`, `[name^=…]`…), lower-cased. */
export function selectorAttributes(selectors: Iterable<string>): Set<string> {
	const names = new Set<string>();
	for (const selector of selectors)
		for (const m of selector.matchAll(/\[\s*(?:[\w-]*\|)?([\w-]+)/g)) names.add(m[1].toLowerCase());
	return names;
}

export type StyleValues = Record<string, string>;

/** "rgba(0, 0, 0, 0.5)" → ["#000000", 0.5]; other colour syntaxes are kept as they are. */
export function splitColour(value: string): [string, number] {
	const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
		value
	);
	if (!m) return [value, 1];
	const hex = m
		.slice(1, 4)
		.map((c) => Math.round(Number(c)).toString(16).padStart(2, '0'))
		.join('');
	let alpha = m[4] === undefined ? 1 : parseFloat(m[4]);
	if (m[4]?.endsWith('%')) alpha /= 100;
	return [`#${hex}`, alpha];
}

/**
 * A paint (fill or stroke) and its opacity, written the way every SVG editor reads: a hex colour
 * or "none" plus a separate opacity, never rgba() (Illustrator and older Inkscape ignore it).
 */
function paint(colour: string, opacity: string): [string, string] {
	const [c, alpha] = splitColour(colour);
	if (alpha === 0) return ['none', opacity];
	const o = alpha * parseFloat(opacity || '1');
	return [c, String(Math.round(o * 1000) / 1000)];
}

/**
 * The inline style for one element: its computed values, minus what it inherits unchanged.
 * `own` and `parent` are computed values; `attrs` names the presentation attributes the element
 * carries (these are always overridden, since in the file no stylesheet would override them).
 * A paint and its opacity are written together, so an rgba() split never leaks to children.
 */
export function styleText(
	own: StyleValues,
	parent: StyleValues | null,
	attrs: ReadonlySet<string> = new Set()
): string {
	const out: string[] = [];
	const differs = (p: string) => parent === null || attrs.has(p) || own[p] !== parent[p];
	for (const pair of [
		['fill', 'fill-opacity'],
		['stroke', 'stroke-opacity']
	] as const) {
		if (own[pair[0]] === undefined) continue;
		if (differs(pair[0]) || differs(pair[1])) {
			const [c, o] = paint(own[pair[0]], own[pair[1]] ?? '1');
			out.push(`${pair[0]}:${c}`, `${pair[1]}:${o}`);
		}
	}
	for (const p of INHERITED) {
		if (p === 'fill' || p === 'stroke' || p === 'fill-opacity' || p === 'stroke-opacity') continue;
		const v = own[p];
		if (v !== undefined && v !== '' && differs(p)) out.push(`${p}:${v}`);
	}
	for (const [p, initial] of Object.entries(NOT_INHERITED)) {
		const v = own[p];
		if (p === 'display') {
			if (v === 'none') out.push('display:none');
			continue;
		}
		if (v === undefined || v === '' || (v === initial && !attrs.has(p))) continue;
		out.push(`${p}:${p === 'stop-color' ? splitColour(v)[0] : v}`);
	}
	return out.join(';');
}

/**
 * The custom properties of the top-level `:root { … }` block of a stylesheet: the light scheme of
 * global.css (its dark scheme is a `:root` inside a media query, indented, so not matched).
 * Exports and embeds use these to draw in the light scheme whatever the reader's setting.
 */
export function rootTokens(css: string): Record<string, string> {
	const block = /(?:^|\n):root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''));
	const tokens: Record<string, string> = {};
	if (!block) return tokens;
	for (const decl of block[1].split(';')) {
		const m = /^\s*(--[\w-]+)\s*:\s*([\s\S]+?)\s*$/.exec(decl);
		if (m) tokens[m[1]] = m[2].replace(/\s+/g, ' ');
	}
	return tokens;
}

/** "--a: 1; --b: 2" for a style attribute or a rule body. */
export function tokensStyle(tokens: Record<string, string>): string {
	return Object.entries(tokens)
		.map(([k, v]) => `${k}: ${v}`)
		.join('; ');
}
