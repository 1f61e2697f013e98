/**
 * The build-time engine: DuckDB in Node over the same Parquet files the browser loads, so the
 * prerendered HTML and the interactive views come from the same SQL (src/lib/query/sql.ts).
 * The unit tests open the same engine over a dataset they build once (tests/unit/fixture).
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { plainRow, type QueryEngine } from '$lib/query/engine';
import { TABLE_NAMES } from '$lib/query/sql';

async function connect(dir: string): Promise<DuckDBConnection> {
	const db = await DuckDBInstance.create(':memory:', { threads: '1' });
	const con = await db.connect();
	for (const t of TABLE_NAMES) {
		const file = resolve(dir, `${t}.parquet`);
		if (!existsSync(file))
			throw new Error(`${file} is missing: run "npm run data" before building.`);
		await con.run(
			`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`
		);
	}
	return con;
}

/** An engine over the Parquet files in `dir`, connected on its first query. */
export function parquetEngine(dir: string): QueryEngine {
	let ready: Promise<DuckDBConnection> | undefined;
	return {
		async query<T>(sql: string): Promise<T[]> {
			ready ??= connect(dir);
			const con = await ready;
			const result = await con.runAndReadAll(sql);
			return result.getRowObjectsJS().map((r) => plainRow(r as Record<string, unknown>) as T);
		}
	};
}

export const nodeEngine: QueryEngine = parquetEngine('static/data');
