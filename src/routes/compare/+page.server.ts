import { nodeEngine } from '$lib/server/nodeEngine';
import { capabilitiesSql, type CapabilityName } from '$lib/query/capabilities';
import { defaults } from '$lib/url/viewState.svelte';
import { compareParams, compareSql } from '$lib/charts/compare/view';
import { singleGroupFigures } from '$lib/charts/compare/model';
import {
	compareQueries,
	type ComparedCapability,
	type ComparisonRow,
	type RegionMentions
} from '$lib/charts/compare/query';

export async function load() {
	// The default view's rows are every capability's: the figures for one group only come from them too.
	const [rows, capabilities, regions, names] = await Promise.all([
		nodeEngine.query<ComparisonRow>(compareSql(defaults(compareParams))),
		nodeEngine.query<ComparedCapability>(compareQueries.comparedCapabilities()),
		nodeEngine.query<RegionMentions>(compareQueries.mentionsByRegion()),
		nodeEngine.query<CapabilityName>(capabilitiesSql.capabilityNames())
	]);
	return { rows, single: singleGroupFigures(rows), capabilities, regions, names };
}
