/**
 * The one short name of a capability that charts, their tables and heat-map column heads show:
 * its number and the dataset's short name (capabilities.short_name), e.g. "3. Specialised police".
 * The full name (capabilities.name) is for prose and the capability's own page.
 */
export interface NamedCapability {
	capability_id: number;
	short_name: string;
}

/** "<id>. <short name>": how a chart labels a capability. */
export function capabilityLabel(c: NamedCapability): string {
	return `${c.capability_id}. ${c.short_name}`;
}
