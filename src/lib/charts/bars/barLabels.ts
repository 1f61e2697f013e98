/**
 * The words written on and beside each bar: count, n, share and how the figure was obtained
 * (stated or derived, with its note number), or why no bar is drawn. Tested with the model.
 */
import { copy } from '$lib/copy';
import { CAVEAT_LABEL } from '$lib/data/caveats';
import { formatCount, formatPct } from '$lib/format';
import type { Bar } from './model';

const t = copy.compare.bars;

type PopulationNames = Record<string, { label: string; series: string; short: string }>;

/** Name of a population as a series label (short on narrow screens). */
export function seriesLabel(population: string, compact: boolean): string {
	const p = (copy.capabilities.populations as PopulationNames)[population];
	if (!p) return population;
	return compact ? p.short : p.series;
}

/**
 * Label of a bar's row. A sub-figure about "all" countries is really about a subset (the 38 with
 * a hotline, say), so its row names its base rather than calling it all surveyed countries.
 */
export function rowLabel(bar: Bar, depth: number, compact: boolean): string {
	if (depth > 0 && bar.population === 'all') return t.base(bar.figure?.n ?? null);
	return seriesLabel(bar.population, compact);
}

/** Full name of a population, for tables and spoken labels. */
export function populationName(population: string): string {
	return (copy.capabilities.populations as PopulationNames)[population]?.label ?? population;
}

/** Footnote marker, e.g. "[2]". */
export const footnoteMark = (n: number | null) => (n === null ? '' : `[${n}]`);

/** The text beside a bar: "29 of 42 · 69% · stated", "ambiguous · values offered: 14 | 15". */
export function barValueText(bar: Bar): string {
	const mark = footnoteMark(bar.footnote);
	if (bar.kind === 'not-reported') return t.notReported;
	const f = bar.figure;
	const extra = bar.caveats
		.filter((c) => c !== 'ambiguous' && c !== 'derived')
		.map((c) => CAVEAT_LABEL[c]);
	if (bar.kind === 'ambiguous') {
		const offered = bar.candidates.length
			? t.candidates(bar.candidates.join(' | '))
			: f?.n !== null && f?.n !== undefined
				? t.noValueOfN(f.n)
				: t.noValue;
		return [`${t.ambiguous}${mark}`, offered, ...extra].join(' · ');
	}
	return [
		formatCount(f?.yes, f?.n),
		formatPct(bar.whole),
		`${f?.status === 'derived' ? t.derived : t.stated}${mark}`,
		...extra
	].join(' · ');
}

/** What a screen reader hears for a bar. */
export function barAriaLabel(groupLabel: string, bar: Bar, depth = 0): string {
	const text = barValueText(bar)
		.replaceAll(' · ', ', ')
		.replace(/\[(\d+)\]/g, (_, n: string) => ` ${t.noteRef(n)}`);
	const who =
		depth > 0 && bar.population === 'all'
			? rowLabel(bar, depth, false)
			: populationName(bar.population);
	return `${groupLabel}${copy.semicolon} ${who}${copy.colon} ${text}`;
}
