/**
 * An Arrow result → plain row objects, column by column. Going through Arrow's row proxies
 * (`toArray()` then `toJSON()` per row) builds a proxy and a temporary object per row and looks
 * every column up by name per cell; reading each column once with its own iterator is about 4×
 * faster on a view's answer (882 rows: 2.2 → 0.6 ms in Node, more on a throttled phone), and
 * every row gets its keys in the same order, so the objects share one shape.
 */
import { plainValue } from '$lib/query/engine';

/** The part of an Arrow table this needs (so tests can pass a real table or a small stand-in). */
export interface ColumnarTable {
	numRows: number;
	schema: { fields: { name: string }[] };
	getChildAt(index: number): Iterable<unknown> | null;
}

export function arrowRows(table: ColumnarTable): Record<string, unknown>[] {
	const rows: Record<string, unknown>[] = Array.from({ length: table.numRows }, () => ({}));
	table.schema.fields.forEach(({ name }, c) => {
		const column = table.getChildAt(c);
		if (!column) return;
		let i = 0;
		for (const value of column) rows[i++][name] = plainValue(value);
	});
	return rows;
}
