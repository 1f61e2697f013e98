// Where a group of bars links: its capability's page (the all-countries reference has none).
import { resolve } from '$app/paths';
import type { BarGroup } from './model';

export const capabilityHref = (g: BarGroup): string | null =>
	g.capabilityId === null ? null : resolve('/capabilities/[id]', { id: String(g.capabilityId) });
