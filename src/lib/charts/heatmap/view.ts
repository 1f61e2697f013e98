/**
 * The capabilities heatmap as a view: its URL parameters, the query for a state, and the words
 * and rows that travel with the chart (ChartMeta 'heatmap').
 */
import { readerRefColumns } from '$lib/data/readerRef';
import { copy } from '$lib/copy';
import { FIGURE_COLUMNS, tableColumnsOf } from '$lib/copy/en/tableColumns';
import { caveatNotes } from '$lib/data/caveats';
import { INCOME_GROUPS, REGIONS, SURVEYS } from '$lib/data/schema';
import type { CountryFilter } from '$lib/query/sql';
import { heatmapQueries } from '$lib/charts/heatmap/query';
import type { ParamState } from '$lib/url/params';
import type { IncomeGroupRow, RegionRow } from '$lib/data/types';
import type { ChartMeta } from '$lib/export/meta';
import {
	BREAKDOWNS,
	type Breakdown,
	type HeatmapModel,
	type HeatmapRow
} from '$lib/charts/heatmap/model';
import { figureWords } from '$lib/charts/heatmap/cellText';

export const heatmapParams = {
	// Income by default: it holds the all-countries column the overview already shows, and adds
	// the split where the review gives one. ?breakdown=overall still opens the single column.
	breakdown: { values: BREAKDOWNS, default: 'income' },
	income: { values: INCOME_GROUPS, default: null },
	region: { values: REGIONS, default: null },
	survey: { values: SURVEYS, default: null },
	order: { values: ['name', 'mentions'], default: 'name' }
} as const;

export type HeatmapState = ParamState<typeof heatmapParams>;

/** Population columns of each aggregate breakdown. */
export const BREAKDOWN_POPULATIONS: Record<Exclude<Breakdown, 'countries'>, string[]> = {
	overall: ['all'],
	income: ['all', 'hic', 'lmic']
};

export function breakdownOf(s: HeatmapState): Breakdown {
	return s.breakdown;
}

export function countryFilter(s: HeatmapState): CountryFilter {
	return { income_group: s.income, region: s.region, survey: s.survey };
}

/** The state with no country filter (the empty result's way back); breakdown and order kept. */
export const NO_COUNTRY_FILTER = { income: null, region: null, survey: null } as const;

/** Names of the filters set in a state ("income group, region"), for the notice. */
export function activeFilters(s: HeatmapState): string[] {
	const t = copy.capabilities.heatmap;
	return [
		s.income ? t.incomeLabel.toLowerCase() : null,
		s.region ? t.regionLabel.toLowerCase() : null,
		s.survey ? t.surveyLabel.toLowerCase() : null
	].filter((x): x is string => x !== null);
}

export function heatmapSql(s: HeatmapState): string {
	const breakdown = breakdownOf(s);
	return breakdown === 'countries'
		? heatmapQueries.heatmapMentions(countryFilter(s), s.order)
		: heatmapQueries.heatmapFigures(BREAKDOWN_POPULATIONS[breakdown]);
}

/** The names a reader sees for each income-group and region code. */
export interface FilterNames {
	income: Record<string, string>;
	region: Record<string, string>;
}

/** FilterNames from the income-group and region tables (a code without a name stands as is). */
export function filterNames(incomeGroups: IncomeGroupRow[], regions: RegionRow[]): FilterNames {
	return {
		income: Object.fromEntries(
			INCOME_GROUPS.map((code) => [
				code,
				incomeGroups.find((g) => g.income_group === code)?.name ?? code
			])
		),
		region: Object.fromEntries(regions.map((r) => [r.region, r.name]))
	};
}

/** What the filters say in words: "high-income countries in Western Europe". */
export function filterWords(s: HeatmapState, names: FilterNames): string {
	const parts: string[] = [];
	if (s.income) parts.push(names.income[s.income] ?? s.income);
	if (s.region) parts.push(names.region[s.region] ?? s.region);
	if (s.survey) parts.push(copy.capabilities.heatmap.surveys[s.survey]);
	return parts.join(', ');
}

export function heatmapMeta(
	model: HeatmapModel,
	rows: HeatmapRow[],
	search: string,
	filterText: string
): ChartMeta {
	const t = copy.capabilities.heatmap;
	const breakdown = model.breakdown;
	const common = { id: 'heatmap' as const, search, path: '/capabilities' };
	if (breakdown === 'countries') {
		const named = model.rows.filter((r) => (r.total ?? 0) > 0).length;
		const top = [...model.rows].sort((a, b) => (b.total ?? 0) - (a.total ?? 0))[0];
		const altText = model.rows.length
			? t.alt.countries(model.rows.length, named, top.label, top.total ?? 0)
			: t.noCountries;
		return {
			...common,
			title: t.title.countries,
			subtitle:
				(model.rows.length ? t.subtitle.countries(model.rows.length) : t.subtitle.noCountries) +
				(filterText ? ` ${t.subtitle.filter(filterText)}` : ''),
			notes: [t.notes.mentions, copy.footer.notAnAssessment],
			altText,
			columns: tableColumnsOf(
				['iso3', 'country', 'capability_id', 'capability', 'mentions', 'named_in_all_capabilities'],
				{ mentions: 'timesNamed' }
			),
			rows: rows.map((r) => ({
				iso3: r.row_key,
				country: r.row_label,
				capability_id: r.capability_id,
				capability: r.col_label,
				mentions: r.mentions,
				named_in_all_capabilities: r.row_total
			}))
		};
	}
	const figures = rows.filter((r) => r.indicator_id !== null && r.n !== null);
	const maxN = Math.max(0, ...figures.map((r) => r.n ?? 0));
	const cells = model.cells.flat();
	const missing = cells.filter((c) => c.kind === 'not-reported').length;
	const scaled = cells.filter((c) => c.kind === 'figure');
	const sorted = [...scaled].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
	const describe = (c: (typeof cells)[number]) =>
		`${model.rows[c.r].short} (${model.cols[c.c].label.toLowerCase()}${copy.colon} ${figureWords(c)})`;
	const altText = [
		t.alt.figures(model.cols.map((c) => c.label.toLowerCase()).join(', ')),
		...(sorted.length ? [t.alt.extremes(describe(sorted[0]), describe(sorted.at(-1)!))] : []),
		t.alt.missing(missing, cells.length)
	].join(' ');
	return {
		...common,
		title: breakdown === 'income' ? t.title.income : t.title.overall,
		subtitle: breakdown === 'income' ? t.subtitle.income(maxN) : t.subtitle.overall(maxN),
		notes: [
			...(missing ? [t.notes.notReported] : []),
			...(breakdown === 'income' ? [t.notes.income] : []),
			...caveatNotes(figures)
		],
		altText,
		columns: tableColumnsOf([
			'capability_id',
			'name',
			'domain',
			'population',
			'indicator_id',
			...FIGURE_COLUMNS,
			'candidate_values',
			'source_ref'
		]),
		rows: rows.map((r) => ({
			capability_id: r.capability_id,
			name: r.row_label,
			domain: r.row_group_label,
			population: r.col_key,
			indicator_id: r.indicator_id,
			yes: r.yes,
			n: r.n,
			pct: r.pct,
			pct_printed: r.pct_printed,
			status: r.indicator_id === null ? 'not reported' : r.status,
			candidate_values: r.candidate_values,
			source_ref: r.source_ref,
			...readerRefColumns(r)
		}))
	};
}
