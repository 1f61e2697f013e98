/**
 * Where a prerendered page lists its scripts. SvelteKit writes a `<link rel="modulepreload">` in
 * <head> for each of the 40-odd scripts a page starts with. In Chromium at CPU 4× on Fast 4G, the
 * parser then handled the whole document in one task of 300–600 ms before laying out or painting
 * anything, and the first paint came 400–500 ms later than on the same page without them (A/B of
 * copies of the build that differ only in this, scripts/bench traces). Listed at the end of the
 * <body>, the parser yields, the page paints as soon as it would with no scripts at all, and the
 * scripts are still fetched in parallel rather than one import at a time: the page is hydrated
 * about 250 ms later, where leaving the preloads out altogether cost 550 ms.
 */

const PRELOAD = /<link\b[^>]*\brel="?modulepreload"?[^>]*>[ \t]*\n?[ \t]*/gi;

/** The page with every module preload in its <head> moved to just before </body>, in order. */
export function preloadsAtEnd(html: string): string {
	const headEnd = html.indexOf('</head>');
	const bodyEnd = html.lastIndexOf('</body>');
	if (headEnd < 0 || bodyEnd < headEnd) return html;
	const head = html.slice(0, headEnd);
	const links = head.match(PRELOAD);
	if (!links) return html;
	const listed = links.map((link) => link.trim()).join('\n\t\t');
	return (
		head.replace(PRELOAD, '') +
		html.slice(headEnd, bodyEnd) +
		`\t${listed}\n\t` +
		html.slice(bodyEnd)
	);
}
