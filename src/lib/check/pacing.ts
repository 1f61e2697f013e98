/**
 * How much of a long result the page draws per frame. Each frame adds one more of each kind
 * (text block, figure card, wording card) at a time, rendering after each step, until a few
 * milliseconds of the frame are used; so no frame runs long however slow the machine or however
 * costly one card, and a quick machine still draws many per frame.
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
 * What the task that receives the result draws: the results' frame and the start of the text.
 * Cards are the costly part (a figure card is a few dozen elements), so they start at the next
 * frame.
 */
export const FIRST_BATCH: Batch = { blocks: 1, figures: 0, groups: 0 };

/**
 * Script time a frame may spend drawing (ms). The browser then lays out and paints what was
 * added, which takes about as long again; both together stay well under 50 ms.
 */
export const FRAME_BUDGET_MS = 12;

/** One step more of each kind, within what there is to draw; null when everything is drawn. */
export function nextStep(drawn: Batch, all: Batch): Batch | null {
	const more = (k: keyof Batch) => Math.min(all[k], drawn[k] + 1);
	const next = { blocks: more('blocks'), figures: more('figures'), groups: more('groups') };
	const same =
		next.blocks === drawn.blocks && next.figures === drawn.figures && next.groups === drawn.groups;
	return same ? null : next;
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
