/**
 * A Svelte action that fills a list with cards given as markup (cardMarkup.ts): the cards not on
 * the page yet are added in one insertion, those already drawn are left alone (a card never
 * changes once drawn), and a new result starts the list again.
 */
export interface CardList {
	/** What the cards are drawn from; a different value (a new check) redraws the list. */
	source: unknown;
	/** How many cards the list shows now. */
	count: number;
	/** The markup of card `i`. */
	card: (i: number) => string;
}

export function drawCards(el: HTMLElement, params: CardList): { update: (p: CardList) => void } {
	let source: unknown = undefined;
	let drawn = 0;
	const draw = (p: CardList) => {
		if (p.source !== source) {
			el.replaceChildren();
			source = p.source;
			drawn = 0;
		}
		for (; drawn > p.count; drawn--) el.lastElementChild?.remove();
		if (p.count <= drawn) return;
		let html = '';
		for (let i = drawn; i < p.count; i++) html += p.card(i);
		el.insertAdjacentHTML('beforeend', html);
		drawn = p.count;
	};
	draw(params);
	return { update: draw };
}
