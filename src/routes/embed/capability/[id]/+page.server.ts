// One capability's figures as bars, prerendered for each of the 21 capabilities like its page.
// The chart has no settings: the figures are the review's, whole.
import { nodeEngine } from '$lib/server/nodeEngine';
import { capabilityEntries, capabilityFromParam } from '$lib/server/pageData';
import { sql } from '$lib/query/sql';
import type { Indicator } from '$lib/data/types';

export const entries = capabilityEntries;

export async function load({ params }) {
	const capability = await capabilityFromParam(params.id);
	const indicators = await nodeEngine.query<Indicator>(
		sql.capabilityIndicators(capability.capability_id)
	);
	return { capability, indicators };
}
