/**
 * How much of a long result the page draws per frame. Each step adds one item (a text block, a
 * figure card or a wording card, taking turns) and is rendered at once; a frame takes steps until
 * a few milliseconds are used. So no frame runs long however slow the machine or however costly
 * one card, and a quick machine still draws many per frame.
 */

export interface Batch {
	/** Blocks of the highlighted text (see highlight.ts). */
	blocks: number;
	/** Figure cards. */
	figures: number;
	/** Wording cards. */
	groups: number;
}

/**
 * What the task that receives the result draws: only the results' frame (headings, key,
 * summary). Its layout is the next frame's work; the text and the cards follow, a few per frame.
 */
export const FIRST_BATCH: Batch = { blocks: 0, figures: 0, groups: 0 };

const KINDS = ['blocks', 'figures', 'groups'] as const;

/**
 * Script time a frame may spend drawing (ms). The browser then lays out and paints what was
 * added, which takes about as long again, and one step may overrun the budget (a figure card on
 * a slow phone): all together a frame stays near 50 ms even on a CPU four times slower.
 */
export const FRAME_BUDGET_MS = 8;

/** One item more, of the kind least drawn so far; null when everything is drawn. */
export function nextStep(drawn: Batch, all: Batch): Batch | null {
	let pick: (typeof KINDS)[number] | null = null;
	for (const k of KINDS)
		if (drawn[k] < all[k] && (pick === null || drawn[k] < drawn[pick])) pick = k;
	return pick === null ? null : { ...drawn, [pick]: drawn[pick] + 1 };
}

/**
 * Draw steps until the frame's budget is used: `apply` renders a step (synchronously), `now`
 * reads the clock. Returns the last state drawn and whether anything is left.
 */
export function drawFrame(
	drawn: Batch,
	all: Batch,
	apply: (b: Batch) => void,
	now: () => number,
	budget = FRAME_BUDGET_MS
): { drawn: Batch; more: boolean } {
	const start = now();
	let at = drawn;
	for (;;) {
		const next = nextStep(at, all);
		if (next === null) return { drawn: at, more: false };
		apply(next);
		at = next;
		if (now() - start >= budget) return { drawn: at, more: nextStep(at, all) !== null };
	}
}
