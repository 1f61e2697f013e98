/** Plain-text helpers for the check: sentence boundaries (and headings) and anchor slugs. */

export interface Span {
	start: number;
	end: number;
}

export interface SentenceSpan extends Span {
	/** A line standing alone, short and without a full stop: a heading ("Hotline", "Current status"). */
	heading: boolean;
}

/**
 * Where a sentence ends: . ! or ? (a footnote marker may be glued on: "world.30") followed by space
 * and a capital (accented ones included: "À", "É"), a digit, an opening quote ("«" with its space)
 * or a Spanish "¿" or "¡"; a blank line; or a line break before a list bullet.
 * A single line break is NOT an end: text pasted from a PDF breaks every line, and a sentence
 * ("… 90 per cent (38) have a dedicated hotline or reporting \nportal") must stay whole.
 */
const BOUNDARY =
	/(?:[.!?]+|(?<=[a-z)\]’”])[.!?]\d{1,3})["'”’)\]]*(?=\s+["'“‘«([]?\s?[A-Z0-9ÀÂÉÈÊÎÔÙÛÇÁÍÓÚÑ¿¡•▪●■◦‣–-])|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[•▪●■◦‣*]|[-–]\s|\d{1,2}[.)]\s+[A-Z]))/g;

const HEADING_MAX = 80;

/**
 * Sentence spans covering the text; decimals ("76.2") and "e.g. the" do not end one. Spans are
 * trimmed of surrounding whitespace; whitespace-only stretches are left out.
 */
export function sentenceSpans(text: string): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	let from = 0;
	const push = (start: number, end: number, blankAfter: boolean) => {
		while (start < end && /\s/.test(text[start])) start++;
		while (end > start && /\s/.test(text[end - 1])) end--;
		if (end <= start) return;
		const blankBefore =
			start === 0 || /\n[ \t]*\n[ \t]*$|^\s*$/.test(text.slice(Math.max(0, start - 40), start));
		const heading =
			blankBefore &&
			blankAfter &&
			end - start <= HEADING_MAX &&
			// A heading may wrap onto a second line ("Compensation, remedies and\ncomplaints …").
			(text.slice(start, end).match(/\n/g)?.length ?? 0) <= 1 &&
			!/[.!?;:%]/.test(text.slice(start, end)) &&
			!/\d/.test(text.slice(start, end));
		spans.push({ start, end, heading });
	};
	BOUNDARY.lastIndex = 0;
	for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
		const end = m.index + m[0].length;
		push(from, end, /\n[ \t]*\n/.test(m[0]));
		from = end;
	}
	push(from, text.length, true);
	return spans.flatMap((s) => splitLong(text, s));
}

/** Longest sentence handled in one piece (characters): a paste with no full stop is cut. */
export const MAX_SENTENCE = 1500;

/**
 * A "sentence" longer than MAX_SENTENCE (a list without full stops, a paste with none) cut after
 * the last semicolon or comma before the limit (or else the last space), so each piece is checked
 * in bounded time.
 */
function splitLong(text: string, span: SentenceSpan): SentenceSpan[] {
	if (span.end - span.start <= MAX_SENTENCE) return [span];
	const out: SentenceSpan[] = [];
	let start = span.start;
	while (span.end - start > MAX_SENTENCE) {
		const floor = start + MAX_SENTENCE / 3;
		let cut = -1;
		for (let i = start + MAX_SENTENCE - 1; i > floor && cut < 0; i--)
			if ((text[i] === ';' || text[i] === ',') && /\s/.test(text[i + 1])) cut = i + 1;
		for (let i = start + MAX_SENTENCE - 1; i > floor && cut < 0; i--)
			if (/\s/.test(text[i])) cut = i;
		if (cut < 0) cut = start + MAX_SENTENCE;
		out.push({ start, end: cut, heading: false });
		start = cut;
		while (start < span.end && /\s/.test(text[start])) start++;
	}
	out.push({ start, end: span.end, heading: span.heading });
	return out;
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

/**
 * Words of a pasted text as one line, for cards and the receipt: a line break becomes a space,
 * except after a hyphen that a PDF's line break split ("two-\nthirds" reads "two-thirds").
 */
export function asOneLine(s: string): string {
	return s.replace(/(\p{L})-[ \t]*\r?\n\s*(?=\p{L})/gu, '$1-').replace(/\s+/g, ' ');
}
