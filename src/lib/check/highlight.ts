/**
 * The checked text cut into plain runs and highlighted runs, for the inline view. Rendering these
 * as text nodes (never as HTML) keeps whatever was pasted inert. Where a figure and a term
 * overlap, the earlier (then the longer) one is highlighted; both stay in the result lists.
 */
import type { Listed } from './parts';
import type { CheckResult, Verdict } from './types';

export type Mark =
	| { kind: 'figure'; id: number; verdict: Verdict }
	| { kind: 'term'; id: number; slug: string; status: 'avoid' | 'use with care'; quoted: boolean };

export interface Segment {
	text: string;
	mark: Mark | null;
}

export function segments(text: string, result: Pick<CheckResult, 'figures' | 'terms'>): Segment[] {
	const spans: { start: number; end: number; mark: Mark }[] = [
		...result.figures.map((f) => ({
			start: f.claim.start,
			end: f.claim.end,
			mark: { kind: 'figure', id: f.id, verdict: f.verdict } as Mark
		})),
		...result.terms.map((t) => ({
			start: t.start,
			end: t.end,
			mark: { kind: 'term', id: t.id, slug: t.slug, status: t.status, quoted: t.quoted } as Mark
		}))
	].sort((a, b) => a.start - b.start || b.end - a.end);

	const out: Segment[] = [];
	let at = 0;
	for (const s of spans) {
		if (s.start < at) continue; // overlaps the previous highlight
		if (s.start > at) out.push({ text: text.slice(at, s.start), mark: null });
		out.push({ text: text.slice(s.start, s.end), mark: s.mark });
		at = s.end;
	}
	if (at < text.length) out.push({ text: text.slice(at), mark: null });
	return out;
}

/**
 * Characters per block of the inline view, so the browser can skip laying out what is off screen.
 * A block is drawn, laid out and painted in one frame: blocks of 2,000 characters made frames of
 * 40–75 ms on a CPU four times slower.
 */
export const BLOCK_CHARS = 1000;

/**
 * Highlights per block: a block is drawn in one frame, and each highlight is several elements, so
 * a text dense with claims needs smaller blocks than its length alone would give. (Fewer would
 * cut an ordinary article's paragraphs in the middle, where a cut shows as a line break.)
 */
export const BLOCK_MARKS = 40;

/**
 * Segments grouped into blocks of about BLOCK_CHARS characters or BLOCK_MARKS highlights, cut
 * just after a line break (or, when a text has none for far too long or is dense with highlights,
 * after a sentence end or a space) and never inside a highlight. Each block is drawn as its own
 * box with `content-visibility: auto`, which keeps a long result quick to show.
 */
export function blocks(segs: Segment[], size = BLOCK_CHARS, maxMarks = BLOCK_MARKS): Segment[][] {
	const out: Segment[][] = [];
	let current: Segment[] = [];
	let length = 0;
	let marks = 0;
	const close = () => {
		if (current.length) out.push(current);
		current = [];
		length = 0;
		marks = 0;
	};
	for (const s of segs) {
		if (s.mark !== null) {
			current.push(s);
			length += s.text.length;
			marks++;
			continue;
		}
		if (length + s.text.length < size && marks < maxMarks) {
			current.push(s);
			length += s.text.length;
			continue;
		}
		// A plain run where the block is full: cut it after a line break. Without one, keep going
		// (a cut mid-paragraph shows as a line break) unless the block grows far too long or holds
		// too many highlights; then cut after a sentence end, or a space.
		let rest = s.text;
		while (length + rest.length >= size || marks >= maxMarks) {
			const want = Math.max(0, Math.min(rest.length, size - length));
			let cut = rest.indexOf('\n', want);
			if (cut < 0 && marks >= maxMarks) cut = rest.indexOf('\n');
			const crowded = marks >= maxMarks || length + rest.length >= size * 4;
			if (cut < 0 && crowded) {
				const stop = rest.search(/[.!?]\s/);
				cut = stop >= 0 ? stop + 1 : rest.indexOf(' ', marks >= maxMarks ? 0 : want);
			}
			if (cut < 0) break;
			current.push({ text: rest.slice(0, cut + 1), mark: null });
			close();
			rest = rest.slice(cut + 1);
		}
		if (rest) {
			current.push({ text: rest, mark: null });
			length += rest.length;
		}
	}
	close();
	return out;
}

/**
 * Characters from each block to the end of the text (one more entry than blocks, the last 0), so
 * "n characters not drawn yet" is one lookup however far drawing has got.
 */
export function charsFrom(all: Segment[][]): number[] {
	const from = new Array<number>(all.length + 1).fill(0);
	for (let i = all.length - 1; i >= 0; i--) {
		let n = 0;
		for (const s of all[i]) n += s.text.length;
		from[i] = from[i + 1] + n;
	}
	return from;
}

/** The block that holds a highlight (`claim-<id>` is a figure, `hit-<id>` a term); -1 if none. */
export function blockOfMark(all: Listed<Segment[]>, kind: Mark['kind'], id: number): number {
	for (let i = 0; i < all.length; i++)
		if (all.at(i)?.some((s) => s.mark?.kind === kind && s.mark.id === id)) return i;
	return -1;
}
