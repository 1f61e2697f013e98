/**
 * The overview's bars as one SVG string. Why: drawn as Svelte markup, each of the 21 bars' link,
 * rects and texts are effects that hydration walks one attribute at a time (the largest part of
 * the overview's hydration task, longer still in French); inserted with `{@html}`, the
 * prerendered bars are adopted as they are. Nothing in a bar changes after it is drawn: a new
 * order, filter or width draws them all again. The card a hovered or focused bar shows is the
 * chart's, listening on the drawing (CoverageChart). Every text and attribute value is escaped.
 */
import { escapeHtml, htmlAttr as attr } from '$lib/components/tableHtml';
import { capabilityLabel } from '../kit/capabilityName';
import type { CoverageBar, CoverageLayout } from './layout';

/** What a screen reader says for a bar: its name, figure and caveats. */
export const barAriaLabel = (b: CoverageBar): string =>
	[b.row.name, b.value, b.caveatText].filter(Boolean).join('; ');

function barMarkup(layout: CoverageLayout, b: CoverageBar, href: string): string {
	const { stacked } = layout;
	const labelY = stacked
		? b.y + layout.lines.label
		: b.y + layout.rowHeight / 2 + Math.round(layout.font * 0.3);
	const barY = stacked ? b.y + layout.lines.bar : b.y + layout.barInset;
	const barH = stacked ? layout.lines.barHeight : layout.barHeight;
	const barX = b.x + layout.barX;
	const noFigure = b.row.pct === null;
	let out =
		`<a${attr('href', href)}${attr('aria-label', barAriaLabel(b))}` +
		`${attr('data-capability', b.row.capability_id)}${attr('data-value', b.row.pct ?? '')}>` +
		`<rect class="hit"${attr('x', b.x)}${attr('y', b.y)}${attr('width', layout.columnWidth)}${attr('height', b.height)}></rect>` +
		`<text class="label"${attr('x', stacked ? b.x : layout.barX - 8)}${attr('y', labelY)}` +
		`${attr('text-anchor', stacked ? 'start' : 'end')}>${escapeHtml(capabilityLabel(b.row))}</text>`;
	if (stacked && b.caveats.length && !b.mark)
		out += `<text class="caveat-text" x="0"${attr('y', barY + barH + 13)}>(${escapeHtml(b.caveatText)})</text>`;
	out += `<rect class="track"${attr('x', barX)}${attr('y', barY)}${attr('width', layout.barMax)}${attr('height', barH)}></rect>`;
	if (!noFigure)
		out +=
			`<rect class="bar${b.caveats.length ? ' caveat' : ''}"${attr('x', barX)}${attr('y', barY)}` +
			`${attr('width', b.width)}${attr('height', barH)}></rect>`;
	const after =
		!stacked && b.caveats.length
			? `<tspan class="caveat-text">\u00a0(${escapeHtml(b.caveatText)})</tspan>`
			: b.mark
				? `<tspan class="caveat-text">\u00a0${escapeHtml(b.mark)}</tspan>`
				: '';
	out +=
		`<text class="value${noFigure ? ' muted' : ''}"${attr('x', barX + (noFigure ? 4 : b.width + 6))}` +
		`${attr('y', barY + barH / 2 + Math.round(layout.font * 0.3))}>${escapeHtml(b.value)}${after}</text>`;
	return out + '</a>';
}

/** Every bar, in the layout's order: a link to its capability holding its rects and words. */
export function coverageBarsMarkup(
	layout: CoverageLayout,
	href: (capabilityId: number) => string
): string {
	let out = '';
	for (const b of layout.bars) out += barMarkup(layout, b, href(b.row.capability_id));
	return out;
}
