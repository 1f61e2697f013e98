/**
 * A long paste is held by the page, not by the text box. A browser's <textarea> lays out all its
 * text in the task that takes the paste: 200,000 characters took 700–900 ms on a CPU four times
 * slower, one line of 20,000 characters over 300 ms, 10,000 characters of prose none over 50 ms.
 * So a paste longer than LONG_TEXT goes to a read-only view that lays out its text in blocks, a
 * few per frame, and only the blocks on screen (see LongText.svelte); the reader can still put it
 * in the text box on request.
 */

/** Longest paste the text box takes itself (characters); a longer one is held by the page. */
export const LONG_TEXT = 10_000;

/** Characters per block of the long-text view, cut at a line break or a space when there is one. */
export const VIEW_BLOCK_CHARS = 1000;

/** A paste or drop of `incoming` goes to the long-text view rather than into the box. */
export const isLongPaste = (incoming: string): boolean => incoming.length > LONG_TEXT;

/**
 * The box's text after a paste of `incoming` replacing the selection from `start` to `end`, as the
 * browser would have made it: what the reader typed around the paste is kept.
 */
export function pasteInto(value: string, start: number, end: number, incoming: string): string {
	const from = Math.max(0, Math.min(start, end, value.length));
	const to = Math.min(value.length, Math.max(start, end, from));
	return value.slice(0, from) + incoming + value.slice(to);
}

/**
 * The text cut into blocks of at most `size` characters, each ending just after the last line
 * break it can hold, else after its last space, else at `size`: joined, the blocks are the text.
 * A block is laid out (and skipped off screen) as a whole, so none may be long.
 */
export function viewBlocks(text: string, size = VIEW_BLOCK_CHARS): string[] {
	const out: string[] = [];
	let at = 0;
	while (text.length - at > size) {
		const window = text.slice(at, at + size);
		let cut = window.lastIndexOf('\n');
		if (cut < 0) cut = window.lastIndexOf(' ');
		const length = cut < 0 ? size : cut + 1;
		out.push(text.slice(at, at + length));
		at += length;
	}
	if (at < text.length) out.push(text.slice(at));
	return out;
}
