/**
 * SQL shared by several charts of the capabilities area: the capability names (prev/next links and
 * labels). Each chart's own queries live in its folder (src/lib/charts/<chart>/query.ts).
 */

/** A row of capabilityNames. */
export interface CapabilityName {
	capability_id: number;
	name: string;
	short_name: string;
}

export const capabilitiesSql = {
	/** Names of every capability (for prev/next links and labels). */
	capabilityNames: () =>
		`SELECT capability_id, name, short_name FROM capabilities ORDER BY capability_id`
};
