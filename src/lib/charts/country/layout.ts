/**
 * Layout of a country's example counts: one bar per capability (under domain headings) or per
 * domain. Pure, so it is unit-tested and identical in the prerender and the browser.
 */
import { scaleLinear } from 'd3-scale';
import { BAR_CHART_FONT, barFrame, barRows, closeUp, type BarRows } from '../kit/barFrame';
import { capabilityLabel } from '../kit/capabilityName';

/** Size of the labels (the chart's svg font). */
const LABEL_FONT = BAR_CHART_FONT;
/** On screen: rows beside or under their labels, and the domain headings. */
const SCREEN_ROWS = { beside: 24, stacked: 40, barGap: 10, heading: 32 };

export interface CountryMentionCount {
	/** Null when counting per domain. */
	capability_id: number | null;
	short_name: string;
	name: string;
	domain_id: number;
	domain_name: string;
	mentions: number;
	/** Where each counted mention is printed (" ; "-separated), null when there is none. */
	source_ref: string | null;
}

export interface CountryBar {
	row: CountryMentionCount;
	y: number;
	width: number;
}

export interface CountryHeading {
	domain_id: number;
	name: string;
	y: number;
}

/** Label size is LABEL_FONT on screen, smaller in a short export band. */
export interface CountryBarsLayout extends BarRows {
	height: number;
	bars: CountryBar[];
	headings: CountryHeading[];
}

/** A bar's label: the capability's short name, or the domain's number and name. */
export function countryBarLabel(r: CountryMentionCount): string {
	return r.capability_id === null
		? `${r.domain_id}. ${r.name}`
		: capabilityLabel({ capability_id: r.capability_id, short_name: r.short_name });
}

/**
 * Bars for the rows in their given order; headings when rows are capabilities. `fitHeight` is an
 * export band's height: a taller chart closes up to fit it (kit/barFrame's compact rule).
 */
export function countryBarsLayout(
	rows: CountryMentionCount[],
	width: number,
	fitHeight = Infinity
): CountryBarsLayout {
	const screen = layoutAt(rows, width, LABEL_FONT, false);
	return closeUp(screen, fitHeight - 4, rows.length, false, (font) =>
		layoutAt(rows, width, font, true)
	);
}

function layoutAt(
	rows: CountryMentionCount[],
	width: number,
	font: number,
	compact: boolean
): CountryBarsLayout {
	const valueRoom = 40;
	const labels = rows.map(countryBarLabel);
	const frame = barFrame(width, labels, font, valueRoom);
	const rowSizes = barRows(frame, width, font, compact, SCREEN_ROWS);
	const { rowHeight, headingHeight } = rowSizes;
	const grouped = rows.some((r) => r.capability_id !== null);
	const max = Math.max(1, ...rows.map((r) => r.mentions));
	const x = scaleLinear().domain([0, max]).range([0, frame.barMax]);

	const bars: CountryBar[] = [];
	const headings: CountryHeading[] = [];
	let y = 0;
	let domain: number | null = null;
	for (const row of rows) {
		if (grouped && row.domain_id !== domain) {
			domain = row.domain_id;
			headings.push({
				domain_id: row.domain_id,
				name: row.domain_name,
				y: y + (headingHeight * 22) / 32
			});
			y += headingHeight;
		}
		bars.push({ row, y, width: x(row.mentions) });
		y += rowHeight;
	}
	return { ...rowSizes, height: y + 4, bars, headings };
}
