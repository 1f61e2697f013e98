/**
 * The population comparison as a view (/compare): URL parameters, the query for a state, the
 * grouped-bar groups and the words and rows that travel with the chart (ChartMeta 'compare').
 */
import { readerRefColumns } from '$lib/data/readerRef';
import { copy } from '$lib/copy';
import { tableColumnsOf } from '$lib/copy/en/tableColumns';
import { caveatNotes } from '$lib/data/caveats';
import type { ParamState } from '$lib/url/params';
import type { ChartMeta } from '$lib/export/meta';
import { numberFootnotes, type BarGroup, type Footnote } from '$lib/charts/bars/model';
import { comparisonGroups } from './model';
import { compareQueries, type ComparisonRow } from './query';
import { barValueText, populationName } from '$lib/charts/bars/barLabels';
import { CAPABILITY_IDS, isCapabilityId } from '$lib/data/ids';
import { capabilityLabel } from '$lib/charts/kit/capabilityName';

export const compareParams = {
	capability: { values: isCapabilityId, default: null, choices: CAPABILITY_IDS },
	sort: { values: ['mnr', 'gap', 'lmic'], default: 'mnr' }
} as const;

export type CompareState = ParamState<typeof compareParams>;

/** Every capability's comparisons, in the order asked: a capability is chosen in compareView. */
export function compareSql(s: CompareState): string {
	return compareQueries.comparisons(s.sort);
}

export interface CompareView {
	groups: BarGroup[];
	notes: Footnote[];
}

/**
 * Comparison groups, headed by their capability, with numbered notes on how figures were got:
 * every capability's, or the chosen one's (a filter on the rows, so choosing asks no query). The
 * rows' names are already in the page's language (chartView localizes every chart's rows).
 */
export function compareView(rows: ComparisonRow[], capability: string | null = null): CompareView {
	const chosen =
		capability === null ? rows : rows.filter((r) => r.capability_id === Number(capability));
	const groups = comparisonGroups(chosen).map((g) => {
		const first = chosen.find((r) => r.group_id === g.key);
		const capability =
			first?.short_name && g.capabilityId !== null
				? `${capabilityLabel({ capability_id: g.capabilityId, short_name: first.short_name })}: `
				: '';
		return { ...g, label: capability + g.label };
	});
	return numberFootnotes(groups);
}

export function compareMeta(view: CompareView, s: CompareState, search: string): ChartMeta {
	const t = copy.compare;
	const bars = view.groups.flatMap((g) => g.bars.map((b) => ({ group: g, bar: b })));
	const figures = bars.map((x) => x.bar.figure).filter((f) => f !== null);
	const gaps = view.groups
		.map((g) => {
			const hic = g.bars.find((b) => b.population === 'hic');
			const lmic = g.bars.find((b) => b.population === 'lmic');
			return hic?.pct != null && lmic?.pct != null
				? { g, gap: hic.pct - lmic.pct, hic, lmic }
				: null;
		})
		.filter((x) => x !== null)
		.sort((a, b) => b.gap - a.gap);
	const widest = gaps[0];
	const altText = view.groups.length
		? [
				t.alt.chart(view.groups.length),
				...(widest
					? [t.alt.widest(widest.g.label, barValueText(widest.hic), barValueText(widest.lmic))]
					: []),
				t.alt.ambiguous(bars.filter((x) => x.bar.kind === 'ambiguous').length)
			].join(' ')
		: t.noComparison(s.capability ? t.capabilityN(Number(s.capability)) : t.thisSelection());
	return {
		id: 'compare',
		title: t.chartTitle,
		subtitle:
			t.chartSubtitle(view.groups.length) +
			(s.capability ? ` ${t.capabilityOnly(Number(s.capability))}` : ''),
		notes: caveatNotes(figures),
		altText,
		columns: tableColumnsOf(
			[
				'capability_id',
				'group',
				'population',
				'indicator_id',
				'yes',
				'n',
				'pct',
				'status',
				'candidate_values',
				'note_number',
				'source_ref'
			],
			{ population: 'countries' }
		),
		rows: bars.map(({ group, bar }) => ({
			capability_id: group.capabilityId,
			group: group.label,
			population: populationName(bar.population),
			indicator_id: bar.figure?.indicator_id ?? null,
			yes: bar.figure?.yes ?? null,
			n: bar.figure?.n ?? null,
			pct: bar.figure?.pct ?? null,
			status: bar.figure?.status ?? 'not reported',
			candidate_values: bar.figure?.candidate_values ?? null,
			note_number: bar.footnote,
			source_ref: bar.figure?.source_ref ?? null,
			...readerRefColumns(bar.figure ?? {})
		})),
		search,
		path: '/compare'
	};
}
