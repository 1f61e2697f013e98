/**
 * How much of a long result the page draws per frame. Each step adds one item (a text block, a
 * figure card or a wording card, the kinds taking turns) and is rendered at once; a frame
 * takes steps until a few milliseconds are used, and does not start a step that the last one of
 * its kind says would overrun. So no frame runs long however slow the machine or however costly
 * one card, and a quick machine still draws many per frame.
 */

export interface Batch {
	/** Blocks of the highlighted text (see highlight.ts). */
	blocks: number;
	/** Figure cards (see cardMarkup.ts: a card is one string, drawn in one step). */
	figures: number;
	/** Wording cards. */
	groups: number;
}

export type StepKind = keyof Batch;

/**
 * What the task that receives the result draws: only the results' frame (headings, key,
 * summary). Its layout is the next frame's work; the text and the cards follow, a few per frame.
 */
export const FIRST_BATCH: Batch = { blocks: 0, figures: 0, groups: 0 };

const KINDS: readonly StepKind[] = ['blocks', 'figures', 'groups'];

/**
 * Script time a frame may spend drawing (ms). The browser then restyles, lays out and paints the
 * page, which took 5–8 ms of CPU per frame in a trace of a 100,000-character check: with 4 ms of
 * drawing a frame stays near 12 ms of CPU, so under 50 ms on a CPU four times slower. (8 ms gave
 * frames of 13–18 ms of CPU.)
 */
export const FRAME_BUDGET_MS = 4;

/** The kind the next step adds: the one least drawn so far; null when everything is drawn. */
export function nextKind(drawn: Batch, all: Batch): StepKind | null {
	let pick: StepKind | null = null;
	for (const k of KINDS)
		if (drawn[k] < all[k] && (pick === null || drawn[k] < drawn[pick])) pick = k;
	return pick;
}

/** One item more, of the kind least drawn so far; null when everything is drawn. */
export function nextStep(drawn: Batch, all: Batch): Batch | null {
	const kind = nextKind(drawn, all);
	return kind === null ? null : { ...drawn, [kind]: drawn[kind] + 1 };
}

/** What the last step of each kind cost (ms), kept from frame to frame by the one drawing. */
export type StepCosts = Partial<Record<StepKind, number>>;

/**
 * Draw steps until the frame's budget is used: `apply` renders a step (synchronously), `now`
 * reads the clock. A step whose kind last cost more than the budget has left waits for the next
 * frame, where it is the first step (a frame always takes one, so drawing always advances).
 * `costs` is updated with what each step took. Returns the last state drawn and whether
 * anything is left.
 */
export function drawFrame(
	drawn: Batch,
	all: Batch,
	apply: (b: Batch) => void,
	now: () => number,
	budget = FRAME_BUDGET_MS,
	costs: StepCosts = {}
): { drawn: Batch; more: boolean } {
	const start = now();
	let at = drawn;
	for (let first = true; ; first = false) {
		const kind = nextKind(at, all);
		if (kind === null) return { drawn: at, more: false };
		const before = now();
		if (!first && before - start + (costs[kind] ?? 0) > budget) return { drawn: at, more: true };
		at = { ...at, [kind]: at[kind] + 1 };
		apply(at);
		const after = now();
		costs[kind] = after - before;
		if (after - start >= budget) return { drawn: at, more: nextKind(at, all) !== null };
	}
}

/**
 * Drawn whatever the reader's position: a short result is drawn whole, as before, and a long one
 * starts with as much as a screen or two shows (each text block about half a screen of the box).
 */
export const NEAR_FLOOR: Batch = { blocks: 8, figures: 20, groups: 20 };

/** Which lists may grow now (see nearView.ts): the others wait until the reader comes near. */
export type Open = Record<StepKind, boolean>;

/**
 * What to draw up to: all of an open list, nothing more of a closed one. A list grows only while
 * its end is near what the reader sees, so a result of thousands of highlights puts a few screens
 * of them on the page, not all, and each frame's layout and paint stay small.
 */
export function drawTarget(drawn: Batch, all: Batch, open: Open, floor = NEAR_FLOOR): Batch {
	const to = (k: StepKind) => (open[k] ? all[k] : Math.min(Math.max(drawn[k], floor[k]), all[k]));
	return { blocks: to('blocks'), figures: to('figures'), groups: to('groups') };
}

/** Nothing left to draw towards `target`. */
export const reached = (drawn: Batch, target: Batch): boolean =>
	KINDS.every((k) => drawn[k] >= target[k]);
