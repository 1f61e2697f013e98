/**
 * The text files of the briefing pack (pure): how to cite the chart, its alt text, the notes.
 * Everything comes from the chart's meta, so the pack says exactly what the screen said.
 */
import { copy } from '$lib/copy';
import { reviewCitation, sourceLine } from '$lib/citation';
import type { ChartMeta } from '$lib/charts/meta';

const t = copy.exports.file;

/** "2025-03-14" in the reader's local calendar. */
export function isoDate(d: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function citationText(meta: ChartMeta, url: string, csvName: string, date: Date): string {
	return [
		t.citationTitle,
		'',
		t.chartCitation(meta.title, url, isoDate(date)),
		'',
		`${t.dataSource}:`,
		reviewCitation,
		'',
		`${t.shortForm}:`,
		`${t.source}: ${sourceLine}`,
		'',
		t.whereInReview(csvName),
		''
	].join('\n');
}

/** How a row is named in the notes: its name, label or first column. */
function rowName(row: Record<string, unknown>, meta: ChartMeta): string {
	const name = row.name ?? row.label ?? row[meta.columns[0]?.key ?? ''];
	const id = row.capability_id ?? row.iso3 ?? row.indicator_id;
	return [id, name].filter((v) => v !== null && v !== undefined && v !== '').join('. ');
}

export function notesText(meta: ChartMeta): string {
	const figureNotes = meta.rows
		.filter((r) => typeof r.note === 'string' && r.note.trim())
		.map((r) => `- ${rowName(r, meta)}: ${String(r.note).trim()}`);
	return [
		t.notesTitle(meta.title),
		meta.subtitle,
		'',
		...(meta.notes.length ? meta.notes.map((n) => `- ${n}`) : [t.noNotes]),
		...(figureNotes.length ? ['', `${t.figureNotes}:`, ...figureNotes] : []),
		''
	].join('\n');
}

export function altText(meta: ChartMeta): string {
	return `${meta.altText}\n`;
}

export function readmeText(meta: ChartMeta, url: string): string {
	return `${t.packReadme(meta.title)}\n\n${url}\n`;
}
