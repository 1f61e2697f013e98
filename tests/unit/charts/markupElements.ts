// Reads a chart's markup string (barsMarkup.ts, cellsMarkup.ts) back as elements, so tests assert
// on tags and attribute values rather than on the exact text of the string.

/** One element per opening tag: its name and attributes (values unescaped). */
export function markupElements(svg: string) {
	const unescape = (s: string) =>
		s.replace(
			/&(lt|gt|quot|#39|amp);/g,
			(_, e) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e as 'lt']
		);
	return [...svg.matchAll(/<([a-z]+)((?:\s[\w-]+="[^"]*")*)\s*>/g)].map(([, name, attrs]) => ({
		name,
		attrs: Object.fromEntries(
			[...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, unescape(v)])
		)
	}));
}
