// Answers from DuckDB-WASM arrive as Arrow tables; views get plain rows. The column-by-column
// conversion must give exactly what the row-by-row one gave: same keys in the same order, nulls
// kept, BIGINT as numbers, decimals and dates made plain.
import { describe, expect, it } from 'vitest';
import { tableFromArrays, tableFromJSON } from 'apache-arrow';
import { arrowRows } from '$lib/engine/arrowRows';
import { plainRow } from '$lib/query/engine';

/** The conversion it replaces, kept here as the reference. */
const rowByRow = (t: { toArray(): { toJSON(): object }[] }) =>
	t.toArray().map((r) => plainRow(r.toJSON() as Record<string, unknown>));

describe('arrowRows', () => {
	it('matches the row-by-row conversion on a view-sized answer', () => {
		const n = 882;
		const table = tableFromArrays({
			iso3: Array.from({ length: n }, (_, i) => `C${i % 42}`),
			capability_id: Int32Array.from({ length: n }, (_, i) => i % 21),
			mentions: BigInt64Array.from({ length: n }, (_, i) => BigInt(i)),
			pct: Float64Array.from({ length: n }, (_, i) => i / 7)
		});
		const rows = arrowRows(table);
		expect(rows).toEqual(rowByRow(table));
		expect(Object.keys(rows[0])).toEqual(['iso3', 'capability_id', 'mentions', 'pct']);
		expect(typeof rows[5].mentions).toBe('number');
	});

	it('keeps nulls as null, in every column type', () => {
		const table = tableFromJSON([
			{ name: 'Kenya', n: 3, ok: true },
			{ name: null, n: null, ok: null }
		]);
		expect(arrowRows(table)).toEqual([
			{ name: 'Kenya', n: 3, ok: true },
			{ name: null, n: null, ok: null }
		]);
		expect(arrowRows(table)).toEqual(rowByRow(table));
	});

	it('gives an empty answer as no rows', () => {
		const table = tableFromArrays({ iso3: [] as string[] });
		expect(arrowRows(table)).toEqual([]);
	});
});
