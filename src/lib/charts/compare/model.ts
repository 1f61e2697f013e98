/**
 * The population comparison's groups (/compare): which figures form a comparison, with a bar for
 * each population, and which figures have nothing to compare with. Pure and tested.
 */
import { figureBar, type BarGroup } from '$lib/charts/bars/model';
import type { ComparisonRow } from './query';

/**
 * Comparison groups (figures published for two or more groups of countries), each with a bar for
 * every population in `series` that the group or any other group shows, so a population the review
 * leaves out reads "not reported" instead of vanishing. Groups keep the query's order.
 */
export function comparisonGroups(rows: ComparisonRow[]): BarGroup[] {
	const order = ['all', 'hic', 'lmic', 'alliance', 'unicef'];
	const byGroup = new Map<string, ComparisonRow[]>();
	for (const r of rows) {
		if (r.counterparts < 2) continue;
		const list = byGroup.get(r.group_id) ?? [];
		list.push(r);
		byGroup.set(r.group_id, list);
	}
	const used = new Set<string>();
	for (const list of byGroup.values()) for (const r of list) used.add(r.population);
	const series = order.filter((p) => used.has(p));
	return [...byGroup.entries()].map(([key, list]) => ({
		key,
		label: list[0].group_label,
		depth: 0,
		capabilityId: list[0].capability_id ?? null,
		bars: series.map((p) => {
			const f = list.find((r) => r.population === p) ?? null;
			return figureBar(f, p, `${key}:${p}`);
		})
	}));
}

/** Rows of figures published for one group of countries only (nothing to compare them with). */
export function singleGroupFigures(rows: ComparisonRow[]): ComparisonRow[] {
	return rows.filter((r) => r.counterparts < 2 && r.population !== 'all');
}
