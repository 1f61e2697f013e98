/**
 * Layout of the coverage snapshot: one bar per capability, optionally under domain headings.
 * Pure (rows and a width in, positions out) so it is unit-tested and identical in the
 * prerender and the browser. Rows arrive already sorted by the query.
 */
import { scaleLinear } from 'd3';
import { CAVEAT_LABEL, caveatsOf, type Caveat } from '$lib/data/caveats';
import { formatCount, formatShare } from '$lib/format';
import type { Status } from '$lib/data/schema';
import { capabilityLabel } from '../kit/capabilityName';
import { barFrame, percentTicks, type AxisTick } from '../kit/barFrame';

/** Size of the capability labels (the chart's svg font). */
export const LABEL_FONT = 13;

export interface CoverageRow {
	capability_id: number;
	domain_id: number;
	domain_name: string;
	name: string;
	short_name: string;
	indicator_id: string | null;
	label: string | null;
	yes: number | null;
	n: number | null;
	pct: number | null;
	pct_printed: number | null;
	status: Status | null;
	discrepancy: boolean | null;
	source_ref: string | null;
	note: string | null;
	/** Reader reference (readerRef.ts); absent in older fixtures. */
	section?: string | null;
	figure?: string | null;
	search_phrase?: string | null;
	phrase_count?: number | null;
	page?: number | null;
}

export interface CoverageBar {
	row: CoverageRow;
	/** "32 of 42 · 76%", or "not reported". */
	value: string;
	/** "derived, small n" — empty when the figure carries no caveat. */
	caveatText: string;
	/** Row height: stacked rows with caveats get a line of their own for them. */
	height: number;
	y: number;
	/** Bar length in px; 0 when the review gives no figure. */
	width: number;
	caveats: Caveat[];
}

export interface CoverageHeading {
	domain_id: number;
	name: string;
	y: number;
}

export interface CoverageLayout {
	width: number;
	height: number;
	/** x where bars start (labels sit left of it, or above bars when narrow). */
	barX: number;
	barMax: number;
	/** Labels above the bar instead of beside it. */
	stacked: boolean;
	rowHeight: number;
	bars: CoverageBar[];
	headings: CoverageHeading[];
	ticks: AxisTick[];
}

const CAVEAT_LINE = 16;

export function coverageLayout(
	rows: CoverageRow[],
	width: number,
	grouped: boolean,
	notReported = 'not reported'
): CoverageLayout {
	const labelled = rows.map((row) => {
		const caveats = caveatsOf(row);
		const value =
			row.pct === null
				? notReported
				: `${formatCount(row.yes, row.n)} · ${formatShare(row.yes, row.n)}`;
		return { row, caveats, value, caveatText: caveats.map((c) => CAVEAT_LABEL[c]).join(', ') };
	});
	// Room right of the bars for the longest value label (about 7 px per character at 13 px).
	// Stacked, the caveats get a line of their own under the bar, so they need no room there.
	const valueRoom = (withCaveats: boolean) =>
		12 +
		Math.ceil(
			7 *
				Math.max(
					0,
					...labelled.map(
						(l) => l.value.length + (l.caveatText && withCaveats ? l.caveatText.length + 3 : 0)
					)
				)
		);
	const labels = rows.map(capabilityLabel);
	const frame = barFrame(width, labels, LABEL_FONT, valueRoom(true));
	const { stacked, barX } = frame;
	const barMax = stacked ? Math.max(40, width - valueRoom(false)) : frame.barMax;
	const rowHeight = stacked ? 44 : 28;
	const headingHeight = 34;
	const x = scaleLinear().domain([0, 100]).range([0, barMax]);

	const bars: CoverageBar[] = [];
	const headings: CoverageHeading[] = [];
	let y = 24; // room for the axis
	let domain: number | null = null;
	for (const { row, caveats, value, caveatText } of labelled) {
		if (grouped && row.domain_id !== domain) {
			domain = row.domain_id;
			headings.push({ domain_id: row.domain_id, name: row.domain_name, y: y + 22 });
			y += headingHeight;
		}
		const height = rowHeight + (stacked && caveatText ? CAVEAT_LINE : 0);
		bars.push({
			row,
			value,
			caveatText,
			y,
			height,
			width: row.pct === null ? 0 : x(row.pct),
			caveats
		});
		y += height;
	}
	const ticks = percentTicks({ stacked, barX, barMax }, width);
	return { width, height: y + 8, barX, barMax, stacked, rowHeight, bars, headings, ticks };
}
