import { describe, expect, it } from 'vitest';
import { explainError } from '../../../src/lib/sqlconsole/errors';

const TABLES = ['countries', 'indicators', 'mentions'];

describe('explainError', () => {
	it('lists the tables when a table name is unknown', () => {
		const message =
			'Catalog Error: Table with name countrys does not exist!\nDid you mean "countries"?\n\nLINE 1: SELECT * FROM countrys';
		const e = explainError(message, TABLES, 'SELECT * FROM countrys');
		expect(e.message).toBe(
			'DuckDB does not know a name in the query: Table with name countrys does not exist.'
		);
		expect(e.details).toEqual(['Did you mean "countries"?']);
		expect(e.hint).toContain('"countrys"');
		expect(e.hint).toContain('countries, indicators, mentions');
	});

	it.each([
		['Binder Error: Referenced column "nme" not found in FROM clause!', 'DESCRIBE'],
		['Catalog Error: Scalar Function with name foo does not exist!', '"foo"'],
		['Parser Error: syntax error at or near "SELEC"', 'single quotes'],
		[
			'Binder Error: Could not choose a best candidate function for the function call "+(STRING_LITERAL, INTEGER_LITERAL)"',
			'CAST'
		],
		["Conversion Error: Could not convert string 'a' to INT32", 'CAST'],
		['Out of Memory Error: could not allocate block of size 256 KiB', 'LIMIT'],
		[
			'Permission Error: Cannot access file "http://x/a.csv" - file system operations are disabled by configuration',
			'cannot open files or web addresses'
		]
	])('adds a hint to %j', (message, expected) => {
		expect(explainError(message, TABLES).hint).toContain(expected);
	});

	it('says a JSON parser error as a sentence, with the spot and the syntax hint', () => {
		const e = explainError(
			'{"exception_type":"Parser","exception_message":"syntax error at or near \\"countries\\"","position":"14"}',
			TABLES,
			'SELECT * FORM countries'
		);
		expect(e.message).toBe('DuckDB could not read the query: Syntax error at or near "countries".');
		expect(e.position).toBe(14);
		expect(e.kind).toBe('Parser');
		expect(e.hint).toContain('single quotes');
	});

	it('adds nothing when it has nothing useful to say', () => {
		expect(explainError('Invalid Input Error: something unusual', TABLES).hint).toBeNull();
	});
});
