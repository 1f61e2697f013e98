import { error } from '@sveltejs/kit';
import { nodeEngine } from '$lib/server/nodeEngine';
import { sql } from '$lib/query/sql';
import { capabilitiesSql } from '$lib/query/capabilities';
import type { Indicator, Printing, SurveyQuestion } from '$lib/data/types';
import type { CapabilityDetail, CapabilityMention } from '$lib/views/capability';

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
	const [indicators, mentions, questions, names] = await Promise.all([
		nodeEngine.query<Indicator>(sql.capabilityIndicators(id)),
		nodeEngine.query<CapabilityMention>(capabilitiesSql.capabilityMentions(id)),
		nodeEngine.query<SurveyQuestion>(sql.capabilityQuestions(id)),
		nodeEngine.query<{ capability_id: number; name: string; short_name: string }>(
			capabilitiesSql.capabilityNames()
		)
	]);
	const printings = await nodeEngine.query<Printing>(
		capabilitiesSql.printings(indicators.map((i) => i.indicator_id))
	);
	const nameOf = (n: number | null) => names.find((x) => x.capability_id === n) ?? null;
	return {
		capability,
		indicators,
		printings,
		mentions,
		questions,
		prev: nameOf(capability.prev_id),
		next: nameOf(capability.next_id)
	};
}
