/** Text helpers for drawing words into an SVG file: escaping and line wrapping. */

/** Escape for XML text and attribute values. */
export function xml(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Width of `text` in px for a CSS font shorthand. */
export type Measure = (text: string, font: string) => number;

/**
 * A rough measure for when no canvas is at hand (unit tests, a browser without canvas):
 * average glyph widths of common sans-serif fonts, erring wide so text never overflows.
 */
export const roughMeasure: Measure = (text, font) => {
	const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
	const bold = /\b(bold|[6-9]00)\b/.test(font);
	return text.length * size * (bold ? 0.6 : 0.56);
};

/** A measure backed by a canvas, for the browser. */
export function canvasMeasure(): Measure {
	const ctx =
		typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!ctx) return roughMeasure;
	return (text, font) => {
		ctx.font = font;
		return ctx.measureText(text).width;
	};
}

/**
 * Greedy word wrap to `width`. A single word wider than the line (a long URL) is broken at
 * "/", "?", "&" or, failing those, anywhere.
 */
export function wrap(text: string, width: number, font: string, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	const fits = (s: string) => measure(s, font) <= width;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (fits(candidate)) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		while (!fits(line) && line.length > 1) {
			let cut = line.length - 1;
			while (cut > 1 && !fits(line.slice(0, cut))) cut--;
			const soft = Math.max(...['/', '?', '&'].map((c) => line.lastIndexOf(c, cut - 1)));
			if (soft > 0) cut = soft + 1;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line) lines.push(line);
	return lines;
}
