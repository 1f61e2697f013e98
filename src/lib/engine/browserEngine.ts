/**
 * DuckDB-WASM, owned here and nowhere else. Started once, after first paint or on the first
 * interaction. Tables are decoded from our Parquet files with hyparquet and inserted as Arrow, so
 * DuckDB never needs its downloadable parquet extension, and extension autoloading is switched off:
 * the explorer makes no third-party request (DESIGN.md §4, §7). Each file is checked against the
 * manifest and the app's schema before it is loaded; once loaded, the engine is locked out of the
 * network and the file system (see LOCKDOWN).
 */
import { plainRow, type QueryEngine } from '$lib/query/engine';
import { TABLES, type ColumnType } from '$lib/data/schema';
import type { Manifest, ManifestTable } from '$lib/data/manifest';
import { engineStatus } from './status.svelte';
import { answerCache } from './answerCache';
import { datasetPin } from '$lib/data/datasetPin.svelte';
import { engineFiles, unsupportedReason } from './engineBundle';
import { startEngineWorker } from './engineWorker';
import { savesData } from './dataPlan';
import {
	columnProblems,
	fileColumns,
	manifestProblems,
	mentionedTables,
	mismatchMessage,
	parquetShapeProblem
} from './tableCheck';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

let starting: Promise<AsyncDuckDBConnection> | undefined;
let database: AsyncDuckDB | undefined;

/**
 * Run after the tables are loaded, before any other statement: no SQL text, however it builds a
 * string (concatenation, chr(), a quoted identifier, query()…), can then read a URL or a file, and
 * no statement can switch that back on. The console's address filter stays as the friendly first
 * message; this is the boundary. The settings cannot be changed on a locked configuration, which
 * is why lock_configuration comes last.
 */
export const LOCKDOWN = [
	`SET autoinstall_known_extensions = false`,
	`SET autoload_known_extensions = false`,
	`SET enable_external_access = false`,
	`SET lock_configuration = true`
] as const;

type ManifestColumns = Map<string, Pick<ManifestTable['columns'][number], 'name' | 'type'>[]>;

/** Each table's columns as manifest.json lists them; a missing or unreadable manifest stops the engine. */
async function fetchManifest(): Promise<ManifestColumns> {
	let res: Response;
	try {
		res = await fetch(`${await datasetPin.dataPath()}/manifest.json`);
	} catch (e) {
		throw new Error(`manifest.json could not be loaded (${(e as Error).message}).`);
	}
	if (!res.ok) throw new Error(`manifest.json could not be loaded (HTTP ${res.status}).`);
	try {
		const manifest = (await res.json()) as Pick<Manifest, 'tables'>;
		if (!Array.isArray(manifest.tables)) throw new Error('no list of tables');
		return new Map(manifest.tables.map((t) => [t.name, t.columns]));
	} catch (e) {
		throw new Error(`manifest.json is damaged and cannot be read (${(e as Error).message}).`);
	}
}

async function fetchParquet(name: string): Promise<ArrayBuffer> {
	const res = await fetch(`${await datasetPin.dataPath()}/${name}.parquet`);
	if (!res.ok) throw new Error(`${name}.parquet could not be loaded (HTTP ${res.status}).`);
	return res.arrayBuffer();
}

/**
 * Fetch, check and decode one table into Arrow, or say why not: a file that does not match the
 * schema is left out (queries that need it fail with this message) rather than loaded as columns
 * of nulls. Runs while the engine's module compiles.
 */
async function readTable(
	name: string,
	columns: readonly { name: string; type: ColumnType }[],
	manifest: ManifestColumns
): Promise<import('apache-arrow').Table> {
	const [{ parquetReadObjects, parquetMetadata }, arrow, { arrowColumn }] = await Promise.all([
		import('hyparquet'),
		import('apache-arrow'),
		import('./arrowColumns')
	]);
	const listed = manifestProblems(manifest.get(name), columns);
	if (listed.length) throw new TableMismatch(name, mismatchMessage(`${name}.parquet`, listed));
	const file = await fetchParquet(name);
	const shape = parquetShapeProblem(file);
	if (shape) throw new Error(`${name}.parquet is damaged and cannot be read (${shape}).`);
	let rows: Record<string, unknown>[];
	try {
		const differs = columnProblems(fileColumns(parquetMetadata(file)), columns);
		if (differs.length) throw new TableMismatch(name, mismatchMessage(`${name}.parquet`, differs));
		rows = await parquetReadObjects({ file });
	} catch (e) {
		if (e instanceof TableMismatch) throw e;
		throw new Error(`${name}.parquet is damaged and cannot be read (${(e as Error).message}).`);
	}
	const vectors: Record<string, import('apache-arrow').Vector> = {};
	for (const col of columns)
		vectors[col.name] = arrowColumn(
			rows.map((r) => r[col.name]),
			col.type
		);
	return new arrow.Table(vectors);
}

class TableMismatch extends Error {
	constructor(
		readonly table: string,
		message: string
	) {
		super(message);
	}
}

/** Every table read and checked, while the engine compiles. */
async function readTables() {
	const manifest = await fetchManifest();
	return Promise.allSettled(TABLES.map((t) => readTable(t.name, t.columns, manifest)));
}

async function start(): Promise<AsyncDuckDBConnection> {
	const reason = await unsupportedReason();
	if (reason) throw new Error(reason);
	const tables = readTables();
	// Settled here so a failure while the engine compiles is reported once, below.
	tables.catch(() => {});
	const [duckdb, files] = await Promise.all([import('@duckdb/duckdb-wasm'), engineFiles()]);
	const worker = startEngineWorker(files.worker, files.module, files.parts);
	database = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await database.instantiate(new URL(files.module, location.href).href);
	const conn = await database.connect();
	const loads = await tables;
	for (const [i, load] of loads.entries()) {
		if (load.status === 'fulfilled') {
			await conn.insertArrowTable(load.value, { name: TABLES[i].name, create: true });
			continue;
		}
		// A mismatched table disables only what needs it; a missing or damaged file stops the engine.
		if (!(load.reason instanceof TableMismatch)) throw load.reason;
		engineStatus.mismatched[load.reason.table] = load.reason.message;
	}
	for (const statement of LOCKDOWN) await conn.query(statement);
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

/**
 * Start the engine when the browser is idle after first paint, unless the reader's browser asks to
 * save data: then it waits ("deferred") until a view needs it or the reader asks for it.
 */
export function startEngineWhenIdle(): void {
	if (engineStatus.state === 'idle' && savesData(navigator as { connection?: object }))
		engineStatus.state = 'deferred';
	if (engineStatus.state === 'deferred') return;
	const go = () => startEngine().catch(() => {});
	if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout: 2000 });
	else setTimeout(go, 300);
}

async function runQuery(sql: string): Promise<Record<string, unknown>[]> {
	const conn = await startEngine();
	const broken = mentionedTables(sql, Object.keys(engineStatus.mismatched));
	if (broken.length) throw new Error(engineStatus.mismatched[broken[0]]);
	const table = await conn.query(sql);
	return table.toArray().map((r) => plainRow(r.toJSON() as Record<string, unknown>));
}

/** Views' answers (not the SQL console's, which runs on the connection itself). */
const answers = answerCache(runQuery);

export const browserEngine: QueryEngine & {
	connection(): Promise<AsyncDuckDBConnection>;
	/** Fetch a view's answer ahead of need, once the engine is ready (never starts it). */
	prefetch(sql: string): Promise<void>;
} = {
	async query<T>(sql: string): Promise<T[]> {
		const rows = await answers.answer(sql);
		// Counted when a reader's view is answered (from the engine or kept), never for a prefetch.
		engineStatus.queries++;
		return rows as T[];
	},
	prefetch: (sql) =>
		engineStatus.state === 'ready' && !answers.has(sql) ? answers.prefetch(sql) : Promise.resolve(),
	connection: startEngine
};
