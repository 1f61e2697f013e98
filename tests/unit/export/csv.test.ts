import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { BOM, csvField, csvLines, DATASET_CSV, toCsv } from '$lib/export/csv';
import { READER_REF_TABLES, curatedFileName } from '$lib/data/schema';

/** RFC 4180 reader, independent of the writer. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endField = () => {
		row.push(field);
		field = '';
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') endField();
		else if (c === '\r' && text[i + 1] === '\n') {
			endField();
			rows.push(row);
			row = [];
			i++;
		} else field += c;
	}
	if (field || row.length) {
		endField();
		rows.push(row);
	}
	return rows;
}

describe('csv', () => {
	const columns = [
		{ key: 'capability_id', label: 'Capability' },
		{ key: 'name', label: 'Name' },
		{ key: 'pct', label: '%' },
		{ key: 'flag', label: 'Flag' },
		{ key: 'source_ref', label: 'Source' }
	];
	const rows = [
		{
			capability_id: 1,
			name: 'Leadership',
			pct: 76.19047619047619,
			flag: true,
			source_ref: 'Figure 1, lines 10-12'
		},
		{
			capability_id: 3,
			name: 'Says "hi"\nthen, leaves',
			pct: null,
			flag: false,
			source_ref: undefined
		},
		{ capability_id: -2, name: '=HYPERLINK("x")', pct: 0, flag: null, source_ref: '@ref' }
	];

	it('writes dictionary column names, CRLF lines and a BOM by default', () => {
		const text = toCsv(columns, rows);
		expect(text.startsWith(BOM)).toBe(true);
		expect(text.slice(1).split('\r\n')[0]).toBe('capability_id,name,pct,flag,source_ref');
		expect(text.endsWith('\r\n')).toBe(true);
		expect(toCsv(columns, rows, { bom: false }).startsWith('capability_id')).toBe(true);
	});

	it('round-trips through an RFC 4180 reader; null is empty, never 0', () => {
		const parsed = parseCsv(toCsv(columns, rows, { bom: false }));
		expect(parsed).toHaveLength(4);
		expect(parsed[1]).toEqual([
			'1',
			'Leadership',
			'76.19047619047619',
			'true',
			'Figure 1, lines 10-12'
		]);
		expect(parsed[2]).toEqual(['3', 'Says "hi"\nthen, leaves', '', 'false', '']);
		// Text that a spreadsheet would run is neutralised; numbers (even negative) are not.
		expect(parsed[3]).toEqual(['-2', `'=HYPERLINK("x")`, '0', '', `'@ref`]);
	});

	it('quotes only when needed', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "x"')).toBe('"say ""x"""');
		expect(csvField(Number.NaN)).toBe('');
		expect(csvField(12n)).toBe('12');
	});
});

describe('formula guard', () => {
	it.each([
		[' =1+1', `' =1+1`],
		['\n=1+1', `"'\n=1+1"`],
		['\t=1', `'\t=1`],
		['＝HYPERLINK("x")', `"'＝HYPERLINK(""x"")"`],
		['|calc', `'|calc`],
		[';cmd', `';cmd`],
		['\u3000=1', `'\u3000=1`]
	])('guards %j', (text, field) => {
		expect(csvField(text)).toBe(field);
	});

	it('leaves ordinary text and numbers alone', () => {
		expect(csvField(' leading space')).toBe('" leading space"');
		expect(csvField('Côte d’Ivoire')).toBe('Côte d’Ivoire');
		expect(csvField(-3)).toBe('-3');
	});
});

describe('the build writes the dataset files with the same writer', () => {
	// The curated files in data/ are written by scripts/derive-reader-refs.ts (formerly with
	// d3-dsv's csvFormat); reading one and writing it back with the build's options must give the
	// same bytes, or every dataset version hash would move.
	it.each(READER_REF_TABLES.map(curatedFileName))('data/%s round-trips byte for byte', (file) => {
		const text = readFileSync(`data/${file}`, 'utf8');
		const rows = csvParseRows(text);
		expect(csvLines(rows[0], rows.slice(1), DATASET_CSV)).toBe(text);
	});

	it('keeps what a spreadsheet would run as a formula as it is, and quotes like RFC 4180', () => {
		const text = csvLines(
			['a', 'b'],
			[
				['-3 to 4', 'x,"y"'],
				[null, true]
			],
			DATASET_CSV
		);
		expect(text).toBe('a,b\n-3 to 4,"x,""y"""\n,true\n');
		expect(csvParseRows(text)).toEqual([
			['a', 'b'],
			['-3 to 4', 'x,"y"'],
			['', 'true']
		]);
	});
});
