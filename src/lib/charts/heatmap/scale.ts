/**
 * The heatmap's colour scale: one hue (blue), lightness carrying the value, so it reads for every
 * kind of colour vision and in greyscale. Light and dark schemes get their own ramp (more is
 * darker on white, lighter on black); both are computed here and the markup switches between
 * them with a media query, so the prerendered SVG is right in either scheme without JavaScript.
 * The ink (text colour) of each cell is whichever of black or white contrasts more with its fill.
 */
import { rgb } from 'd3-color';
import { interpolateRgbBasis } from 'd3-interpolate';

/**
 * ColorBrewer's nine-class Blues, as d3-scale-chromatic's `interpolateBlues` interpolates it. Built
 * here rather than imported: that package is one file whose every scheme is computed when it is
 * loaded (tens of ramps, none of them shaken out), inside the page's hydration task.
 */
export const blues = interpolateRgbBasis([
	'#f7fbff',
	'#deebf7',
	'#c6dbef',
	'#9ecae1',
	'#6baed6',
	'#4292c6',
	'#2171b5',
	'#08519c',
	'#08306b'
]);

export interface CellColour {
	light: string;
	dark: string;
	inkLight: string;
	inkDark: string;
}

/** Where on the Blues ramp the scale starts and ends in each scheme (avoid the near-white end). */
const LIGHT_RANGE: [number, number] = [0.1, 0.95];
const DARK_RANGE: [number, number] = [0.92, 0.18];

const INK_DARK = '#000000';
const INK_LIGHT = '#ffffff';

function clamp01(t: number): number {
	return Math.min(1, Math.max(0, t));
}

function along([from, to]: [number, number], t: number): string {
	return rgb(blues(from + (to - from) * clamp01(t))).formatHex();
}

/** WCAG relative luminance of a hex colour. */
export function luminance(hex: string): number {
	const { r, g, b } = rgb(hex);
	const lin = (v: number) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two hex colours. */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/** The text colour that contrasts more with a fill. */
export function inkFor(fill: string): string {
	return contrast(fill, INK_DARK) >= contrast(fill, INK_LIGHT) ? INK_DARK : INK_LIGHT;
}

// A grid draws hundreds of cells from a handful of distinct values: compute each colour once.
const colourCache = new Map<number, CellColour>();

/** Colours for a position t in [0, 1] along the scale. */
export function heatColour(t: number): CellColour {
	const key = Math.round(clamp01(t) * 1000);
	let colour = colourCache.get(key);
	if (!colour) {
		const light = along(LIGHT_RANGE, key / 1000);
		const dark = along(DARK_RANGE, key / 1000);
		colour = { light, dark, inkLight: inkFor(light), inkDark: inkFor(dark) };
		colourCache.set(key, colour);
	}
	return colour;
}

/**
 * Position on the scale of a value. Percentages run 0–100. Counts start a step above the bottom
 * so a single mention is visibly coloured; zero is not on the ramp (it is drawn as an empty cell).
 */
export function scalePosition(value: number, max: number, kind: 'pct' | 'count'): number {
	if (kind === 'pct') return clamp01(value / 100);
	if (max <= 0 || value <= 0) return 0;
	return 0.2 + 0.8 * clamp01(value / max);
}

export interface LegendStop {
	/** Value at this stop. */
	value: number;
	/** Offset along the legend, 0–1. */
	offset: number;
	colour: CellColour;
}

/** Stops for the legend: a gradient for percentages, one swatch per count for mentions. */
export function legendStops(max: number, kind: 'pct' | 'count'): LegendStop[] {
	if (kind === 'pct')
		return [0, 25, 50, 75, 100].map((value) => ({
			value,
			offset: value / 100,
			colour: heatColour(scalePosition(value, 100, 'pct'))
		}));
	const top = Math.max(1, max);
	const step = top <= 8 ? 1 : Math.ceil(top / 8);
	const values: number[] = [];
	for (let v = 1; v < top; v += step) values.push(v);
	values.push(top);
	return values.map((value) => ({
		value,
		offset: top === 1 ? 1 : (value - 1) / (top - 1),
		colour: heatColour(scalePosition(value, top, 'count'))
	}));
}
