// The comparison bars' default view, prerendered like the compare page's (no engine needed).
import { nodeEngine } from '$lib/server/nodeEngine';
import { capabilitiesSql, type CapabilityName } from '$lib/query/capabilities';
import { defaults } from '$lib/url/viewState.svelte';
import { compareParams, compareSql } from '$lib/charts/compare/view';
import type { ComparisonRow } from '$lib/charts/compare/query';

export async function load() {
	const [rows, names] = await Promise.all([
		nodeEngine.query<ComparisonRow>(compareSql(defaults(compareParams))),
		nodeEngine.query<CapabilityName>(capabilitiesSql.capabilityNames())
	]);
	return { rows, names };
}
