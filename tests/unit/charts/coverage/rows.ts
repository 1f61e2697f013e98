// A coverage row for the overview's tests: a capability with a headline figure out of 42, or none.
import type { CoverageRow } from '../../../../src/lib/charts/coverage/layout';

export const coverageRow = (
	id: number,
	domain: number,
	pct: number | null,
	extra: Partial<CoverageRow> = {}
): CoverageRow => ({
	capability_id: id,
	domain_id: domain,
	domain_name: `Domain ${domain}`,
	name: `Capability ${id}`,
	short_name: `Cap ${id}`,
	indicator_id: pct === null ? null : `c${id}`,
	label: null,
	yes: pct === null ? null : Math.round((pct * 42) / 100),
	n: pct === null ? null : 42,
	pct,
	pct_printed: null,
	status: pct === null ? null : 'stated',
	discrepancy: false,
	source_ref: null,
	note: null,
	...extra
});
