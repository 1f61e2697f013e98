// The static-HTML floor for a page: a plain HTML document holding nothing but the page's first
// chart (the first <svg data-chart> inside <main>, else the first <svg> there), so its LCP is what
// showing that SVG costs at minimum. Every chart of the explorer marks its SVG with data-chart; a
// legend swatch or an icon before it (the map page has both) must not stand in for it.
// Also the page without its scripts (withoutScripts): the same HTML and styles, never hydrated, so
// its blocking time is what parsing and laying out the page costs before any of the app's code.
// Pure string work, unit-tested in tests/unit/bench.

/**
 * The first complete chart <svg>…</svg> inside <main> (nested SVGs included), or null.
 * @param {string} html
 * @returns {string | null}
 */
export function firstChartSvg(html) {
	const main = html.search(/<main[\s>]/i);
	if (main < 0) return null;
	const mainEnd = html.search(/<\/main>/i);
	const inMain = html.slice(main);
	const chart = inMain.search(/<svg\s[^>]*\bdata-chart=/i);
	const start = chart >= 0 ? chart : inMain.search(/<svg[\s>]/i);
	if (start < 0) return null;
	const from = main + start;
	if (mainEnd >= 0 && from > mainEnd) return null;
	const tag = /<(\/?)svg[\s>]/gi;
	tag.lastIndex = from;
	let depth = 0;
	for (let m = tag.exec(html); m; m = tag.exec(html)) {
		depth += m[1] ? -1 : 1;
		if (depth === 0) {
			const close = html.indexOf('>', m.index);
			return close < 0 ? null : html.slice(from, close + 1);
		}
	}
	return null;
}

/**
 * A minimal HTML document for an SVG: no stylesheet, no script, no other content.
 * @param {string} svg
 * @param {string} title
 * @returns {string}
 */
export function floorDocument(svg, title) {
	return (
		'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
		'<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
		`<title>${title.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</title>\n</head>\n<body>\n<main>\n${svg}\n</main>\n</body>\n</html>\n`
	);
}

/**
 * The page as the browser gets it, minus every script and module preload: what the reader sees
 * before hydration, kept as it is.
 * @param {string} html
 * @returns {string}
 */
export function withoutScripts(html) {
	return html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
		.replace(/<link\b[^>]*\brel="?modulepreload"?[^>]*>/gi, '');
}
