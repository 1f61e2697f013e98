/**
 * Reader notes shown once per page: when several figures on a page share a note (one chart's
 * caveat covers seven figures), the first shows it and the others point back to it.
 */

export interface NotedRow {
	indicator_id: string;
	label: string;
	note: string | null;
}

export interface NoteShown {
	/** The earlier row whose identical note is shown instead; null when this row shows its own. */
	sameAs: NotedRow | null;
}

/** For each row with a note, whether it shows it or points to the first row with the same note. */
export function notesOncePerPage(rows: readonly NotedRow[]): Map<string, NoteShown> {
	const first = new Map<string, NotedRow>();
	const out = new Map<string, NoteShown>();
	for (const r of rows) {
		if (!r.note) continue;
		const earlier = first.get(r.note);
		out.set(r.indicator_id, { sameAs: earlier ?? null });
		if (!earlier) first.set(r.note, r);
	}
	return out;
}
