/**
 * One comparison chart per MNR domain (and one for the questions about using the MNR itself),
 * with the meta every chart hands to the shared export code: title, subtitle, notes, alt text and
 * exactly the rows drawn, so the SVG, PNG and CSV say what the screen says.
 */
import { copy } from '$lib/copy';
import { CAVEAT_NOTE, type Caveat } from '$lib/data/caveats';
import type { ChartMeta } from '$lib/export/meta';
import { populationName } from '$lib/charts/bars/barLabels';
import type { ComparisonRow } from './comparison';
import { readerRefColumns } from '$lib/data/readerRef';
import { datasetLabel } from '$lib/i18n/datasetLabels';
import { getLocale } from '$lib/paraglide/runtime';

const t = copy.assess.compare;

export interface DomainChart {
	/** "d1"…"d6", or "mnr" for the cross-cutting questions. */
	key: string;
	domainId: number | null;
	name: string;
	rows: ComparisonRow[];
}

export interface DomainRef {
	domain_id: number;
	name: string;
}

export interface CapabilityRef {
	capability_id: number;
	domain_id: number;
	name: string;
}

/** Rows split into charts: the cross-cutting questions first (as in the survey), then each domain. */
export function domainCharts(
	rows: ComparisonRow[],
	domains: DomainRef[],
	capabilities: CapabilityRef[]
): DomainChart[] {
	const domainOf = new Map(capabilities.map((c) => [c.capability_id, c.domain_id]));
	const charts: DomainChart[] = [];
	const cross = rows.filter((r) => r.question.capability_id === null);
	if (cross.length) charts.push({ key: 'mnr', domainId: null, name: t.crossCutting, rows: cross });
	// Domain names as the page's language writes them (the dataset translations, as on the chart pages).
	const locale = getLocale();
	for (const d of domains) {
		const own = rows.filter(
			(r) =>
				r.question.capability_id !== null && domainOf.get(r.question.capability_id) === d.domain_id
		);
		if (own.length)
			charts.push({
				key: `d${d.domain_id}`,
				domainId: d.domain_id,
				name: datasetLabel(d.name, locale),
				rows: own
			});
	}
	return charts;
}

/** The table's and CSV's columns, headed in the page's language (read at each call). */
export const chartColumns = () => Object.entries(t.columns).map(([key, label]) => ({ key, label }));

/** Table rows of a chart: one per figure row and population, as drawn. */
export function chartTableRows(chart: DomainChart): Record<string, unknown>[] {
	return chart.rows.flatMap((r) =>
		r.bars.map((b) => ({
			question: r.question.number,
			option: r.option ?? '',
			your_answer: t.yours[r.yours],
			indicator_id: b.figure?.indicator_id ?? '',
			label: b.figure?.label ?? r.figure.label,
			population: populationName(b.population),
			yes: b.figure?.yes ?? null,
			n: b.figure?.n ?? null,
			pct: b.kind === 'value' ? (b.figure?.pct ?? null) : null,
			status: b.figure?.status ?? copy.chart.notReported,
			source_ref: b.figure?.source_ref ?? '',
			...readerRefColumns(b.figure ?? {}),
			note: [r.link.note && copy.assess.linkNotes[r.link.note], b.figure?.note]
				.filter(Boolean)
				.join(' ')
		}))
	);
}

export function chartMeta(chart: DomainChart): ChartMeta {
	const caveats = new Set<Caveat>(chart.rows.flatMap((r) => r.bars.flatMap((b) => b.caveats)));
	return {
		id: 'assess',
		title: t.chartTitle(chart.name),
		subtitle: t.chartSubtitle(chart.rows.length),
		notes: [...[...caveats].map((c) => CAVEAT_NOTE[c]), copy.assess.noScore],
		altText: t.altText(chart.name, chart.rows.length),
		columns: chartColumns(),
		rows: chartTableRows(chart),
		// The answers never go into an address: the permalink opens the page at this chart
		// (the page scrolls to ?chart=…), and the same words name the exported files.
		search: `chart=${chart.key}`,
		path: '/assess'
	};
}
