/**
 * The heatmap's row heads, column side and export key as SVG strings, for the reason the cells are
 * (cellsMarkup.ts): drawn as Svelte markup, every head's text and lines are effects that hydration
 * walks one attribute at a time, and after the cells they were the heaviest part of the
 * /capabilities chart's hydration; inserted with `{@html}`, the prerendered heads are adopted as
 * they are. Nothing in them changes until the layout does, which writes them afresh. Every text
 * and attribute value is escaped (escapeHtml, the tables' helper). The components that insert them
 * style them (HeatRowHeads, HeatColumnHeads, HeatExportKey).
 */
import { escapeHtml, htmlAttr as attr } from '$lib/components/tableHtml';
import type { HeatmapModel } from './model';
import type { HeatLayout } from './layout';
import { KEY_FONT, KEY_SWATCH, keyTextAt, type HeatLegendLayout } from './legendLayout';

/** Lines of one head, each a tspan back at `x`, `lineHeight` below the one before. */
function tspans(lines: string[], x: number, lineHeight: number): string {
	let out = '';
	lines.forEach((line, i) => {
		out += `<tspan${attr('x', x)}${attr('dy', i === 0 ? 0 : lineHeight)}>${escapeHtml(line)}</tspan>`;
	});
	return out;
}

/**
 * A text per row, right-aligned against the cells and centred on the row; three lines or more are
 * set tighter. On the compact countries grid, whose heads are short, each carries the full name.
 * Then the domain headings between rows (aggregate breakdowns): on the row side, so on a grid that
 * scrolls sideways they ride with the heads over their background instead of under it.
 */
export function rowHeadsMarkup(model: HeatmapModel, layout: HeatLayout): string {
	const x = layout.labelWidth - 8;
	let out = '';
	layout.rows.forEach((row, r) => {
		const tight = row.lines.length > 2;
		const lineHeight = tight ? 12.5 : 15;
		const y = row.y + layout.cellHeight / 2 + 4 - ((row.lines.length - 1) * lineHeight) / 2;
		out += `<text class="row-head${tight ? ' tight' : ''}"${attr('x', x)}${attr('y', y)} text-anchor="end">`;
		if (model.breakdown === 'countries' && layout.compact)
			out += `<title>${escapeHtml(model.rows[r].label)}</title>`;
		out += `${tspans(row.lines, x, lineHeight)}</text>`;
	});
	for (const h of layout.headings)
		out += `<text class="heading" x="0"${attr('y', h.y)}>${escapeHtml(h.label)}</text>`;
	return out;
}

/**
 * The column side: domain bands over the columns with their rules, the column heads (written
 * upwards with the full name as a title on the countries grid), the column numbers under the last
 * row and the total's head.
 */
export function columnHeadsMarkup(
	model: HeatmapModel,
	layout: HeatLayout,
	totalHeader: string
): string {
	let out = '';
	for (const band of layout.bands) {
		const ruleY = (layout.bandY ?? 0) + (band.lines.length - 1) * 12 + 5;
		out +=
			`<text class="band"${attr('x', band.x + 2)}${attr('y', layout.bandY ?? undefined)}>` +
			`${tspans(band.lines, band.x + 2, 12)}</text>` +
			`<line class="band-rule"${attr('x1', band.x)}${attr('x2', band.x + band.width)}` +
			`${attr('y1', ruleY)}${attr('y2', ruleY)}></line>`;
	}
	layout.columns.forEach((col, i) => {
		const middle = col.x + col.width / 2;
		if (layout.rotatedHeads) {
			// Upwards from just above the column, centred on it.
			const cx = middle + 4;
			out +=
				`<text class="col-head rotated"${attr('x', cx)}${attr('y', layout.headerY)}` +
				`${attr('transform', `rotate(-90 ${cx} ${layout.headerY})`)}${attr('data-col-head', col.key)}>` +
				`<title>${escapeHtml(`${col.key}. ${model.cols[i].label}`)}</title>${escapeHtml(col.lines[0] ?? '')}</text>`;
		} else
			out +=
				`<text class="col-head"${attr('x', middle)}${attr('y', layout.headerY)} text-anchor="middle">` +
				`${tspans(col.lines, middle, 15)}</text>`;
		if (layout.footerY !== null)
			out +=
				`<text class="col-head"${attr('x', middle)}${attr('y', layout.footerY)} text-anchor="middle">` +
				`${escapeHtml(col.key)}</text>`;
	});
	if (layout.total)
		out +=
			`<text class="col-head"${attr('x', layout.total.x + layout.total.width - 4)}` +
			`${attr('y', layout.headerY)} text-anchor="end">${escapeHtml(totalHeader)}</text>`;
	return out;
}

/** The key drawn for exports below the grid: its title, then each entry's swatch, mark and words. */
export function exportKeyMarkup(key: HeatLegendLayout): string {
	let out = `<text class="key-title" x="0"${attr('y', key.titleY)}>${escapeHtml(key.title)}</text>`;
	for (const e of key.entries) {
		const at = keyTextAt(e);
		if (e.swatch !== 'none')
			out +=
				`<rect${attr('class', `key-swatch ${e.swatch}`)}${attr('x', e.x + 0.5)}${attr('y', e.y + 0.5)}` +
				`${attr('width', KEY_SWATCH.width - 1)}${attr('height', KEY_SWATCH.height - 1)} rx="2"` +
				`${attr('fill', e.colour?.light)}></rect>`;
		if (e.mark)
			out +=
				`<text class="key-mark"${attr('x', e.x + KEY_SWATCH.width / 2)}${attr('y', at.y)}` +
				` text-anchor="middle"${attr('font-size', KEY_FONT)}>${escapeHtml(e.mark)}</text>`;
		out +=
			`<text class="key-text"${attr('x', at.x)}${attr('y', at.y)}${attr('font-size', KEY_FONT)}>` +
			`${escapeHtml(e.text)}</text>`;
	}
	return out;
}
