/**
 * DuckDB-WASM, owned here and nowhere else. Started once, after first paint or on the first
 * interaction. Tables are decoded from our Parquet files with hyparquet and inserted as Arrow, so
 * DuckDB never needs its downloadable parquet extension, and extension autoloading is switched off:
 * the explorer makes no third-party request (DESIGN.md §4, §7).
 */
import { base } from '$app/paths';
import { plainRow, type QueryEngine } from '$lib/query/engine';
import { TABLES, type ColumnType } from '$lib/data/schema';
import { engineStatus } from './status.svelte';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

let starting: Promise<AsyncDuckDBConnection> | undefined;
let database: AsyncDuckDB | undefined;

/** Why the engine cannot run here, or null. */
function unsupportedReason(): string | null {
	if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function')
		return 'This browser does not support WebAssembly.';
	if (typeof Worker !== 'function') return 'This browser does not support Web Workers.';
	return null;
}

async function fetchParquet(name: string): Promise<ArrayBuffer> {
	const res = await fetch(`${base}/data/${name}.parquet`);
	if (!res.ok) throw new Error(`${name}.parquet could not be loaded (HTTP ${res.status}).`);
	return res.arrayBuffer();
}

async function loadTable(
	conn: AsyncDuckDBConnection,
	name: string,
	columns: readonly { name: string; type: ColumnType }[]
) {
	const [{ parquetReadObjects }, arrow, { arrowColumn }] = await Promise.all([
		import('hyparquet'),
		import('apache-arrow'),
		import('./arrowColumns')
	]);
	const file = await fetchParquet(name);
	let rows: Record<string, unknown>[];
	try {
		rows = await parquetReadObjects({ file });
	} catch (e) {
		throw new Error(`${name}.parquet is damaged and cannot be read (${(e as Error).message}).`);
	}
	const vectors: Record<string, import('apache-arrow').Vector> = {};
	for (const col of columns)
		vectors[col.name] = arrowColumn(
			rows.map((r) => r[col.name]),
			col.type
		);
	await conn.insertArrowTable(new arrow.Table(vectors), { name, create: true });
}

async function start(): Promise<AsyncDuckDBConnection> {
	const reason = unsupportedReason();
	if (reason) throw new Error(reason);
	const duckdb = await import('@duckdb/duckdb-wasm');
	const [mvpWasm, mvpWorker, ehWasm, ehWorker] = await Promise.all([
		import('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url')
	]);
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm.default, mainWorker: mvpWorker.default },
		eh: { mainModule: ehWasm.default, mainWorker: ehWorker.default }
	});
	const worker = new Worker(bundle.mainWorker!);
	database = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await database.instantiate(bundle.mainModule, bundle.pthreadWorker);
	const conn = await database.connect();
	// Never fetch extensions from the internet; everything the explorer needs is built in.
	await conn.query(`SET autoinstall_known_extensions = false`);
	await conn.query(`SET autoload_known_extensions = false`);
	await Promise.all(TABLES.map((t) => loadTable(conn, t.name, t.columns)));
	return conn;
}

/** Start the engine (once); resolves when every table is loaded. */
export function startEngine(): Promise<AsyncDuckDBConnection> {
	if (!starting) {
		engineStatus.state = 'loading';
		starting = start().then(
			(conn) => {
				engineStatus.state = 'ready';
				return conn;
			},
			(e: Error) => {
				engineStatus.state = 'failed';
				engineStatus.message = e.message;
				throw e;
			}
		);
	}
	return starting;
}

/** Start the engine when the browser is idle after first paint. */
export function startEngineWhenIdle(): void {
	const go = () => startEngine().catch(() => {});
	if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout: 2000 });
	else setTimeout(go, 300);
}

export const browserEngine: QueryEngine & { connection(): Promise<AsyncDuckDBConnection> } = {
	async query<T>(sql: string): Promise<T[]> {
		const conn = await startEngine();
		const table = await conn.query(sql);
		engineStatus.queries++;
		return table.toArray().map((r) => plainRow(r.toJSON() as Record<string, unknown>) as T);
	},
	connection: startEngine
};
