// Reads a chart's markup string (barsMarkup.ts, cellsMarkup.ts) back as elements, so tests assert
// on tags and attribute values rather than on the exact text of the string.

/** Text or an attribute value as written, its entities read back (escapeHtml's five). */
export const unescapeMarkup = (s: string) =>
	s.replace(
		/&(lt|gt|quot|#39|amp);/g,
		(_, e) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e as 'lt']
	);

/** One element per opening tag: its name and attributes (values unescaped). */
export function markupElements(svg: string) {
	return [...svg.matchAll(/<([a-z]+)((?:\s[\w-]+="[^"]*")*)\s*>/g)].map(([, name, attrs]) => ({
		name,
		attrs: Object.fromEntries(
			[...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, unescapeMarkup(v)])
		)
	}));
}
