/**
 * The heatmap's keyboard and pointer handling: which cell is in the tab order (roving tabindex),
 * which cell's card is shown, and the listeners that keep them. One set of listeners on the grid
 * rather than five on each of up to 882 cells; the moves themselves are navigation.ts's.
 */
import { tick } from 'svelte';
import type { HeatCell, HeatmapModel } from './model';
import { clampPosition, moveInGrid, type GridPosition } from './navigation';

export function gridFocus(model: () => HeatmapModel, container: () => HTMLElement | undefined) {
	let active = $state<GridPosition>({ r: 0, c: 0 });
	let shown = $state<HeatCell | null>(null);
	const current = $derived(clampPosition(active, model().rows.length, model().cols.length));

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
			container()?.querySelector<HTMLElement>(`[data-cell="${next.r}-${next.c}"]`)?.focus();
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
