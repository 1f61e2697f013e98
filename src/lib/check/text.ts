/** Plain-text helpers for the check: sentence boundaries and anchor slugs. */

export interface Span {
	start: number;
	end: number;
}

/**
 * Sentence spans covering the text. A sentence ends at . ! or ? followed by space and a capital,
 * digit or opening quote, or at a line break; decimals ("76.2") and "e.g. the" do not end one.
 * Spans are trimmed of surrounding whitespace; whitespace-only stretches are left out.
 */
export function sentenceSpans(text: string): Span[] {
	const spans: Span[] = [];
	const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9])|\n/g;
	let from = 0;
	const push = (start: number, end: number) => {
		while (start < end && /\s/.test(text[start])) start++;
		while (end > start && /\s/.test(text[end - 1])) end--;
		if (end > start) spans.push({ start, end });
	};
	for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
		const end = m.index + m[0].length;
		push(from, end);
		from = end;
	}
	push(from, text.length);
	return spans;
}

/** An anchor id for a term: "child pornography" → "term-child-pornography". */
export function termSlug(term: string): string {
	const core = term
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[‘’'"“”]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `term-${core}`;
}
