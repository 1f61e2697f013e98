/**
 * Where a prerendered page lists its scripts. SvelteKit writes a `<link rel="modulepreload">` in
 * <head> for each of the 40-odd scripts a page starts with. In Chromium at CPU 4× on Fast 4G, the
 * parser then ran one long task (170–630 ms in traces) before laying out or painting anything,
 * and the first paint came 400–500 ms later than on the same page without scripts (A/B of copies
 * of the build that differ only in this). Listed at the end of the <body> (after the content;
 * listed at its start, they held the paint back as before), the page paints as soon as it would
 * with no scripts at all, and the scripts are still fetched together rather than one import at a
 * time. Hydration ended within the A/Bs' noise (110 ms sooner to 450 ms later); leaving the
 * preloads out altogether ended it about 550 ms later.
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
