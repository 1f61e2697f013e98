/**
 * The heatmap's cells as one SVG string. Why: drawn as Svelte markup, every cell's link, rect and
 * texts are effects that hydration walks one attribute at a time (the heaviest part of the
 * /capabilities hydration task, and 882 cells on the countries breakdown); inserted with
 * `{@html}`, the prerendered cells are adopted as they are. Nothing in a cell changes after it is
 * drawn except its place in the tab order, which gridFocus writes on the current cell's link. Every text and
 * attribute value is escaped (escapeHtml, the tables' helper).
 */
import { escapeHtml, htmlAttr as attr } from '$lib/components/tableHtml';
import type { HeatCell, HeatmapModel } from './model';
import { FONT, type HeatLayout } from './layout';
import { heatColour, scalePosition } from './scale';
import { cellAriaLabel, cellText } from './cellText';

/** The cell's colours as custom properties (light and dark), or none for a stand-in or a zero. */
export function cellColourStyle(cell: HeatCell, max: number): string | undefined {
	if (cell.value === null || (cell.kind === 'mentions' && cell.value === 0)) return undefined;
	const t =
		cell.kind === 'mentions'
			? scalePosition(cell.value, max, 'count')
			: scalePosition(cell.value, 100, 'pct');
	const c = heatColour(t);
	return `--fill-light:${c.light};--fill-dark:${c.dark};--ink-light:${c.inkLight};--ink-dark:${c.inkDark}`;
}

/** How a cell's rect is filled: on the colour scale, a zero, or a stand-in's pattern. */
export function cellClass(cell: HeatCell): string {
	if (cell.kind === 'mentions') return cell.value ? 'scaled' : 'zero';
	return cell.kind === 'figure' ? 'scaled' : cell.kind;
}

function cellMarkup(
	model: HeatmapModel,
	layout: HeatLayout,
	cell: HeatCell,
	href: (cell: HeatCell) => string,
	roving: boolean
): string {
	const row = layout.rows[cell.r];
	const col = layout.columns[cell.c];
	const text = cellText(cell, layout.shortStandIns);
	const kind = cellClass(cell);
	const onScale = kind === 'scaled' ? ' on-scale' : '';
	const cx = col.x + col.width / 2;
	// The colours are set once, on the link: its rect and words inherit the custom properties.
	let out =
		`<a${attr('href', href(cell))}${attr('aria-label', cellAriaLabel(model, cell))}` +
		`${attr('data-cell', `${cell.r}-${cell.c}`)}${attr('data-kind', cell.kind)}` +
		`${attr('data-capability', cell.data.capability_id)}${attr('data-row-key', model.rows[cell.r].key)}` +
		`${attr('data-col-key', model.cols[cell.c].key)}${attr('data-value', cell.value ?? '')}` +
		`${attr('style', cellColourStyle(cell, model.max))}${roving ? ' tabindex="-1"' : ''}>` +
		`<rect class="cell ${kind}"${attr('x', col.x + 1)}${attr('y', row.y + 1)}` +
		`${attr('width', col.width - 2)}${attr('height', layout.cellHeight - 2)} rx="2"></rect>`;
	if (text.main || text.marks) {
		const y =
			row.y +
			(layout.cellDetail && text.sub ? layout.cellHeight / 2 - 2 : layout.cellHeight / 2 + 4);
		const size = text.muted && !layout.shortStandIns ? FONT.small : FONT.cell;
		const marks = text.marks ? `<tspan class="marks">${escapeHtml(text.marks)}</tspan>` : '';
		out +=
			`<text class="value${text.muted ? ' muted' : ''}${onScale}"` +
			`${attr('x', cx)}${attr('y', y)} text-anchor="middle"${attr('font-size', size)}>` +
			`${escapeHtml(text.main)}${marks}</text>`;
	}
	if (layout.cellDetail && text.sub)
		out +=
			`<text class="sub${onScale}"${attr('x', cx)}` +
			`${attr('y', row.y + layout.cellHeight / 2 + 13)} text-anchor="middle">${escapeHtml(text.sub)}</text>`;
	return out + '</a>';
}

/**
 * Every cell, row by row: a link to its capability holding its rect and its words. `roving`: the
 * page runs and keeps the grid's tab order (gridFocus), so every cell is drawn out of it (the
 * current one is put back in); without it (the prerender, no JavaScript) each cell is a plain link
 * Tab reaches.
 */
export function heatCellsMarkup(
	model: HeatmapModel,
	layout: HeatLayout,
	href: (cell: HeatCell) => string,
	roving = false
): string {
	let out = '';
	for (const cellRow of model.cells)
		for (const cell of cellRow) out += cellMarkup(model, layout, cell, href, roving);
	return out;
}
