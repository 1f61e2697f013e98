// DuckDB-WASM's own error texts, as the console received them (recorded from the built site).
import { describe, expect, it } from 'vitest';
import { readEngineError, spotIn, spotWindow } from '../../../src/lib/sqlconsole/engineError';

describe('readEngineError', () => {
	it('reads a parser error sent as JSON, with its position', () => {
		const sql = 'SELECT * FORM countries';
		const raw =
			'{"exception_type":"Parser","exception_message":"syntax error at or near \\"countries\\"\\n\\nLINE 1: SELECT * FORM countries\\n                      ^","error_subtype":"SYNTAX_ERROR","position":"14"}';
		expect(readEngineError(raw, sql)).toEqual({
			kind: 'Parser',
			message: 'syntax error at or near "countries"',
			details: [],
			position: 14
		});
	});

	it('reads a position at the end of the input, on a later line', () => {
		const sql = 'SELECT *\nFROM countries\nWHERE iso3 = 1 +';
		const raw =
			'{"exception_type":"Parser","exception_message":"syntax error at end of input","error_subtype":"SYNTAX_ERROR","position":"40"}';
		const e = readEngineError(raw, sql);
		expect(e.position).toBe(40);
		expect(spotIn(sql, e.position!)).toEqual({ line: 3, column: 17, text: 'WHERE iso3 = 1 +' });
	});

	it('reads a text error, its candidates, and the spot its caret marks', () => {
		const sql = 'SELECT nme FROM countries';
		const raw =
			'Binder Error: Referenced column "nme" not found in FROM clause!\nCandidate bindings: "name", "note", "income_group", "income_group_ref", "region"\n\nLINE 1: SELECT nme FROM countries\n               ^';
		expect(readEngineError(raw, sql)).toEqual({
			kind: 'Binder',
			message: 'Referenced column "nme" not found in FROM clause!',
			details: ['Candidate bindings: "name", "note", "income_group", "income_group_ref", "region"'],
			position: 7
		});
	});

	it('keeps tabbed candidate lists and finds the caret in a query on several lines', () => {
		const sql = "SELECT\n  'a' + 1";
		const raw =
			'Binder Error: Could not choose a best candidate function for the function call "+(STRING_LITERAL, INTEGER_LITERAL)". In order to select one, please add explicit type casts.\n\tCandidate functions:\n\t+(DATE, INTEGER) -> DATE\n\n\nLINE 2:   \'a\' + 1\n              ^';
		const e = readEngineError(raw, sql);
		expect(e.kind).toBe('Binder');
		expect(e.details).toEqual(['Candidate functions:', '+(DATE, INTEGER) -> DATE']);
		expect(spotIn(sql, e.position!)).toMatchObject({ line: 2, column: 7 });
	});

	it('counts DuckDB’s byte positions as characters', () => {
		const sql = "SELECT 'Côte d’Ivoire' FORM x";
		const bytes = new TextEncoder().encode("SELECT 'Côte d’Ivoire' ").length;
		const raw = `{"exception_type":"Parser","exception_message":"syntax error at or near \\"FORM\\"","position":"${bytes}"}`;
		expect(readEngineError(raw, sql).position).toBe(sql.indexOf('FORM'));
	});

	it('gives the message as it is when it has no kind and no position', () => {
		expect(readEngineError('something odd', 'SELECT 1')).toEqual({
			kind: null,
			message: 'something odd',
			details: [],
			position: null
		});
		expect(readEngineError('{not json', 'SELECT 1').message).toBe('{not json');
	});
});

describe('spotWindow', () => {
	it('splits a short line at the spot', () => {
		expect(spotWindow({ column: 10, text: 'SELECT * FORM countries' })).toEqual({
			before: 'SELECT * ',
			at: 'F',
			after: 'ORM countries',
			indent: 9
		});
	});
	it('marks a space at the end of the input', () => {
		expect(spotWindow({ column: 17, text: 'WHERE iso3 = 1 +' })).toMatchObject({
			at: ' ',
			indent: 16
		});
	});
	it('shows a window of a long line, cut on both sides', () => {
		const text = 'x'.repeat(200) + 'FORM' + 'y'.repeat(200);
		const w = spotWindow({ column: 201, text }, 40);
		expect(w.at).toBe('F');
		expect(w.before.startsWith('…')).toBe(true);
		expect(w.after.endsWith('…')).toBe(true);
		expect(w.before.length + 1 + w.after.length).toBeLessThanOrEqual(42);
		expect(w.indent).toBe(w.before.length);
	});
});
