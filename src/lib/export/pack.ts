/**
 * The text files of the briefing pack (pure): how to cite the chart, its alt text, the notes.
 * Everything comes from the chart's meta, so the pack says exactly what the screen said.
 */
import { copy } from '$lib/copy';
import { SOURCE, reviewCitation, versionedSourceLine } from '$lib/citation';
import { formatReaderRef, type ReaderRefFields } from '$lib/data/readerRef';
import type { ChartMeta } from '$lib/charts/kit/meta';

const t = copy.exports.file;

/** "2025-03-14" in the reader's local calendar. */
export function isoDate(d: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function citationText(
	meta: ChartMeta,
	url: string,
	csvName: string,
	date: Date,
	version: string
): string {
	return [
		t.citationTitle,
		'',
		t.chartCitation(meta.title, url, isoDate(date)),
		'',
		`${t.dataSource}:`,
		reviewCitation,
		'',
		`${t.shortForm}:`,
		`${t.source}: ${versionedSourceLine(version)}`,
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

/**
 * The pack's notes: the chart's caveats, each reader note once (with every figure it covers), and
 * where each figure is printed in the review. Reader notes only; method notes stay in the dataset.
 */
export function notesText(meta: ChartMeta): string {
	const byNote = new Map<string, string[]>();
	for (const r of meta.rows) {
		const note = typeof r.note === 'string' ? r.note.trim() : '';
		if (note) byNote.set(note, [...(byNote.get(note) ?? []), rowName(r, meta)]);
	}
	const figureNotes = [...byNote].map(([note, names]) => `- ${names.join('; ')}: ${note}`);
	const where = meta.rows
		.filter((r) => typeof r.source_ref === 'string' && r.source_ref)
		.map(
			(r) =>
				`- ${rowName(r, meta)}: ${formatReaderRef(r as unknown as ReaderRefFields & { source_ref: string })}`
		);
	return [
		t.notesTitle(meta.title),
		meta.subtitle,
		'',
		...(meta.notes.length ? meta.notes.map((n) => `- ${n}`) : [t.noNotes]),
		...(figureNotes.length ? ['', `${t.figureNotes}:`, ...figureNotes] : []),
		...(where.length ? ['', t.whereTitle(SOURCE.url), ...[...new Set(where)]] : []),
		''
	].join('\n');
}

export function altText(meta: ChartMeta): string {
	return `${meta.altText}\n`;
}

export function readmeText(meta: ChartMeta, url: string): string {
	return `${t.packReadme(meta.title)}\n\n${url}\n`;
}
