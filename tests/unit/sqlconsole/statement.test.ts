import { describe, expect, it } from 'vitest';
import { checkStatement, stripSql } from '../../../src/lib/sqlconsole/statement';

describe('checkStatement', () => {
	it.each([
		'SELECT * FROM countries',
		'select 1;',
		'  -- a comment\nSELECT 1 -- trailing',
		'WITH x AS (SELECT 1) SELECT * FROM x',
		"FROM indicators WHERE status = 'ambiguous'",
		'DESCRIBE countries',
		'SUMMARIZE indicators',
		'SHOW TABLES',
		'EXPLAIN SELECT 1',
		'PIVOT countries ON survey USING count(*)',
		'(SELECT 1) UNION (SELECT 2)',
		"SELECT 'drop table countries; update x set y' AS s",
		'SELECT "update" FROM (SELECT 1 AS "update")',
		'SELECT 1 AS created, 2 AS settled',
		'/* DROP */ SELECT 1'
	])('runs %j', (sql) => {
		expect(checkStatement(sql)).toBeNull();
	});

	it.each([
		['', { kind: 'empty' }],
		['  ;  -- nothing', { kind: 'empty' }],
		['SELECT 1; SELECT 2', { kind: 'several', count: 2 }],
		['DROP TABLE countries', { kind: 'start', word: 'DROP' }],
		['INSERT INTO countries VALUES (1)', { kind: 'start', word: 'INSERT' }],
		['SET autoload_known_extensions = true', { kind: 'start', word: 'SET' }],
		['WITH x AS (SELECT 1) DELETE FROM countries', { kind: 'writes', word: 'DELETE' }],
		['SELECT 1 AS set', { kind: 'writes', word: 'SET' }],
		[
			"SELECT * FROM read_csv('https://example.org/x.csv')",
			{ kind: 'url', url: 'https://example.org/x.csv' }
		],
		[
			"SELECT * FROM read_parquet('s3://bucket/x.parquet')",
			{ kind: 'url', url: 's3://bucket/x.parquet' }
		]
	])('refuses %j', (sql, problem) => {
		expect(checkStatement(sql)).toEqual(problem);
	});

	it('sees through escape strings and dollar quoting', () => {
		// In E'…' a backslash escapes the quote, so the DROP is code, not text.
		expect(checkStatement("SELECT E'\\''; DROP TABLE countries; --'")).toEqual({
			kind: 'several',
			count: 2
		});
		expect(checkStatement('SELECT $$; DROP TABLE x$$ AS s')).toBeNull();
		expect(checkStatement('SELECT $tag$it$s$tag$ AS s')).toBeNull();
	});
});

describe('stripSql', () => {
	it('blanks comments, strings and quoted names but keeps positions', () => {
		const sql = `SELECT 'a''b' AS "x y" -- note\nFROM t /* c */`;
		const { code, strings } = stripSql(sql);
		expect(code).toHaveLength(sql.length);
		expect(code.replace(/\s+/g, ' ').trim()).toBe('SELECT AS FROM t');
		expect(strings).toEqual(["a'b"]);
	});

	it('copes with unterminated strings and very long input', () => {
		expect(stripSql("SELECT 'open").code.trim()).toBe('SELECT');
		// 1 MB of statement: a quadratic scan would run past the test's time limit (speed itself is
		// the benchmark's to measure; a wall-clock bound here failed on a loaded machine).
		const long = 'SELECT ' + "'x', ".repeat(200_000) + '1';
		expect(checkStatement(long)).toBeNull();
	});
});
