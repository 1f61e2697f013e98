/**
 * Browser side of the "million" part: the explorer's own query path (see loadTable and
 * browserEngine.query in src/lib/engine/browserEngine.ts), split into timed steps so the runner can
 * call each step from Playwright. Bundled by _million-bundle.js into the bench's scratch directory;
 * never part of the site. Uses the app's own arrowColumn and plainRow so the work is the same.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { parquetReadObjects } from 'hyparquet';
import { Table, type Vector } from 'apache-arrow';
import { arrowColumn } from '$lib/engine/arrowColumns';
import { plainRow } from '$lib/query/engine';
import { TABLES, type ColumnType } from '$lib/data/schema';
import { sql } from '$lib/query/sql';

export interface LoadTiming {
	rows: number;
	bytes: number;
	fetch: number;
	parse: number;
	arrow: number;
	insert: number;
	/** Arrow build time per column (ms), to see which column types dominate. */
	arrowByColumn: Record<string, number>;
}

let conn: duckdb.AsyncDuckDBConnection | undefined;

/** Start DuckDB-WASM as the app does (eh bundle where supported, no extension autoloading). */
async function start(duckdbDir: string): Promise<number> {
	const t0 = performance.now();
	const bundle = await duckdb.selectBundle({
		mvp: {
			mainModule: `${duckdbDir}/duckdb-mvp.wasm`,
			mainWorker: `${duckdbDir}/duckdb-browser-mvp.worker.js`
		},
		eh: {
			mainModule: `${duckdbDir}/duckdb-eh.wasm`,
			mainWorker: `${duckdbDir}/duckdb-browser-eh.worker.js`
		}
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	conn = await db.connect();
	await conn.query(`SET autoinstall_known_extensions = false`);
	await conn.query(`SET autoload_known_extensions = false`);
	return performance.now() - t0;
}

/** fetch → hyparquet → Arrow vectors → insertArrowTable, each step timed (ms). */
async function load(
	url: string,
	name: string,
	columns: readonly { name: string; type: ColumnType }[]
): Promise<LoadTiming> {
	if (!conn) throw new Error('start() first');
	let t = performance.now();
	const lap = () => {
		const now = performance.now();
		const ms = now - t;
		t = now;
		return ms;
	};
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	const file = await res.arrayBuffer();
	const fetchMs = lap();
	const rows = await parquetReadObjects({ file });
	const parseMs = lap();
	const vectors: Record<string, Vector> = {};
	const arrowByColumn: Record<string, number> = {};
	for (const col of columns) {
		const c0 = performance.now();
		vectors[col.name] = arrowColumn(
			rows.map((r) => r[col.name]),
			col.type
		);
		arrowByColumn[col.name] = performance.now() - c0;
	}
	const table = new Table(vectors);
	const arrowMs = lap();
	await conn.query(`DROP TABLE IF EXISTS ${name}`);
	lap();
	await conn.insertArrowTable(table, { name, create: true });
	const insertMs = lap();
	return {
		rows: rows.length,
		bytes: file.byteLength,
		fetch: fetchMs,
		parse: parseMs,
		arrow: arrowMs,
		insert: insertMs,
		arrowByColumn
	};
}

/** One query as browserEngine.query runs it (Arrow result → plain rows); ms and row count. */
async function query(sql: string): Promise<{ ms: number; rows: number }> {
	if (!conn) throw new Error('start() first');
	const t0 = performance.now();
	const table = await conn.query(sql);
	const rows = table.toArray().map((r) => plainRow(r.toJSON() as Record<string, unknown>));
	return { ms: performance.now() - t0, rows: rows.length };
}

/** The site's tables, as the app loads them (name and column types). */
function realTables(): { name: string; columns: { name: string; type: ColumnType }[] }[] {
	return TABLES.map((t) => ({
		name: t.name,
		columns: t.columns.map((c) => ({ name: c.name, type: c.type }))
	}));
}

/**
 * The overview's real SQL (sql.capabilityCoverage). It is the same for every view (the chart sorts
 * and filters its 21 rows itself), so each step runs it again: DuckDB keeps no result cache.
 */
function realSql(): string {
	return sql.capabilityCoverage();
}

(window as unknown as { __million: unknown }).__million = {
	start,
	load,
	query,
	realTables,
	realSql
};
document.documentElement.dataset.ready = 'true';
