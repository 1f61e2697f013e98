/**
 * The capability choices of /compare: every capability with group figures, marking those without
 * an income comparison; a capability from the URL that is not in the list is still shown as chosen.
 */
import { copy } from '$lib/copy';
import { noSetting, type Choice } from '$lib/components/choices';
import type { ComparedCapability } from './query';

/**
 * @param chosen the capability in the URL, or null for all
 * @param nameOf a capability's short name (any capability, listed or not)
 */
export function capabilityChoices(
	capabilities: Pick<ComparedCapability, 'capability_id' | 'short_name' | 'compared'>[],
	chosen: string | null,
	nameOf: (id: number) => string
): Choice[] {
	const t = copy.compare;
	const chosenListed =
		chosen === null || capabilities.some((c) => String(c.capability_id) === chosen);
	return [
		noSetting(t.allCapabilities),
		...capabilities.map((c) => ({
			value: String(c.capability_id),
			text: `${c.capability_id}. ${c.short_name}${c.compared ? '' : ` ${t.notCompared}`}`
		})),
		...(!chosenListed && chosen
			? [{ value: chosen, text: `${chosen}. ${nameOf(Number(chosen))} ${t.notCompared}` }]
			: [])
	];
}
