/**
 * The heatmap's keyboard and pointer handling: which cell is in the tab order (roving tabindex),
 * which cell's card is shown, and the listeners that keep them. One set of listeners on the grid
 * rather than five on each of up to 882 cells; the moves themselves are navigation.ts's. The
 * cells are drawn as one markup string (cellsMarkup.ts), so the tab order is written on their
 * links here, once the page runs: before that (or without JavaScript) every cell is a plain link
 * that Tab reaches. A redraw writes one cell's tabindex, not every cell's.
 */
import { tick, untrack } from 'svelte';
import type { HeatCell, HeatmapModel } from './model';
import { clampPosition, moveInGrid, type GridPosition } from './navigation';

export function gridFocus(
	model: () => HeatmapModel,
	container: () => HTMLElement | undefined,
	/** What the cells are drawn from: when it changes, the cells' links are new ones. */
	drawnFrom: () => unknown
) {
	let active = $state<GridPosition>({ r: 0, c: 0 });
	let shown = $state<HeatCell | null>(null);
	const current = $derived(clampPosition(active, model().rows.length, model().cols.length));
	const cellAt = (root: HTMLElement | undefined, { r, c }: GridPosition) =>
		root?.querySelector<HTMLElement>(`[data-cell="${r}-${c}"]`) ?? null;

	// Only the current cell is in the tab order: Tab enters the grid there, arrows move it. Cells
	// drawn in the browser come out of the tab order (cellsMarkup's `roving`); the prerendered ones
	// the page adopted are plain links, taken out once here. Redrawn cells are new links: focus, if
	// a cell held it, goes to the current cell (read before the redraw, restored after it).
	let hadFocus = false;
	$effect.pre(() => {
		drawnFrom();
		hadFocus =
			!!document.activeElement?.closest('[data-cell]') &&
			!!untrack(container)?.contains(document.activeElement);
	});
	$effect(() => {
		drawnFrom();
		const root = container();
		if (!root) return;
		for (const link of root.querySelectorAll('a[data-cell]:not([tabindex])'))
			link.setAttribute('tabindex', '-1');
		for (const link of root.querySelectorAll('a[data-cell][tabindex="0"]'))
			link.setAttribute('tabindex', '-1');
		const cell = cellAt(root, current);
		cell?.setAttribute('tabindex', '0');
		// Once: a later run (an arrow key, a click) moves only the tab stop; focus is the reader's.
		if (hadFocus) cell?.focus();
		hadFocus = false;
	});

	function cellOf(event: Event): HeatCell | null {
		const el = (event.target as Element | null)?.closest?.('[data-cell]');
		const [r, c] = (el?.getAttribute('data-cell') ?? '').split('-').map(Number);
		return el ? (model().cells[r]?.[c] ?? null) : null;
	}

	return {
		/** The cell in the tab order. */
		get current() {
			return current;
		},
		/** The cell whose card is shown, if any. */
		get shown() {
			return shown;
		},
		async onkeydown(event: KeyboardEvent) {
			if (!cellOf(event)) return;
			const next = moveInGrid(current, event, model().rows.length, model().cols.length);
			if (!next) return;
			event.preventDefault();
			active = next;
			await tick();
			cellAt(container(), next)?.focus();
		},
		onfocusin(event: FocusEvent) {
			const cell = cellOf(event);
			if (!cell) return;
			active = { r: cell.r, c: cell.c };
			shown = cell;
		},
		onmouseover(event: Event) {
			const cell = cellOf(event);
			if (cell !== shown) shown = cell;
		},
		hide() {
			shown = null;
		}
	};
}
