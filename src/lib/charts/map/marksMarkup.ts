/**
 * The map's country marks as one SVG string. Why: as Svelte markup every mark's link, shape and
 * marker, with five listeners each, are effects that hydration walks one by one; inserted with
 * `{@html}`, the prerendered marks are adopted as they are, and the map listens once, on the
 * whole drawing (WorldMap). Every value is escaped (escapeHtml, the tables' helper).
 */
import { escapeHtml } from '$lib/components/tableHtml';
import type { MapMark } from './layout';

/** Each mark: a link to the country holding its shape (from the base map) and its marker. */
export function countryMarksMarkup(
	marks: MapMark[],
	markerRadius: number,
	href: (iso3: string) => string
): string {
	let out = '';
	for (const m of marks) {
		const fill = escapeHtml(m.fill);
		out +=
			`<a href="${escapeHtml(href(m.row.iso3))}" aria-label="${escapeHtml(m.label)}"` +
			` data-iso3="${escapeHtml(m.row.iso3)}" data-fill="${fill}" data-value="${escapeHtml(m.value)}"` +
			` data-mentions="${escapeHtml(String(m.row.mentions))}">`;
		if (m.shapeId) out += `<use href="#${escapeHtml(m.shapeId)}" fill="${fill}"></use>`;
		if (m.place.marker)
			out += `<circle class="marker" cx="${m.place.x}" cy="${m.place.y}" r="${markerRadius}" fill="${fill}"></circle>`;
		out += '</a>';
	}
	return out;
}
