import { nodeEngine } from '$lib/server/nodeEngine';
import { capabilitiesSql } from '$lib/query/capabilities';
import { defaults } from '$lib/url/viewState.svelte';
import { compareParams, compareSql } from '$lib/charts/compare/view';
import { singleGroupFigures, type ComparisonRow } from '$lib/charts/bars/model';

export async function load() {
	const [rows, everything, capabilities, regions, names] = await Promise.all([
		nodeEngine.query<ComparisonRow>(compareSql(defaults(compareParams))),
		nodeEngine.query<ComparisonRow>(capabilitiesSql.comparisons(null)),
		nodeEngine.query<{
			capability_id: number;
			name: string;
			short_name: string;
			compared: boolean;
		}>(capabilitiesSql.comparedCapabilities()),
		nodeEngine.query<{
			region: string;
			name: string;
			countries: number;
			countries_named: number;
			mentions: number;
			source_ref: string;
		}>(capabilitiesSql.mentionsByRegion()),
		nodeEngine.query<{ capability_id: number; name: string; short_name: string }>(
			capabilitiesSql.capabilityNames()
		)
	]);
	return { rows, single: singleGroupFigures(everything), capabilities, regions, names };
}
