/** Text helpers for drawing words into an SVG file: escaping and line wrapping. */
import { wrapLines } from '$lib/text/wrapText';

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

/** Word wrap to `width` px as measured in `font` (the kit's one wrapping rule, see wrapLines). */
export function wrap(text: string, width: number, font: string, measure: Measure): string[] {
	return wrapLines(text, (line) => measure(line, font) <= width);
}
