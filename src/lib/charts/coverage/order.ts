/**
 * Which capabilities the coverage chart shows, in which order: the reader's sort, grouping and
 * domain applied to all 21 rows in the browser. The query fetches every capability once, in MNR
 * order; sorting 21 rows here answers a choice in the same frame, where asking the engine again
 * took a round trip and a second update.
 */
import type { CoverageRow } from './layout';
import type { CoverageState } from './view';

type Compare = (a: CoverageRow, b: CoverageRow) => number;

/** By share, highest or lowest first; capabilities with no figure always last. */
function byShare(order: 'high' | 'low'): Compare {
	const sign = order === 'high' ? -1 : 1;
	return (a, b) => {
		if (a.pct === null || b.pct === null) return Number(a.pct === null) - Number(b.pct === null);
		return sign * (a.pct - b.pct);
	};
}

export function orderCoverage(rows: readonly CoverageRow[], state: CoverageState): CoverageRow[] {
	const keys: Compare[] = [];
	if (state.group !== 'none') keys.push((a, b) => a.domain_id - b.domain_id);
	if (state.sort !== 'mnr') keys.push(byShare(state.sort));
	keys.push((a, b) => a.capability_id - b.capability_id);
	const domain = state.domain === null ? null : Number(state.domain);
	return rows
		.filter((r) => domain === null || r.domain_id === domain)
		.sort((a, b) => {
			for (const key of keys) {
				const d = key(a, b);
				if (d) return d;
			}
			return 0;
		});
}
