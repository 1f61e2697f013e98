/**
 * The one interface every page queries through. At build time it is DuckDB in Node reading the
 * Parquet files (src/lib/server/nodeEngine.ts); in the browser it is DuckDB-WASM
 * (src/lib/engine/browserEngine.ts). Pages and charts receive plain rows, never an engine.
 */
export interface QueryEngine {
	query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
}

/** DuckDB hands back BIGINT as bigint and DECIMAL/strings in engine-specific shapes: make them plain. */
export function plainValue(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value !== null && typeof value === 'object') {
		if (value instanceof Date) return value.toISOString();
		if ('toJSON' in value && typeof (value as { toJSON: unknown }).toJSON === 'function')
			return plainValue((value as { toJSON(): unknown }).toJSON());
		if (Array.isArray(value)) return value.map(plainValue);
		if (ArrayBuffer.isView(value))
			return Array.from(value as unknown as ArrayLike<number>, (v) => plainValue(v));
		// Arrow decimals and other wrappers expose valueOf().
		const primitive = (value as { valueOf(): unknown }).valueOf();
		if (primitive !== value) return plainValue(primitive);
	}
	return value;
}

export function plainRow(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(row)) out[k] = plainValue(v);
	return out;
}
