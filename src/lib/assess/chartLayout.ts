/**
 * Geometry of a comparison chart: the shared grouped-bar layout (charts/bars/layout.ts, the one
 * the capability page and /compare draw with), one group per figure, with a "your answer" row
 * slotted in under each heading. The bars themselves are laid out exactly as elsewhere; only
 * positions below an inserted row move down. Pure, so prerender and browser agree.
 */
import {
	groupedBarLayout,
	type BarGroupLayout,
	type GroupedBarLayout
} from '$lib/charts/bars/layout';
import type { BarGroup } from '$lib/charts/bars/model';
import type { ComparisonRow } from './comparison';
import { copy } from '$lib/copy';

export interface AnswerRowLayout {
	/** Top of the row. */
	y: number;
	label: string;
	labelX: number;
	labelY: number;
	labelAnchor: 'start' | 'end';
	markerX: number;
	markerY: number;
	textX: number;
	textY: number;
}

export interface AssessChartLayout extends GroupedBarLayout {
	/** One per group, in order. */
	answers: AnswerRowLayout[];
}

/** Height of the inserted row. */
export const ANSWER_ROW = { wide: 26, stacked: 24 } as const;

/** A group of bars per comparison row, headed by the question number and the figure's label. */
export function barGroupsOf(rows: ComparisonRow[]): BarGroup[] {
	return rows.map((r) => ({
		key: r.key,
		label: copy.assess.compare.groupLabel(r.question.number, r.figure.label),
		depth: 0,
		capabilityId: r.question.capability_id,
		bars: r.bars
	}));
}

function shiftGroup(g: BarGroupLayout, heading: number, body: number): BarGroupLayout {
	return {
		...g,
		headingY: g.headingY + heading,
		top: g.top + heading,
		bottom: g.bottom + body,
		rows: g.rows.map((r) => ({
			...r,
			y: r.y + body,
			labelY: r.labelY + body,
			barY: r.barY + body,
			valueY: r.valueY + body
		}))
	};
}

export function assessChartLayout(
	rows: ComparisonRow[],
	width: number,
	yourLabel: string
): AssessChartLayout {
	const base = groupedBarLayout(barGroupsOf(rows), width);
	const h = base.stacked ? ANSWER_ROW.stacked : ANSWER_ROW.wide;
	const answers: AnswerRowLayout[] = [];
	const groups = base.groups.map((g, i) => {
		const shifted = shiftGroup(g, h * i, h * (i + 1));
		// The row sits where the group's first bar row used to be.
		const y = (g.rows[0]?.y ?? g.bottom) + h * i;
		answers.push(
			base.stacked
				? {
						y,
						label: yourLabel,
						labelX: g.x + 14,
						labelY: y + 15,
						labelAnchor: 'start',
						markerX: g.x + 5,
						markerY: y + 11,
						textX: g.x + 14,
						textY: y + 15
					}
				: {
						y,
						label: yourLabel,
						labelX: base.barX - 8,
						labelY: y + 17,
						labelAnchor: 'end',
						markerX: base.barX + 6,
						markerY: y + 13,
						textX: base.barX + 16,
						textY: y + 17
					}
		);
		return shifted;
	});
	return { ...base, height: base.height + h * groups.length, groups, answers };
}
