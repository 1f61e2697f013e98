/**
 * The dataset's findings about the review, shaped for reading: each discrepancy with every place
 * its number is printed, and the ambiguous figures grouped by the reason they share (one chart
 * whose labels and values came apart leaves several figures unsettled for the same reason).
 * Used by the about page; the data/README.md generator groups the same way.
 */

export interface DiscrepancyRow {
	indicator_id: string;
	capability_id: number | null;
	capability_name: string | null;
	label: string;
	population: string;
	yes: number | null;
	n: number | null;
	pct: number | null;
	pct_printed: number | null;
	source_ref: string;
	note: string | null;
	method_note: string | null;
}

export interface PrintingRow {
	indicator_id: string;
	printed: string;
	value_kind: string;
	agrees: boolean | null;
	source_ref: string;
	note: string | null;
	method_note: string | null;
}

export interface Discrepancy extends DiscrepancyRow {
	printings: PrintingRow[];
}

export function discrepanciesWithPrintings(
	rows: DiscrepancyRow[],
	printings: PrintingRow[]
): Discrepancy[] {
	return rows.map((r) => ({
		...r,
		printings: printings.filter((p) => p.indicator_id === r.indicator_id)
	}));
}

export interface AmbiguousRow {
	indicator_id: string;
	capability_id: number | null;
	capability_name: string | null;
	label: string;
	population: string;
	n: number | null;
	candidate_values: string | null;
	source_ref: string;
	note: string | null;
	method_note: string | null;
}

export interface AmbiguousGroup {
	capability_id: number | null;
	capability_name: string | null;
	source_ref: string;
	/** The values the text offers, without assigning them; empty when it offers none. */
	candidates: string[];
	/** Why the figures are unsettled, for a reader (the reader note). */
	reason: string | null;
	/** How the text was read (the method note). */
	method: string | null;
	figures: AmbiguousRow[];
}

/** Ambiguous figures sharing a place, candidate values and reason, kept in first-seen order. */
export function groupAmbiguous(rows: AmbiguousRow[]): AmbiguousGroup[] {
	const groups = new Map<string, AmbiguousGroup>();
	for (const r of rows) {
		const key = JSON.stringify([
			r.capability_id,
			r.source_ref,
			r.candidate_values,
			r.note,
			r.method_note
		]);
		let g = groups.get(key);
		if (!g) {
			g = {
				capability_id: r.capability_id,
				capability_name: r.capability_name,
				source_ref: r.source_ref,
				candidates: r.candidate_values ? r.candidate_values.split('|') : [],
				reason: r.note,
				method: r.method_note,
				figures: []
			};
			groups.set(key, g);
		}
		g.figures.push(r);
	}
	return [...groups.values()];
}
