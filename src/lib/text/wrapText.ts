/**
 * Line-wrapping for SVG text, which cannot wrap itself. Chart labels' widths are estimated from the
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

/** Where a word too long for its line may break: after these characters. */
const SOFT_BREAKS = ['-', '/', '?', '&'];

/**
 * Greedy word wrap by a fit test: the one wrapping rule of the site, for chart labels (counted in
 * characters) and for the words of an exported picture (measured in px). A word too long for a
 * line breaks after a hyphen or a URL's "/", "?" or "&" (its first piece may finish the current
 * line), or anywhere when it has none; nothing is dropped. Past `maxLines`, the last line ends
 * with an ellipsis.
 */
export function wrapLines(
	text: string,
	fits: (line: string) => boolean,
	maxLines = Infinity
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/).filter(Boolean)) {
		let rest = word;
		while (rest) {
			const prefix = line ? `${line} ` : '';
			if (fits(prefix + rest)) {
				line = prefix + rest;
				break;
			}
			if (line && fits(rest)) {
				lines.push(line);
				line = '';
				continue;
			}
			let cut = rest.length - 1;
			while (cut > 0 && !fits(prefix + rest.slice(0, cut))) cut--;
			const soft = Math.max(...SOFT_BREAKS.map((c) => rest.lastIndexOf(c, cut - 1)));
			if (soft > 0) cut = soft + 1;
			else if (line) {
				// Only a soft break may finish a line already begun; a hard cut starts a new one.
				lines.push(line);
				line = '';
				continue;
			}
			cut = Math.max(1, cut);
			lines.push(prefix + rest.slice(0, cut));
			line = '';
			rest = rest.slice(cut);
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1];
	while (last && !fits(`${last}…`)) last = last.slice(0, -1);
	kept[maxLines - 1] = `${last.trimEnd()}…`;
	return kept;
}

/**
 * Greedy word wrap into at most `maxLines` lines of at most `maxChars` characters (see wrapLines).
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
	return wrapLines(text, (line) => line.length <= maxChars, maxLines);
}
