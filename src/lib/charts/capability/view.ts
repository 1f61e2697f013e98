/**
 * One capability's page as a view: its figures as grouped bars (ChartMeta 'capability'), what to
 * say when the review gives no headline or no figure at all, its printings by figure, and the
 * countries named as examples grouped by country.
 */
import { copy } from '$lib/copy';
import { FIGURE_COLUMNS, tableColumnsOf } from '$lib/copy/en/tableColumns';
import { inList } from '$lib/copy/texts';
import { figureRow } from './figureRow';
import { capabilityLabel } from '$lib/charts/kit/capabilityName';
import { caveatNotes } from '$lib/data/caveats';
import type { Indicator, Printing } from '$lib/data/types';
import type { ChartMeta } from '$lib/export/meta';
import { figureTree, type BarGroup } from '$lib/charts/bars/model';
import { barValueText, rowLabel } from '$lib/charts/bars/barLabels';

export type { CapabilityDetail, CapabilityMention } from './query';
import type { CapabilityDetail, CapabilityMention } from './query';

export interface CountryMentions {
	iso3: string;
	name: string;
	mentions: CapabilityMention[];
}

/** Mentions grouped by country, countries in the query's (alphabetical) order. */
export function mentionsByCountry(mentions: CapabilityMention[]): CountryMentions[] {
	const out: CountryMentions[] = [];
	for (const m of mentions) {
		const last = out[out.length - 1];
		if (last?.iso3 === m.iso3) last.mentions.push(m);
		else out.push({ iso3: m.iso3, name: m.country_name, mentions: [m] });
	}
	return out;
}

/** Printings grouped under their figure, in the figures' order. */
export function printingsByFigure(
	indicators: Indicator[],
	printings: Printing[]
): { indicator: Indicator; printings: Printing[] }[] {
	return indicators.map((indicator) => ({
		indicator,
		printings: printings.filter((p) => p.indicator_id === indicator.indicator_id)
	}));
}

export type FigureCoverage = 'headline' | 'groups-only' | 'none';

/**
 * What the review gives for the capability: a headline figure about all surveyed countries, only
 * figures about some groups of countries (e.g. Legislation: high-income and UNICEF-study ones),
 * or no figure at all.
 */
export function figureCoverage(indicators: Indicator[]): FigureCoverage {
	if (indicators.some((i) => i.headline)) return 'headline';
	return indicators.length ? 'groups-only' : 'none';
}

/** The groups of countries the figures are about, in the page's words ("high-income countries and …"). */
export function populationsInWords(indicators: Indicator[]): string {
	const names = [...new Set(indicators.map((i) => i.population))].map(
		(p) => (copy.capabilities.populations as Record<string, { of: string }>)[p]?.of ?? p
	);
	return inList(names);
}

/**
 * The capability's figures as bar groups: the headline first, then figures with a value, then
 * ambiguous ones (so the readable figures are not buried under a run of "ambiguous" rows).
 */
export function capabilityGroups(indicators: Indicator[]): BarGroup[] {
	const rank = (i: Indicator) => (i.headline ? 0 : i.status === 'ambiguous' ? 2 : 1);
	return figureTree([...indicators].sort((a, b) => rank(a) - rank(b)));
}

export function capabilityMeta(
	capability: CapabilityDetail,
	indicators: Indicator[],
	groups: BarGroup[]
): ChartMeta {
	const t = copy.capabilities.page;
	const name = capabilityLabel(capability);
	const bars = groups.flatMap((g) => g.bars.map((b) => ({ g, b })));
	const described = bars
		.slice(0, 4)
		.map(({ g, b }) =>
			t.chartAltBar(g.label, rowLabel(b, g.depth, false).toLowerCase(), barValueText(b))
		)
		.join('. ');
	const altText = [
		t.chartAlt(indicators.length, name),
		described && `${described}.`,
		bars.length > 4 ? t.chartAltRest : ''
	]
		.filter(Boolean)
		.join(' ');
	return {
		id: 'capability',
		title: t.chartTitle(name),
		subtitle: t.chartSubtitle(indicators.length),
		notes: caveatNotes(indicators),
		altText,
		columns: tableColumnsOf(
			[
				'indicator_id',
				'label',
				'population',
				...FIGURE_COLUMNS,
				'candidate_values',
				'discrepancy',
				'source_ref'
			],
			{ population: 'countries' }
		),
		rows: indicators.map(figureRow),
		search: '',
		path: `/capabilities/${capability.capability_id}`
	};
}
