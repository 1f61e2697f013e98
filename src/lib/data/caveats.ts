/**
 * The caveats a figure carries wherever it is shown: a small denominator, a value we derived
 * rather than read, a value the text cannot settle, or printings that disagree. Charts show
 * these next to the value, exports carry them as notes.
 */
import type { Status } from './schema';
import * as m from '$lib/paraglide/messages';

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

/** Short marker text shown beside a value, in the page's language (read at each use). */
export const CAVEAT_LABEL: Readonly<Record<Caveat, string>> = {
	get 'small-n'() {
		return m.chart_small_n();
	},
	get derived() {
		return m.chart_derived();
	},
	get ambiguous() {
		return m.chart_ambiguous();
	},
	get discrepancy() {
		return m.chart_discrepancy();
	}
};

/** Sentence used in chart notes and exports, in the page's language. */
export const CAVEAT_NOTE: Readonly<Record<Caveat, string>> = {
	get 'small-n'() {
		return m.chart_note_small_n({ n: String(SMALL_N) });
	},
	get derived() {
		return m.chart_note_derived();
	},
	get ambiguous() {
		return m.chart_note_ambiguous();
	},
	get discrepancy() {
		return m.chart_note_discrepancy();
	}
};

/** The notes for a set of figures, each once, in a fixed order. */
export function caveatNotes(figures: FigureLike[]): string[] {
	const seen = new Set(figures.flatMap(caveatsOf));
	return (Object.keys(CAVEAT_NOTE) as Caveat[]).filter((c) => seen.has(c)).map((c) => CAVEAT_NOTE[c]);
}
