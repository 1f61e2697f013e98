// The coverage snapshot's default view, prerendered like the overview's (no engine needed).
import { nodeEngine } from '$lib/server/nodeEngine';
import { defaults } from '$lib/url/viewState.svelte';
import { coverageParams, coverageSql } from '$lib/charts/coverage/view';
import type { CoverageRow } from '$lib/charts/coverage/layout';

export async function load() {
	return { coverage: await nodeEngine.query<CoverageRow>(coverageSql(defaults(coverageParams))) };
}
