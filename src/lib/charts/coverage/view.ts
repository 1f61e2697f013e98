/**
 * The coverage snapshot as a view: its URL parameters, the query for a state, and the words and
 * rows that travel with the chart. Shared by the overview page and its embed.
 */
import { copy } from '$lib/copy';
import { FIGURE_COLUMNS, tableColumnsOf } from '$lib/copy/en/tableColumns';
import { caveatNotes } from '$lib/data/caveats';
import { formatCount, formatShare } from '$lib/format';
import { sql } from '$lib/query/sql';
import type { ParamState } from '$lib/url/params';
import type { CoverageRow } from '$lib/charts/coverage/layout';
import type { ChartMeta } from '$lib/export/meta';
import { DOMAIN_IDS, isDomainId } from '$lib/data/ids';

export const coverageParams = {
	sort: { values: ['mnr', 'high', 'low'], default: 'mnr' },
	group: { values: ['domain', 'none'], default: 'domain' },
	domain: { values: isDomainId, default: null, choices: DOMAIN_IDS }
} as const;

export type CoverageState = ParamState<typeof coverageParams>;

/**
 * The query is the same for every state: all 21 capabilities, which the chart orders and filters
 * itself (order.ts), so a change of sort, grouping or domain needs no engine.
 */
export const coverageSql = (_state?: CoverageState) => sql.capabilityCoverage();

export function coverageMeta(rows: CoverageRow[], s: CoverageState, search: string): ChartMeta {
	const figures = rows.filter((r) => r.pct !== null);
	const maxN = Math.max(0, ...figures.map((r) => r.n ?? 0));
	const sorted = [...figures].sort((a, b) => (b.pct ?? 0) - (a.pct ?? 0));
	const top = sorted[0];
	const bottom = sorted.at(-1);
	const missing = rows.length - figures.length;
	const describe = (r: CoverageRow) =>
		`${r.name} (${formatCount(r.yes, r.n)}, ${formatShare(r.yes, r.n)})`;
	const altText =
		top && bottom
			? copy.overview.alt(rows.length, describe(top), describe(bottom)) +
				(missing ? ` ${copy.overview.altMissing(missing)}` : '')
			: copy.overview.altNone;
	return {
		id: 'coverage',
		title: copy.overview.title,
		subtitle: copy.overview.subtitle(maxN) + (s.domain ? copy.overview.domainOnly(s.domain) : ''),
		notes: [...(missing ? [copy.overview.missingNote] : []), ...caveatNotes(rows)],
		altText,
		// short_name is the chart's label for the capability (kit/capabilityName.ts), name its full name.
		columns: tableColumnsOf([
			'capability_id',
			'short_name',
			'name',
			'domain_name',
			...FIGURE_COLUMNS,
			'source_ref'
		]),
		rows: rows.map((r) => ({ ...r })),
		search,
		path: '/'
	};
}
