import { nodeEngine } from '$lib/server/nodeEngine';
import { capabilityEntries, capabilityFromParam } from '$lib/server/pageData';
import { sql } from '$lib/query/sql';
import { capabilitiesSql, type CapabilityName } from '$lib/query/capabilities';
import { capabilityQueries } from '$lib/charts/capability/query';
import type { Indicator, Printing, SurveyQuestion } from '$lib/data/types';
import type { CapabilityMention } from '$lib/charts/capability/query';

export const entries = capabilityEntries;

export async function load({ params }) {
	const capability = await capabilityFromParam(params.id);
	const id = capability.capability_id;
	const [indicators, mentions, questions, names] = await Promise.all([
		nodeEngine.query<Indicator>(sql.capabilityIndicators(id)),
		nodeEngine.query<CapabilityMention>(capabilityQueries.capabilityMentions(id)),
		nodeEngine.query<SurveyQuestion>(sql.capabilityQuestions(id)),
		nodeEngine.query<CapabilityName>(capabilitiesSql.capabilityNames())
	]);
	const printings = await nodeEngine.query<Printing>(
		capabilityQueries.printings(indicators.map((i) => i.indicator_id))
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
