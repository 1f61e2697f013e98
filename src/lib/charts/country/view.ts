/**
 * A country page as a view: the chart's parameter (count per capability or per domain), its query
 * and meta, and the grouping of the country's mentions under domain and capability headings.
 */
import { copy } from '$lib/copy';
import { tableColumnsOf } from '$lib/copy/en/tableColumns';
import { mapSql } from '$lib/charts/map/query';
import type { ChartMeta } from '$lib/export/meta';
import type { CountryMentionCount } from '$lib/charts/country/layout';
import type { Capability, Country, Domain, Mention } from '$lib/data/types';
import { safeOnlineKey } from '$lib/charts/map/palette';
import type { ParamState } from '$lib/url/params';

export const countryParams = {
	by: { values: ['capability', 'domain'], default: 'capability' }
} as const;

export type CountryState = ParamState<typeof countryParams>;

export const countryChartSql = (iso3: string, s: CountryState) =>
	mapSql.countryMentionCounts(iso3, s.by === 'domain' ? 'domain' : 'capability');

export function countryMeta(
	rows: CountryMentionCount[],
	country: { iso3: string; name: string },
	s: CountryState,
	search: string
): ChartMeta {
	const byDomain = s.by === 'domain';
	const unit = byDomain ? 'domains' : 'capabilities';
	const total = rows.reduce((sum, r) => sum + r.mentions, 0);
	const top = [...rows]
		.filter((r) => r.mentions > 0)
		.sort((a, b) => b.mentions - a.mentions)
		.slice(0, 3)
		.map((r) => `${byDomain ? r.name : r.short_name} (${r.mentions})`)
		.join(', ');
	const unnamed = rows.filter((r) => r.mentions === 0).length;
	return {
		id: 'country',
		title: byDomain
			? copy.map.country.chartTitleDomain(country.name)
			: copy.map.country.chartTitle(country.name),
		subtitle: copy.map.country.chartSubtitle(total),
		notes: [copy.map.country.chartNote, copy.map.notes.countRule],
		altText: copy.map.country.chartAlt(country.name, total, top, unnamed, rows.length, unit),
		// By capability: the chart's label (kit/capabilityName.ts), then the full name. By domain,
		// the row's name is its domain's.
		columns: byDomain
			? tableColumnsOf(['name', 'mentions', 'source_ref'], { name: 'domain' })
			: tableColumnsOf([
					'capability_id',
					'short_name',
					'name',
					'domain_name',
					'mentions',
					'source_ref'
				]),
		rows: rows.map((r) => ({ ...r, iso3: country.iso3 })),
		search,
		path: `/countries/${country.iso3}`
	};
}

/** A mention as the country page lists it (sql.countryMentions adds the capability's name). */
export type CountryMention = Mention & { capability_name: string | null; domain_id: number | null };

export interface CapabilityGroup {
	capability: Pick<Capability, 'capability_id' | 'name' | 'short_name'>;
	mentions: CountryMention[];
}

export interface DomainGroup {
	domain: Pick<Domain, 'domain_id' | 'name'>;
	capabilities: CapabilityGroup[];
}

export interface GroupedMentions {
	domains: DomainGroup[];
	/** Mentions tied to no capability (lists of participants and funding recipients). */
	crossCutting: CountryMention[];
	/** Mentions tied to a capability. */
	count: number;
}

/** The country's mentions under domain and capability headings, in MNR order. */
export function groupMentions(
	mentions: CountryMention[],
	capabilities: Pick<Capability, 'capability_id' | 'domain_id' | 'name' | 'short_name'>[],
	domains: Pick<Domain, 'domain_id' | 'name'>[]
): GroupedMentions {
	const byCapability = (id: number) =>
		mentions.filter((m) => m.capability_id === id).sort((a, b) => a.mention_id - b.mention_id);
	const grouped = [...domains]
		.sort((a, b) => a.domain_id - b.domain_id)
		.map((domain) => ({
			domain,
			capabilities: capabilities
				.filter((k) => k.domain_id === domain.domain_id)
				.sort((a, b) => a.capability_id - b.capability_id)
				.map((k) => ({ capability: k, mentions: byCapability(k.capability_id) }))
				.filter((g) => g.mentions.length > 0)
		}))
		.filter((d) => d.capabilities.length > 0);
	return {
		domains: grouped,
		crossCutting: mentions.filter((m) => m.capability_id === null),
		count: mentions.filter((m) => m.capability_id !== null).length
	};
}

/** The countries before and after this one in name order (none past either end). */
export function neighbours<T extends { iso3: string }>(
	ordered: T[],
	iso3: string
): { previous: T | null; next: T | null } {
	const i = ordered.findIndex((c) => c.iso3 === iso3);
	if (i < 0) return { previous: null, next: null };
	return { previous: ordered[i - 1] ?? null, next: ordered[i + 1] ?? null };
}

/** What the review records about the country, each fact with where it is printed. */
export interface CountryFact {
	label: string;
	value: string;
	ref: string;
}

/** The country's facts in the order the page lists them; its name last, as the review lists it. */
export function countryFacts(
	c: Country & { income_group_name: string; region_name: string },
	/** The name the review lists the country under (the page may show it in another language). */
	reviewName: string = c.name
): CountryFact[] {
	const t = copy.map.country.facts;
	return [
		{ label: t.income, value: c.income_group_name, ref: c.income_group_ref },
		{ label: t.region, value: c.region_name, ref: c.region_ref },
		{ label: t.survey, value: copy.map.survey[c.survey], ref: c.survey_ref },
		{ label: t.safeOnline, value: copy.map.safeOnline[safeOnlineKey(c)], ref: c.safe_online_ref },
		{ label: t.listed, value: reviewName, ref: c.source_ref }
	];
}
