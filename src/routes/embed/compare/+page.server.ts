// The comparison bars' default view, prerendered like the compare page's (no engine needed).
import { nodeEngine } from '$lib/server/nodeEngine';
import { capabilitiesSql } from '$lib/query/capabilities';
import { defaults } from '$lib/url/viewState.svelte';
import { compareParams, compareSql } from '$lib/charts/compare/view';
import type { ComparisonRow } from '$lib/charts/bars/model';

export async function load() {
	const [rows, names] = await Promise.all([
		nodeEngine.query<ComparisonRow>(compareSql(defaults(compareParams))),
		nodeEngine.query<{ capability_id: number; name: string; short_name: string }>(
			capabilitiesSql.capabilityNames()
		)
	]);
	return { rows, names };
}
