/**
 * One capability's figures (/capabilities/N, /embed/capability/N) behind the chart contract. The
 * chart has no settings (the figures are the review's, whole): its parameters are none, so any
 * parameter in the URL is noted as ignored, and the prerendered rows stand except at an earlier
 * dataset version (?v=), when the engine answers.
 */
import type { ChartDefinition } from '$lib/charts/kit/definition';
import type { BarGroup } from '$lib/charts/bars/model';
import type { Indicator } from '$lib/data/types';
import { sql } from '$lib/query/sql';
import type { CapabilityDetail } from './query';
import { capabilityGroups, capabilityMeta } from './view';

export const capabilityParams = {} as const;

/** What the capability chart draws: its figures, and the same figures as bar groups. */
export interface CapabilityModel {
	indicators: Indicator[];
	groups: BarGroup[];
}

export const capabilityChart: ChartDefinition<
	typeof capabilityParams,
	Indicator,
	CapabilityModel,
	CapabilityDetail
> = {
	id: 'capability',
	params: capabilityParams,
	sql: (_state, capability) => sql.capabilityIndicators(capability.capability_id),
	model: ({ rows }) => ({ indicators: rows, groups: capabilityGroups(rows) }),
	meta: (model, _answer, _search, capability) =>
		capabilityMeta(capability, model.indicators, model.groups)
};
