/**
 * A data table's rows, and a reader's reference, as HTML strings. Why: a chart's table
 * alternative holds up to 882 rows (42 countries × 21 capabilities), and as Svelte markup every
 * row, cell and reference is an effect that hydration walks: about a fifth of the heatmap page's
 * hydration task. Inserted with `{@html}`, the prerendered rows are adopted as they are. Every
 * value is escaped: rows come from the dataset and from the SQL console, where a query can
 * return any text.
 */
import { copy } from '$lib/copy';
import type { ChartColumn } from '$lib/export/meta';
import { formatReaderRef, technicalRef, type ReaderRefFields } from '$lib/data/readerRef';

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

const SPECIAL = /[&<>"']/;
const SPECIAL_ALL = /[&<>"']/g;

/** Text made safe for an element's content or a quoted attribute value. */
export const escapeHtml = (text: string): string =>
	// Most values hold nothing to escape: a test first is several times quicker than replace's
	// callback machinery on them (a heatmap's table has 5,292 cells).
	SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (ch) => ENTITIES[ch]) : text;

/**
 * ` name="value"` with the value escaped, or nothing for an absent one: the one way the markup
 * strings (chart marks, /check's cards) write an attribute. A number is written as it is: it holds
 * nothing to escape, and skipping the escape for the dozen numbers of each of up to 882 heatmap
 * cells is a good part of the time it takes to write them.
 */
export const htmlAttr = (name: string, value: string | number | undefined): string =>
	value === undefined ? '' : ` ${name}="${typeof value === 'number' ? value : escapeHtml(value)}"`;

/** A row as a reference reads it (a row that has source_ref may also carry reader columns). */
export type ReaderRefRow = ReaderRefFields & { source_ref?: string | null };

/**
 * Where a figure is printed, for a reader with the PDF, and (when `technical`) the line range in
 * a collapsed detail. Styled by global.css (.reader-ref, .technical-ref).
 */
export function readerRefHtml(row: ReaderRefRow, technical = true): string {
	const reader = `<span class="reader-ref">${escapeHtml(formatReaderRef(row))}</span>`;
	const lines = technical ? technicalRef(row.source_ref) : '';
	if (!lines) return reader;
	return (
		`${reader}<details class="technical-ref"><summary>${escapeHtml(copy.readerRef.technical)}` +
		`</summary><span title="${escapeHtml(copy.readerRef.technicalHelp)}">${escapeHtml(lines)}` +
		`</span></details>`
	);
}

/** A cell's text: nothing for a missing value, yes or no in the page's language. */
export function cellText(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'boolean') return v ? copy.chart.yes : copy.chart.no;
	return String(v);
}

function cellHtml(column: ChartColumn, row: Record<string, unknown>): string {
	const v = row[column.key];
	// On the page a reader gets the reader's reference, the line range collapsed; downloads keep
	// the source_ref column as it is.
	if (column.key === 'source_ref' && v) return `<td class="ref">${readerRefHtml(row)}</td>`;
	if (column.key.endsWith('_ref') && v)
		return `<td class="ref">${readerRefHtml({ source_ref: String(v) })}</td>`;
	const num = typeof v === 'number' ? ' class="num"' : '';
	return `<td${num}>${escapeHtml(cellText(v))}</td>`;
}

/** The table's body rows, in the columns' order. */
export function tableRowsHtml(columns: ChartColumn[], rows: Record<string, unknown>[]): string {
	let out = '';
	for (const row of rows) {
		out += '<tr>';
		for (const c of columns) out += cellHtml(c, row);
		out += '</tr>';
	}
	return out;
}
