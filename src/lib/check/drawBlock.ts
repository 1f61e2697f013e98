/**
 * Draws one block of the highlighted text (see highlight.ts) as DOM nodes. A pasted text dense with
 * claims has tens of thousands of highlights; as Svelte markup each one costs a branch, an if-block
 * and a text effect, and a frame of them took over 100 ms. Built here, a block is one pass of
 * createElement and text nodes (never HTML, so whatever was pasted stays inert), and Svelte
 * keeps one item per block.
 */
import type { Mark, Segment } from './highlight';

type FigureMark = Extract<Mark, { kind: 'figure' }>;
type TermMark = Extract<Mark, { kind: 'term' }>;

/** The words a highlight adds for screen readers and beside it as a symbol. */
export interface MarkWords {
	/** Screen-reader text after a figure: its number and verdict. */
	figure: (mark: FigureMark) => string;
	/** Screen-reader text after a term: its status. */
	term: (mark: TermMark) => string;
	/** The symbol shown after a figure. */
	figureSymbol: (mark: FigureMark) => string;
	/** The symbol shown after a term. */
	termSymbol: (mark: TermMark) => string;
}

/** How a term highlight's status reads on the page ("quoted" wins over the term's status). */
export function termState(mark: TermMark): 'quoted' | 'avoid' | 'care' {
	if (mark.quoted) return 'quoted';
	return mark.status === 'avoid' ? 'avoid' : 'care';
}

function markNode(
	doc: Document,
	text: string,
	id: string,
	href: string,
	hidden: string,
	symbol: string
): HTMLElement {
	const mark = doc.createElement('mark');
	mark.id = id;
	const a = doc.createElement('a');
	a.href = href;
	a.append(text);
	const sr = doc.createElement('span');
	sr.className = 'visually-hidden';
	sr.textContent = hidden;
	a.append(sr);
	const sym = doc.createElement('span');
	sym.className = 'sym';
	sym.setAttribute('aria-hidden', 'true');
	sym.textContent = symbol;
	mark.append(a, sym);
	return mark;
}

/** The block's nodes, in a fragment ready to insert. */
export function blockFragment(
	doc: Document,
	segments: Segment[],
	words: MarkWords
): DocumentFragment {
	const out = doc.createDocumentFragment();
	for (const s of segments) {
		const m = s.mark;
		if (m === null) {
			out.append(s.text);
		} else if (m.kind === 'figure') {
			const node = markNode(
				doc,
				s.text,
				`claim-${m.id}`,
				`#figure-${m.id}`,
				words.figure(m),
				words.figureSymbol(m)
			);
			node.className = `figure v-${m.verdict}`;
			node.dataset.verdict = m.verdict;
			out.append(node);
		} else {
			const state = termState(m);
			const node = markNode(
				doc,
				s.text,
				`hit-${m.id}`,
				`#wording-${m.slug}`,
				words.term(m),
				words.termSymbol(m)
			);
			node.className = `term ${state}`;
			node.dataset.termStatus = state === 'care' ? 'use with care' : state;
			out.append(node);
		}
	}
	return out;
}

/**
 * A Svelte action: fill the element with the block, and redraw it if the block changes (blocks
 * are immutable results, so a new array means a new check).
 */
export function drawBlock(
	el: HTMLElement,
	params: { segments: Segment[]; words: MarkWords }
): { update: (p: { segments: Segment[]; words: MarkWords }) => void } {
	let drawn: Segment[] | null = null;
	const draw = (p: { segments: Segment[]; words: MarkWords }) => {
		if (p.segments === drawn) return;
		drawn = p.segments;
		el.replaceChildren(blockFragment(el.ownerDocument, p.segments, p.words));
	};
	draw(params);
	return { update: draw };
}
