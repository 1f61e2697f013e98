/**
 * A reader's reference: how someone with the published PDF in hand finds a figure, printing, mention
 * or term — the section as printed, the figure/table/box, a phrase to search for, the page when the
 * text settles it. Every page and export formats references here, so they read the same everywhere;
 * the line ranges of source_ref stay in a technical detail and in downloads.
 */
import * as m from '$lib/paraglide/messages';
import { formatSourcePlace, parseSourceRef, PRIMARY_SOURCE, type LineWords } from './sourceRef';

/** The reader-reference columns a row may carry (see schema.ts: readerColumns). */
export interface ReaderRefFields {
	section?: string | null;
	figure?: string | null;
	search_phrase?: string | null;
	phrase_count?: number | null;
	page?: number | null;
}

/** Column names of the reader reference, in the order downloads list them. */
export const READER_REF_COLUMNS = ['section', 'figure', 'search_phrase', 'phrase_count', 'page'] as const;

export interface ReaderRefParts {
	/** "Figure 4" or null. */
	figure: string | null;
	/** "Hotline › Current status" or null. */
	section: string | null;
	/** The phrase to search for, verbatim. */
	phrase: string | null;
	/** How many places hold the phrase (1: it leads straight there). */
	places: number | null;
	page: number | null;
}

/** Publication names for the source files a reference may point into, in the page's language. */
const PUBLICATION_OF: Record<string, () => string> = {
	[PRIMARY_SOURCE]: m.reader_ref_pub_review,
	'mnr-guidance.md': m.reader_ref_pub_guidance,
	'mnr-framework-overview.txt': m.reader_ref_pub_diagram,
	'mnr-capability-1-leadership-excerpt.txt': m.reader_ref_pub_guidance,
	'mnr-capability-2-research-excerpt.txt': m.reader_ref_pub_guidance
};

/** "line 3", "lines 380–418" in the page's language. */
export const LINE_WORDS: LineWords = {
	line: (n) => m.reader_ref_line({ n: String(n) }),
	lines: (from, to) => m.reader_ref_lines({ from: String(from), to: String(to) }),
	colon: m.punct_colon
};

/** Place names of a source_ref without its line ranges: "Footnote 30; MNR guidance: Capability 1". */
export function placesOnly(sourceRef: string | null | undefined): string {
	if (!sourceRef) return '';
	try {
		const places = parseSourceRef(sourceRef).map((p) =>
			p.file === PRIMARY_SOURCE ? p.place : `${capitalise(PUBLICATION_OF[p.file]?.() ?? p.file)}${m.punct_colon()} ${p.place}`
		);
		return [...new Set(places)].join(`${m.punct_semicolon()} `);
	} catch {
		// Not a parsable reference: strip anything that looks like a line range.
		return sourceRef.replace(/,?\s*lines?\s+\d+(?:\s*[-–]\s*\d+)?/g, '');
	}
}

/** The technical reference with its line ranges, for the collapsed detail: "Figure 1 (lines 380–418)". */
export function technicalRef(sourceRef: string | null | undefined): string {
	if (!sourceRef) return '';
	try {
		return parseSourceRef(sourceRef)
			.map((p) => formatSourcePlace(p, LINE_WORDS))
			.join(`${m.punct_semicolon()} `);
	} catch {
		return sourceRef;
	}
}

export function readerRefParts(r: ReaderRefFields): ReaderRefParts {
	return {
		figure: r.figure ?? null,
		section: r.section ?? null,
		phrase: r.search_phrase ?? null,
		places: r.phrase_count ?? null,
		page: r.page ?? null
	};
}

/** "(2 places)" after a phrase that is printed in more than one place. */
export function placesNote(places: number | null): string {
	return places !== null && places > 1 ? ` ${m.reader_ref_places({ n: String(places) })}` : '';
}

/**
 * One line a reader can act on: `Figure 4 · Legislation › Current status · search "15 surveyed"`.
 * Rows without reader columns fall back to the place names of their source_ref, without lines.
 */
export function formatReaderRef(r: ReaderRefFields & { source_ref?: string | null }): string {
	const p = readerRefParts(r);
	const where = [p.figure, p.section].filter(Boolean).join(' · ') || placesOnly(r.source_ref);
	const search = p.phrase ? `${m.reader_ref_search({ phrase: p.phrase })}${placesNote(p.places)}` : '';
	const page = p.page !== null ? m.reader_ref_page({ n: String(p.page) }) : '';
	return [where, page, search].filter(Boolean).join(' · ');
}

/** The reader-reference columns of a row, for downloads (CSV of a chart, briefing pack). */
export function readerRefColumns(r: ReaderRefFields): Required<ReaderRefFields> {
	return {
		section: r.section ?? null,
		figure: r.figure ?? null,
		search_phrase: r.search_phrase ?? null,
		phrase_count: r.phrase_count ?? null,
		page: r.page ?? null
	};
}

/**
 * Download columns: the page's columns with the reader reference added right after source_ref when
 * the rows carry one. The table on the page shows the reader reference inside its source cell.
 */
export function withReaderRefColumns<C extends { key: string; label: string }>(
	columns: C[],
	rows: Record<string, unknown>[]
): (C | { key: string; label: string })[] {
	const at = columns.findIndex((c) => c.key === 'source_ref');
	if (at < 0 || !rows.some((r) => READER_REF_COLUMNS.some((k) => r[k] !== undefined))) return columns;
	const extra = READER_REF_COLUMNS.map((key) => ({ key, label: key }));
	return [...columns.slice(0, at + 1), ...extra, ...columns.slice(at + 1)];
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
