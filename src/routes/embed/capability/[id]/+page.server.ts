// One capability's figures as bars, prerendered for each of the 21 capabilities like its page.
// The chart has no settings: the figures are the review's, whole.
import { error } from '@sveltejs/kit';
import { nodeEngine } from '$lib/server/nodeEngine';
import { sql } from '$lib/query/sql';
import { capabilitiesSql } from '$lib/query/capabilities';
import type { Indicator } from '$lib/data/types';
import type { CapabilityDetail } from '$lib/views/capability';

export async function entries() {
	const rows = await nodeEngine.query<{ capability_id: number }>(
		sql.table('capabilities', 'capability_id')
	);
	return rows.map((r) => ({ id: String(r.capability_id) }));
}

export async function load({ params }) {
	const id = /^\d{1,2}$/.test(params.id) ? Number(params.id) : NaN;
	const [capability] = Number.isInteger(id)
		? await nodeEngine.query<CapabilityDetail>(capabilitiesSql.capability(id))
		: [];
	if (!capability) error(404, `There is no capability ${params.id}; the MNR has 21.`);
	const indicators = await nodeEngine.query<Indicator>(sql.capabilityIndicators(id));
	return { capability, indicators };
}
