// A data table's rows and a reader's reference written as HTML strings (tableHtml.ts): every value
// escaped, and the table's body one block that hydration adopts rather than one per row.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import DataTable from '../../../src/lib/components/DataTable.svelte';
import ReaderRef from '../../../src/lib/components/ReaderRef.svelte';
import {
	cellText,
	escapeHtml,
	readerRefHtml,
	tableRowsHtml
} from '../../../src/lib/components/tableHtml';

const columns = [
	{ key: 'country', label: 'Country' },
	{ key: 'share', label: 'Share' },
	{ key: 'source_ref', label: 'Where in the review' }
];

describe('tableRowsHtml', () => {
	it('escapes whatever a query returns, so it shows as text', () => {
		const hostile = `<img src=x onerror="alert(1)">'&`;
		const html = tableRowsHtml(columns, [{ country: hostile, share: 0.5, source_ref: null }]);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;');
		expect(escapeHtml('"a" & <b>')).toBe('&quot;a&quot; &amp; &lt;b&gt;');
	});

	it('writes one row per row and one cell per column, numbers marked for alignment', () => {
		const html = tableRowsHtml(columns, [
			{ country: 'Kenya', share: 0.76, source_ref: null },
			{ country: 'Chile', share: null, source_ref: null }
		]);
		expect(html.match(/<tr>/g)).toHaveLength(2);
		expect(html.match(/<td/g)).toHaveLength(6);
		expect(html).toContain('<td class="num">0.76</td>');
		expect(html).toContain('<td></td>');
		expect(cellText(true)).toBe('yes');
		expect(cellText(false)).toBe('no');
		expect(cellText(undefined)).toBe('');
	});

	it('writes a true or false cell in the page language', () => {
		const original = getLocale;
		try {
			overwriteGetLocale(() => 'fr');
			expect([cellText(true), cellText(false)]).toEqual(['oui', 'non']);
			overwriteGetLocale(() => 'es');
			expect(cellText(true)).toBe('sí');
		} finally {
			overwriteGetLocale(original);
		}
	});

	it("gives a reference column the reader's reference, the line range collapsed", () => {
		const row = {
			country: 'Kenya',
			share: 1,
			source_ref: 'framing-the-future.txt:380-418'
		};
		const html = tableRowsHtml(columns, [row]);
		expect(html).toContain(`<td class="ref">${readerRefHtml(row)}</td>`);
		expect(readerRefHtml(row)).toMatch(/^<span class="reader-ref">/);
		expect(readerRefHtml(row, false)).not.toContain('<details');
	});
});

describe('DataTable on the server', () => {
	const rows = Array.from({ length: 30 }, (_, i) => ({
		country: `Country ${i}`,
		share: i / 30,
		source_ref: null
	}));

	it('renders the body as one block: no hydration marker per row (each one an effect to walk)', () => {
		const { body } = render(DataTable, { props: { columns, rows } });
		const tbody = /<tbody[^>]*>([\s\S]*)<\/tbody>/.exec(body)![1];
		expect(tbody.match(/<tr>/g)).toHaveLength(30);
		// An {#each} writes "<!--[-->" around its items; {@html} writes one pair of markers.
		expect(tbody.match(/<!--\[/g) ?? []).toHaveLength(0);
		expect(tbody).toContain(tableRowsHtml(columns, rows));
	});

	it('caps what it renders and says so', () => {
		const { body } = render(DataTable, { props: { columns, rows, limit: 10 } });
		expect(body.match(/<tr>/g)).toHaveLength(11); // the head's row and ten
		expect(body).toMatch(/Showing 10 of 30 rows/);
		expect(body).toContain('aria-label="Data table"');
	});

	it('says so in the page language, numbers written the way it writes them', () => {
		const original = getLocale;
		const many = Array.from({ length: 1500 }, (_, i) => ({ country: `C${i}`, share: 0 }));
		try {
			overwriteGetLocale(() => 'fr');
			const fr = render(DataTable, { props: { columns, rows: many } }).body;
			expect(fr).not.toContain('Showing');
			expect(fr).not.toContain('Data table');
			expect(fr).toContain('aria-label="Tableau de données"');
			expect(fr).toContain('1\u202f000 lignes affichées sur 1\u202f500.');
			overwriteGetLocale(() => 'es');
			const es = render(DataTable, { props: { columns, rows: many } }).body;
			expect(es).toContain('aria-label="Tabla de datos"');
			expect(es).toMatch(/Se muestran 1\.?000 de 1\.?500 filas\./);
		} finally {
			overwriteGetLocale(original);
		}
	});

	it('ReaderRef writes the same markup as a table cell', () => {
		const row = { source_ref: 'framing-the-future.txt:380-418' };
		const { body } = render(ReaderRef, { props: { row } });
		expect(body).toContain(readerRefHtml(row));
	});
});
