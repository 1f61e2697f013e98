/**
 * Grouped bars of the review's figures: which figures form a group, which bar each population
 * gets, and what kind of bar it is (a value, an ambiguous figure drawn without a value, or a
 * population the review does not report). Shared by the capability page (a capability's figures
 * and their sub-figures) and /compare (populations side by side). Pure and tested.
 */
import type { ReaderRefFields } from '$lib/data/readerRef';
import { caveatsOf, type Caveat } from '$lib/data/caveats';
import { roundedPct } from '$lib/data/figures';
import type { Status } from '$lib/data/schema';
import { splitCandidates } from '../heatmap/model';

/** The indicator columns a bar needs (a subset of the `indicators` table). */
export interface BarFigure extends ReaderRefFields {
	indicator_id: string;
	capability_id?: number | null;
	parent_id?: string | null;
	label: string;
	population: string;
	yes: number | null;
	n: number | null;
	pct: number | null;
	pct_printed: number | null;
	status: Status;
	candidate_values: string | null;
	discrepancy: boolean | null;
	source_ref: string;
	note: string | null;
}

export type BarKind = 'value' | 'ambiguous' | 'not-reported';

export interface Bar {
	key: string;
	population: string;
	kind: BarKind;
	/** Share for the bar's length, 0–100; null when no bar may be drawn. */
	pct: number | null;
	/** Whole-number percentage as the review would print it. */
	whole: number | null;
	figure: BarFigure | null;
	caveats: Caveat[];
	candidates: string[];
	/** Number of the note explaining how the figure was obtained (derived or ambiguous). */
	footnote: number | null;
}

export interface BarGroup {
	key: string;
	label: string;
	/** Nesting: 0 for a figure, 1 for a figure that breaks it down, and so on. */
	depth: number;
	capabilityId: number | null;
	bars: Bar[];
}

export interface Footnote {
	number: number;
	indicator_id: string;
	label: string;
	status: Status;
	note: string;
}

export function barKind(f: BarFigure | null): BarKind {
	if (!f) return 'not-reported';
	if (f.status === 'ambiguous') return 'ambiguous';
	if (f.yes === null || f.n === null || f.n === 0) return 'not-reported';
	return 'value';
}

export function figureBar(f: BarFigure | null, population: string, key: string): Bar {
	const kind = barKind(f);
	const value = kind === 'value' && f ? (100 * (f.yes as number)) / (f.n as number) : null;
	return {
		key,
		population,
		kind,
		pct: value,
		whole: kind === 'value' && f ? roundedPct(f.yes as number, f.n as number) : null,
		figure: f,
		caveats: f ? caveatsOf(f) : [],
		candidates: kind === 'ambiguous' && f ? splitCandidates(f.candidate_values) : [],
		footnote: null
	};
}

/**
 * A capability's figures as a tree of groups: each figure about a group of countries heads a
 * group; its splits by population (income group, survey) are extra bars in that group; the
 * figures that break it down further (sub-figures about the same countries) follow as nested
 * groups. Rows arrive headline first; siblings keep the query's order.
 */
export function figureTree(figures: BarFigure[]): BarGroup[] {
	const ids = new Set(figures.map((f) => f.indicator_id));
	const isRoot = (f: BarFigure) => !f.parent_id || !ids.has(f.parent_id);
	const children = (id: string) => figures.filter((f) => f.parent_id === id);
	const groups: BarGroup[] = [];
	const visit = (f: BarFigure, depth: number) => {
		const kids = children(f.indicator_id);
		const splits = kids.filter((k) => k.population !== 'all' && f.population === 'all');
		groups.push({
			key: f.indicator_id,
			label: f.label,
			depth,
			capabilityId: f.capability_id ?? null,
			bars: [f, ...splits].map((x) => figureBar(x, x.population, x.indicator_id))
		});
		for (const k of kids) if (!splits.includes(k)) visit(k, depth + 1);
	};
	for (const f of figures) if (isRoot(f)) visit(f, 0);
	return groups;
}

/**
 * Number the notes that say how a figure was obtained (derived) or why it has no value
 * (ambiguous), in reading order; a note shared by several bars gets one number.
 */
export function numberFootnotes(groups: BarGroup[]): { groups: BarGroup[]; notes: Footnote[] } {
	const notes: Footnote[] = [];
	const byText = new Map<string, number>();
	const out = groups.map((g) => ({
		...g,
		bars: g.bars.map((b) => {
			const f = b.figure;
			if (!f || !f.note || (f.status !== 'derived' && f.status !== 'ambiguous')) return b;
			let number = byText.get(f.note);
			if (number === undefined) {
				number = notes.length + 1;
				byText.set(f.note, number);
				notes.push({
					number,
					indicator_id: f.indicator_id,
					label: f.label,
					status: f.status,
					note: f.note
				});
			}
			return { ...b, footnote: number };
		})
	}));
	return { groups: out, notes };
}
