/**
 * The words of each heatmap cell: what is written inside it, what a screen reader hears, and the
 * lines of its hover/focus card. Kept apart from the markup so every cell's text is tested.
 */
import { copy } from '$lib/copy';
import { CAVEAT_LABEL, type Caveat } from '$lib/data/caveats';
import { formatCount, formatPct } from '$lib/format';
import { formatReaderRef } from '$lib/data/readerRef';
import type { HeatAxisItem, HeatCell, HeatmapModel } from './model';

const t = copy.capabilities;

/** Marks for a cell's caveats, in a fixed order ("†≠"). */
export function cellMarks(caveats: Caveat[]): string {
	return caveats
		.filter((c) => c !== 'ambiguous')
		.map((c) => t.marks[c])
		.join('');
}

export interface CellText {
	/** First line: the value, or what stands in for it. */
	main: string;
	/** Second line: n, or empty. */
	sub: string;
	/** Caveat marks written after the value. */
	marks: string;
	/** The cell is a stand-in (not reported / ambiguous), drawn in muted italics. */
	muted: boolean;
}

export function cellText(cell: HeatCell, compact: boolean): CellText {
	const marks = cellMarks(cell.caveats);
	switch (cell.kind) {
		case 'figure':
			return {
				main: formatPct(cell.value, Number.isInteger(cell.value) ? 0 : 1),
				sub: t.heatmap.cell.of(cell.data.yes as number, cell.data.n as number),
				marks,
				muted: false
			};
		case 'ambiguous':
			return {
				main: compact ? t.heatmap.cell.ambiguousShort : t.heatmap.cell.ambiguous,
				sub: cell.data.n === null ? '' : t.heatmap.cell.nLine(cell.data.n),
				marks: t.marks.ambiguous + marks,
				muted: true
			};
		case 'not-reported':
			return {
				main: compact ? t.heatmap.cell.notReportedShort : t.heatmap.cell.notReported,
				sub: '',
				marks: '',
				muted: true
			};
		case 'mentions':
			return { main: cell.value ? String(cell.value) : '', sub: '', marks: '', muted: false };
	}
}

function populationOf(col: HeatAxisItem): string {
	return (t.populations as Record<string, { of: string }>)[col.key]?.of ?? col.label;
}

/** The figure in words: "32 of 42 (76%)", with its caveats. */
export function figureWords(cell: HeatCell): string {
	const caveats = cell.caveats.filter((c) => c !== 'ambiguous').map((c) => CAVEAT_LABEL[c]);
	let text: string;
	if (cell.kind === 'figure') text = `${formatCount(cell.data.yes, cell.data.n)} (${cell.value}%)`;
	else if (cell.kind === 'ambiguous')
		text =
			t.heatmap.cell.ambiguous +
			(cell.candidates.length
				? `${copy.semicolon} ${t.heatmap.card.candidates.toLowerCase()}${copy.colon} ${cell.candidates.join(', ')}`
				: '');
	else text = t.heatmap.cell.notReported;
	return [text, ...caveats].join('; ');
}

/** What a screen reader hears on the cell. */
export function cellAriaLabel(model: HeatmapModel, cell: HeatCell): string {
	const row = model.rows[cell.r];
	const col = model.cols[cell.c];
	if (cell.kind === 'mentions')
		return t.heatmap.aria.mentions(row.label, `${col.key}. ${col.label}`, cell.value ?? 0);
	return t.heatmap.aria.figure(row.short, populationOf(col), figureWords(cell));
}

export interface CardText {
	title: string;
	subtitle: string;
	lines: string[];
	source: string | null;
	footer: string;
}

/** The hover/focus card of a cell. */
export function cardText(model: HeatmapModel, cell: HeatCell): CardText {
	const row = model.rows[cell.r];
	const col = model.cols[cell.c];
	const d = cell.data;
	if (cell.kind === 'mentions') {
		const capability = `${col.key}. ${col.label}`;
		return {
			title: row.label,
			subtitle: capability,
			lines: [t.heatmap.card.mentions(row.label, cell.value ?? 0, capability)],
			source: null,
			footer: [t.heatmap.card.notAssessment, t.heatmap.card.open].join(' ')
		};
	}
	const population = populationOf(col);
	const lines: string[] = [];
	if (cell.kind === 'figure') {
		lines.push(`${d.label}${copy.colon} ${formatCount(d.yes, d.n)}.`);
		lines.push(
			`${formatPct(d.pct, 1)} ${t.heatmap.card.recomputed}` +
				(d.pct_printed !== null ? `; ${formatPct(d.pct_printed)} ${t.heatmap.card.printed}` : '')
		);
	} else if (cell.kind === 'ambiguous') {
		lines.push(`${d.label}.`);
		lines.push(t.heatmap.card.ambiguous);
		if (cell.candidates.length)
			lines.push(`${t.heatmap.card.candidates}${copy.colon} ${cell.candidates.join(' | ')}`);
	} else {
		lines.push(t.heatmap.card.notReported(population));
		if (d.others) lines.push(t.heatmap.card.others(d.others, population));
	}
	const caveats = cell.caveats.filter((c) => c !== 'ambiguous');
	if (caveats.length)
		lines.push(caveats.map((c) => `${t.marks[c]} ${CAVEAT_LABEL[c]}`).join(' · '));
	return {
		title: row.short,
		subtitle: col.label,
		lines,
		source: d.source_ref ? formatReaderRef(d) : null,
		footer: t.heatmap.card.open
	};
}
