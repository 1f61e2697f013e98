/**
 * The caveats a figure carries wherever it is shown: a small denominator, a value we derived
 * rather than read, a value the text cannot settle, or printings that disagree. Charts show
 * these next to the value, exports carry them as notes.
 */
import type { Status } from './schema';

/** Below this many countries a percentage is flagged as resting on few answers. */
export const SMALL_N = 10;

export type Caveat = 'small-n' | 'derived' | 'ambiguous' | 'discrepancy';

export interface FigureLike {
	n: number | null;
	status: Status | null;
	discrepancy?: boolean | null;
}

export function caveatsOf(f: FigureLike): Caveat[] {
	const out: Caveat[] = [];
	if (f.status === 'ambiguous') out.push('ambiguous');
	if (f.status === 'derived') out.push('derived');
	if (f.n !== null && f.n < SMALL_N) out.push('small-n');
	if (f.discrepancy) out.push('discrepancy');
	return out;
}

/** Short marker text shown beside a value. */
export const CAVEAT_LABEL: Record<Caveat, string> = {
	'small-n': 'small n',
	derived: 'derived',
	ambiguous: 'ambiguous',
	discrepancy: 'printed figures disagree'
};

/** Sentence used in chart notes and exports. */
export const CAVEAT_NOTE: Record<Caveat, string> = {
	'small-n': `Figures marked "small n" rest on fewer than ${SMALL_N} countries.`,
	derived: 'Figures marked "derived" are computed by MNR Explorer from numbers the review prints; each note shows the arithmetic.',
	ambiguous: 'Figures marked "ambiguous" cannot be settled from the text and are shown without a value.',
	discrepancy: 'Figures marked "printed figures disagree" are printed differently in different places of the review, or differ from their own counts; both are kept.'
};

/** The notes for a set of figures, each once, in a fixed order. */
export function caveatNotes(figures: FigureLike[]): string[] {
	const seen = new Set(figures.flatMap(caveatsOf));
	return (Object.keys(CAVEAT_NOTE) as Caveat[]).filter((c) => seen.has(c)).map((c) => CAVEAT_NOTE[c]);
}
