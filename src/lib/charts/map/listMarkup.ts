/**
 * The map's country list, its body rows as one HTML string. Why: as Svelte markup every row's
 * swatch, link and cells are effects that hydration walks one by one; inserted with `{@html}`,
 * the prerendered rows are adopted as they are, and a new order or colouring redraws them in one
 * go. Every value is escaped (escapeHtml, the tables' helper).
 */
import { escapeHtml } from '$lib/components/tableHtml';
import { attributeLabel, type MapColouring } from './palette';
import type { MapColour, MapCountryRow } from './types';

/** One row per country: its swatch and linked name, the attribute when shown, its mentions. */
export function countryRowsMarkup(
	rows: MapCountryRow[],
	colour: MapColour,
	colouring: MapColouring,
	href: (iso3: string) => string
): string {
	const showAttribute = colour !== 'mentions';
	let out = '';
	for (const row of rows) {
		out +=
			`<tr data-iso3="${escapeHtml(row.iso3)}"><th scope="row">` +
			`<svg width="12" height="12" aria-hidden="true"><rect x="0.5" y="0.5" width="11" height="11" fill="${escapeHtml(colouring.fillOf(row))}"></rect></svg>` +
			`<a href="${escapeHtml(href(row.iso3))}">${escapeHtml(row.name)}</a></th>` +
			(showAttribute ? `<td class="attr">${escapeHtml(attributeLabel(row, colour))}</td>` : '') +
			`<td class="num">${escapeHtml(String(row.mentions))}</td></tr>`;
	}
	return out;
}
