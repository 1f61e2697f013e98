/**
 * `source_ref` strings say where a value is printed: "Figure 1, lines 380-418", optionally prefixed
 * by another source file ("mnr-guidance.md: Capability 1, lines 120-140"), several joined by " ; ".
 */

export const PRIMARY_SOURCE = 'framing-the-future-2022.txt';

export interface SourcePlace {
	/** Source file the line numbers refer to. */
	file: string;
	/** The figure, table, box or section, as written in the reference. */
	place: string;
	/** First line (1-based, inclusive). */
	from: number;
	/** Last line (inclusive). */
	to: number;
}

const PART = /^(?:([\w.-]+\.(?:txt|md)):\s*)?(.+?),\s*lines?\s+(\d+)(?:\s*[-–]\s*(\d+))?$/;

/** Parse a source_ref; throws with the offending part when it does not follow the format. */
export function parseSourceRef(ref: string): SourcePlace[] {
	return ref.split(' ; ').map((part) => {
		const m = PART.exec(part.trim());
		if (!m) throw new Error(`source_ref part "${part}" is not "<place>, lines A-B"`);
		const from = Number(m[3]);
		const to = m[4] ? Number(m[4]) : from;
		if (to < from) throw new Error(`source_ref part "${part}" has its line range reversed`);
		return { file: m[1] ?? PRIMARY_SOURCE, place: m[2], from, to };
	});
}

/** Human-readable form for the interface: "Figure 1 (lines 380–418)". */
export function formatSourcePlace(p: SourcePlace): string {
	const lines = p.from === p.to ? `line ${p.from}` : `lines ${p.from}–${p.to}`;
	const file = p.file === PRIMARY_SOURCE ? '' : `${p.file}: `;
	return `${file}${p.place} (${lines})`;
}
