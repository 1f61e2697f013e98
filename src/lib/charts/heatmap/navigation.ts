/**
 * Keyboard movement in the heatmap (a roving tabindex: one cell is in the tab order, arrow keys
 * move it), following the keys of the ARIA grid pattern. Pure: a position and a key in, the next
 * position out, or null when the key is not one the grid handles.
 */
export interface GridPosition {
	r: number;
	c: number;
}

export interface GridKey {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
}

/** Rows moved by Page Up / Page Down. */
export const PAGE_ROWS = 5;

export function moveInGrid(
	at: GridPosition,
	event: GridKey,
	rows: number,
	cols: number
): GridPosition | null {
	if (rows <= 0 || cols <= 0) return null;
	const whole = event.ctrlKey || event.metaKey;
	const clampR = (r: number) => Math.min(rows - 1, Math.max(0, r));
	const clampC = (c: number) => Math.min(cols - 1, Math.max(0, c));
	switch (event.key) {
		case 'ArrowRight':
			return { r: at.r, c: clampC(at.c + 1) };
		case 'ArrowLeft':
			return { r: at.r, c: clampC(at.c - 1) };
		case 'ArrowDown':
			return { r: clampR(at.r + 1), c: at.c };
		case 'ArrowUp':
			return { r: clampR(at.r - 1), c: at.c };
		case 'Home':
			return whole ? { r: 0, c: 0 } : { r: at.r, c: 0 };
		case 'End':
			return whole ? { r: rows - 1, c: cols - 1 } : { r: at.r, c: cols - 1 };
		case 'PageDown':
			return { r: clampR(at.r + PAGE_ROWS), c: at.c };
		case 'PageUp':
			return { r: clampR(at.r - PAGE_ROWS), c: at.c };
		default:
			return null;
	}
}

/** Keep a position inside a grid whose size changed (a filter removed rows, say). */
export function clampPosition(at: GridPosition, rows: number, cols: number): GridPosition {
	return {
		r: Math.min(Math.max(0, rows - 1), Math.max(0, at.r)),
		c: Math.min(Math.max(0, cols - 1), Math.max(0, at.c))
	};
}
