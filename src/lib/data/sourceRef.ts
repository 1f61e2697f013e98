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

/** How a line range is written; English by default (build scripts and data checks). */
export interface LineWords {
	line: (n: number) => string;
	lines: (from: number, to: number) => string;
	/** The colon after a source file's name ("guide.md: …", "guide.md : …"). */
	colon: () => string;
}

const ENGLISH_LINES: LineWords = {
	line: (n) => `line ${n}`,
	lines: (from, to) => `lines ${from}–${to}`,
	colon: () => ':'
};

/**
 * Human-readable form for the interface: "Figure 1 (lines 380–418)". Pages pass the words of
 * their language (readerRef.ts LINE_WORDS); this module stays free of the message catalogue
 * because build scripts import it.
 */
export function formatSourcePlace(p: SourcePlace, words: LineWords = ENGLISH_LINES): string {
	const lines = p.from === p.to ? words.line(p.from) : words.lines(p.from, p.to);
	const file = p.file === PRIMARY_SOURCE ? '' : `${p.file}${words.colon()} `;
	return `${file}${p.place} (${lines})`;
}
