/**
 * One of the review's figures as readers get it: its values, status and where to find it, without
 * the dataset's bookkeeping columns. The capability chart's data rows (export, embed) and the
 * self-assessment's figures (assess/load.ts) are both this, so they cannot drift apart.
 */
import { readerRefColumns } from '$lib/data/readerRef';
import type { Indicator } from '$lib/data/types';

export function figureRow(i: Indicator) {
	return {
		indicator_id: i.indicator_id,
		label: i.label,
		population: i.population,
		yes: i.yes,
		n: i.n,
		pct: i.pct,
		pct_printed: i.pct_printed,
		status: i.status,
		candidate_values: i.candidate_values,
		discrepancy: i.discrepancy,
		source_ref: i.source_ref,
		...readerRefColumns(i)
	};
}

export type FigureRow = ReturnType<typeof figureRow>;
