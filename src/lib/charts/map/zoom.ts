/**
 * Zooming the world map: the part of it shown, as a viewBox. On a phone the map is about 343 px
 * wide and many review countries are a few pixels across; a region preset or the +/− buttons
 * enlarge a part of the map (marks, strokes and markers keep their screen size where they must:
 * see WorldMap's non-scaling strokes). Pure, so the presets are unit-tested.
 */
import type { Region } from '$lib/data/schema';

export interface ViewBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Region presets, by the review's regions (UNICEF's classification). */
export const ZOOM_PRESETS = ['europe', 'africa', 'asia', 'americas'] as const;
export type ZoomPreset = (typeof ZOOM_PRESETS)[number];

export const PRESET_REGIONS: Record<ZoomPreset, readonly Region[]> = {
	europe: ['ECA', 'WE'],
	africa: ['ESA', 'WCA', 'MENA'],
	asia: ['EAP', 'SA'],
	americas: ['LAC', 'NA']
};

/** How far the map may zoom in (times the whole map). */
export const MAX_ZOOM = 12;
/** One press of + or −. */
export const ZOOM_STEP = 1.6;

export function fullBox(width: number, height: number): ViewBox {
	return { x: 0, y: 0, width, height };
}

/** Keep a box inside the whole map, no wider than it and no narrower than MAX_ZOOM allows. */
export function clampBox(box: ViewBox, full: ViewBox): ViewBox {
	const width = Math.min(full.width, Math.max(full.width / MAX_ZOOM, box.width));
	const height = (width * full.height) / full.width;
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const x = Math.min(full.x + full.width - width, Math.max(full.x, cx - width / 2));
	const y = Math.min(full.y + full.height - height, Math.max(full.y, cy - height / 2));
	return { x, y, width, height };
}

/**
 * The box around a set of points (country centres), with a margin, widened to the map's shape so
 * nothing is stretched. No points: the whole map.
 */
export function boxAround(points: { x: number; y: number }[], full: ViewBox, margin = 40): ViewBox {
	if (!points.length) return full;
	const xs = points.map((p) => p.x);
	const ys = points.map((p) => p.y);
	let x0 = Math.min(...xs) - margin;
	let x1 = Math.max(...xs) + margin;
	let y0 = Math.min(...ys) - margin;
	let y1 = Math.max(...ys) + margin;
	const aspect = full.width / full.height;
	if ((x1 - x0) / (y1 - y0) < aspect) {
		const grow = (y1 - y0) * aspect - (x1 - x0);
		x0 -= grow / 2;
		x1 += grow / 2;
	} else {
		const grow = (x1 - x0) / aspect - (y1 - y0);
		y0 -= grow / 2;
		y1 += grow / 2;
	}
	return clampBox({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, full);
}

/** Zoom in (factor > 1) or out (factor < 1) about the box's centre. */
export function zoomBy(box: ViewBox, factor: number, full: ViewBox): ViewBox {
	const width = box.width / factor;
	const height = box.height / factor;
	return clampBox(
		{
			x: box.x + (box.width - width) / 2,
			y: box.y + (box.height - height) / 2,
			width,
			height
		},
		full
	);
}

/** Move the box by a distance in map units (a drag), staying inside the map. */
export function panBy(box: ViewBox, dx: number, dy: number, full: ViewBox): ViewBox {
	return clampBox({ ...box, x: box.x + dx, y: box.y + dy }, full);
}

/** How many times the whole map the box is enlarged (1 = the whole map). */
export function zoomLevel(box: ViewBox, full: ViewBox): number {
	return full.width / box.width;
}

export const viewBoxText = (b: ViewBox) =>
	`${+b.x.toFixed(2)} ${+b.y.toFixed(2)} ${+b.width.toFixed(2)} ${+b.height.toFixed(2)}`;

/** One arrow-key press moves the view by this share of its width or height. */
export const PAN_STEP = 0.2;

/** The box after an arrow key (null for any other key): the view moves the arrow's way. */
export function panByKey(key: string, box: ViewBox, full: ViewBox): ViewBox | null {
	const dx = { ArrowLeft: -1, ArrowRight: 1 }[key] ?? 0;
	const dy = { ArrowUp: -1, ArrowDown: 1 }[key] ?? 0;
	if (!dx && !dy) return null;
	return panBy(box, dx * box.width * PAN_STEP, dy * box.height * PAN_STEP, full);
}

/**
 * What an export of a zoomed map says about the part shown: the region chosen, or the review
 * country nearest the centre of the view; null for the whole map.
 */
export function zoomedTo(
	box: ViewBox,
	full: ViewBox,
	region: string | null,
	countries: { name: string; x: number; y: number }[]
): { times: string; where: string } | null {
	const level = zoomLevel(box, full);
	if (level <= 1.01) return null;
	const times = level < 10 ? level.toFixed(1).replace(/\.0$/, '') : String(Math.round(level));
	if (region) return { times, where: region };
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const nearest = [...countries].sort(
		(a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy)
	)[0];
	return nearest ? { times, where: nearest.name } : null;
}
