/**
 * Line-wrapping for SVG labels, which cannot wrap themselves. Widths are estimated from the
 * character count (system sans-serif averages a little over half an em per character), so the
 * prerender and the browser wrap identically without measuring text.
 */

/** Average advance of one character, as a share of the font size. */
const CHAR_EM = 0.56;

/** Rough width in px of a string at a font size. */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * CHAR_EM;
}

/** How many characters fit in a width at a font size (at least 1). */
export function charsThatFit(width: number, fontSize: number): number {
	return Math.max(1, Math.floor(width / (fontSize * CHAR_EM)));
}

/**
 * Greedy word wrap into at most `maxLines` lines of at most `maxChars` characters. A word longer
 * than a line is cut; text that does not fit in the last line ends with an ellipsis.
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
	// A long hyphenated word may break after its hyphen ("High-" / "income"); its pieces join
	// again without a space when they stay on one line.
	const words = text
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((w) =>
			(w.length > maxChars && w.includes('-') ? w.split(/(?<=-)/) : [w]).map((piece, i) => ({
				piece,
				glued: i > 0
			}))
		);
	const lines: string[] = [];
	let line = '';
	for (const { piece: word, glued } of words) {
		const candidate = line ? `${line}${glued ? '' : ' '}${word}` : word;
		if (candidate.length <= maxChars) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = word.length > maxChars ? word.slice(0, maxChars) : word;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1];
	kept[maxLines - 1] =
		(last.length >= maxChars ? last.slice(0, Math.max(0, maxChars - 1)) : last) + '…';
	return kept;
}
