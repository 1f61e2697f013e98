// Fills the computed columns: recomputed percentages, whether each printing agrees with its
// counts, the discrepancy flag, and stable mention ids. Pure: the same input gives the same output.
import { printingAgrees, recomputePct, roundedPct } from '../../src/lib/data/figures';
import type { ValueKind } from '../../src/lib/data/schema';
import type { Dataset, Row } from './load';

export function deriveDataset(curated: Dataset): Dataset {
	const tables: Dataset = { ...curated };
	const indicatorById = new Map(curated.indicators.map((r) => [r.indicator_id, r]));

	tables.printings = curated.printings.map((p) => {
		const ind = indicatorById.get(p.indicator_id) as Row;
		const agrees = printingAgrees(
			{ printed: String(p.printed), value: p.value as number | null, value_kind: p.value_kind as ValueKind },
			{ yes: ind.yes as number | null, n: ind.n as number | null }
		);
		return { ...p, agrees };
	});

	// The headline is the first parent-less figure about all surveyed countries, in curated order
	// (the curators list each capability's Figure 1 figure first).
	const headlineOf = new Map<unknown, unknown>();
	for (const r of curated.indicators)
		if (r.capability_id !== null && r.parent_id === null && r.population === 'all' && !headlineOf.has(r.capability_id))
			headlineOf.set(r.capability_id, r.indicator_id);

	const disagreeing = new Set(tables.printings.filter((p) => p.agrees === false).map((p) => p.indicator_id));
	tables.indicators = curated.indicators.map((r) => {
		const yes = r.yes as number | null;
		const n = r.n as number | null;
		const pct = recomputePct(yes, n);
		const printedMismatch =
			r.pct_printed !== null && yes !== null && n !== null && r.pct_printed !== roundedPct(yes, n);
		return {
			...r,
			pct,
			discrepancy: printedMismatch || disagreeing.has(r.indicator_id),
			headline: headlineOf.get(r.capability_id) === r.indicator_id
		};
	});

	tables.mentions = curated.mentions.map((m, i) => ({ mention_id: i + 1, ...m }));
	return tables;
}
