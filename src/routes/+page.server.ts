import { nodeEngine } from '$lib/server/nodeEngine';
import { sql } from '$lib/query/sql';
import { defaults } from '$lib/url/viewState.svelte';
import { coverageParams, coverageSql } from '$lib/charts/coverage/view';
import type { CoverageRow } from '$lib/charts/coverage/layout';
import type { Domain } from '$lib/data/types';

export async function load() {
	const [coverage, domains, totals] = await Promise.all([
		nodeEngine.query<CoverageRow>(coverageSql(defaults(coverageParams))),
		nodeEngine.query<Domain>(sql.table('domains', 'domain_id')),
		nodeEngine.query<{ countries: number; alliance: number; unicef: number; mentions: number }>(
			sql.totals()
		)
	]);
	return { coverage, domains, totals: totals[0] };
}
