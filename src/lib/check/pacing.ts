/**
 * How much of a long result the page draws per frame. A frame that took long (the last batch's
 * elements were slow to create and lay out) shrinks the next batch; a quick one grows it, so a
 * result draws in as few frames as it can without any frame going over about 50 ms.
 */

export interface Batch {
	/** Blocks of the highlighted text (see highlight.ts). */
	blocks: number;
	/** Figure cards. */
	figures: number;
	/** Wording cards. */
	groups: number;
}

/** What the first frame after a check draws. */
export const FIRST_BATCH: Batch = { blocks: 2, figures: 5, groups: 4 };
/** A batch at scale 1. */
const BASE: Batch = { blocks: 2, figures: 5, groups: 4 };
/** The frame time aimed at (ms): room under 50 ms for the browser's own work. */
const TARGET_MS = 28;
const MIN_SCALE = 0.2;
const MAX_SCALE = 6;

/** The next scale, from the current one and how long the last frame took (ms). */
export function nextScale(scale: number, frameMs: number): number {
	if (frameMs > TARGET_MS) return Math.max(MIN_SCALE, (scale * TARGET_MS) / frameMs / 1.2);
	if (frameMs < TARGET_MS / 2) return Math.min(MAX_SCALE, scale * 1.5);
	return scale;
}

/** The batch at a scale: at least one of each. */
export function batchAt(scale: number): Batch {
	const n = (x: number) => Math.max(1, Math.round(x * scale));
	return { blocks: n(BASE.blocks), figures: n(BASE.figures), groups: n(BASE.groups) };
}
