import { describe, expect, it } from 'vitest';
import { CELL_CHARS, cellText, viewOf } from '../../../src/lib/sqlconsole/result';
import { sqlFitsUrl, MAX_URL_SQL_CHARS, RENDER_LIMIT } from '../../../src/lib/sqlconsole/limits';

const rows = (n: number) => Array.from({ length: n }, (_, i) => [i]);

describe('viewOf', () => {
	it('draws everything when the result is small', () => {
		const v = viewOf({ rows: rows(3), total: 3 });
		expect(v).toMatchObject({ total: 3, kept: 3, capped: false, complete: true });
		expect(v.shown).toHaveLength(3);
	});

	it('caps what it draws at the render limit and says the CSV is complete', () => {
		const v = viewOf({ rows: rows(RENDER_LIMIT + 10), total: RENDER_LIMIT + 10 });
		expect(v.shown).toHaveLength(RENDER_LIMIT);
		expect(v).toMatchObject({ capped: true, complete: true, total: RENDER_LIMIT + 10 });
	});

	it('says when the CSV holds only part of a huge result', () => {
		const v = viewOf({ rows: rows(50), total: 1_000_000 }, 10);
		expect(v.shown).toHaveLength(10);
		expect(v).toMatchObject({ capped: true, complete: false, kept: 50, total: 1_000_000 });
	});
});

describe('cellText', () => {
	it('writes values as text and shortens very long ones', () => {
		expect(cellText(1.5)).toBe('1.5');
		expect(cellText(false)).toBe('false');
		expect(cellText([1, 'a'])).toBe('[1,"a"]');
		expect(cellText('x'.repeat(CELL_CHARS + 5))).toHaveLength(CELL_CHARS + 1);
	});
});

describe('sqlFitsUrl', () => {
	it('measures the encoded length', () => {
		expect(sqlFitsUrl('SELECT 1')).toBe(true);
		expect(sqlFitsUrl('x'.repeat(MAX_URL_SQL_CHARS))).toBe(true);
		expect(sqlFitsUrl('x'.repeat(MAX_URL_SQL_CHARS + 1))).toBe(false);
		// Each space encodes to three characters.
		expect(sqlFitsUrl(' '.repeat(MAX_URL_SQL_CHARS / 3 + 1))).toBe(false);
	});
});
