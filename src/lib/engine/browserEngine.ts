/**
 * DuckDB-WASM, owned here and nowhere else. Started once, after first paint or on the first
 * interaction. Tables are decoded from our Parquet files with hyparquet, in a worker of their own
 * (tableReader.ts), and inserted as Arrow, so DuckDB never needs its downloadable parquet
 * extension and the page never blocks on decoding; extension autoloading is switched off:
 * the explorer makes no third-party request (DESIGN.md §4, §7). Each file is checked against the
 * manifest and the app's schema before it is loaded; once loaded, the engine is locked out of the
 * network and the file system (see LOCKDOWN).
 */
import type { QueryEngine } from '$lib/query/engine';
import { arrowRows } from './arrowRows';
import { TABLES } from '$lib/data/schema';
import { engineStatus } from './status.svelte';
import { answerCache } from './answerCache';
import { datasetPin } from '$lib/data/datasetPin.svelte';
import { engineFiles, unsupportedReason } from './engineBundle';
import { startEngineWorker } from './engineWorker';
import { savesData } from './dataPlan';
import { storeEngineForNextVisit } from '$lib/offline/storeEngine';
import { mentionedTables } from './tableCheck';
import { WARM_UP } from './warmUp';
import type { ReaderRequest, ReadOutcome } from './tableReader';
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

/**
 * Every table fetched, checked and decoded in the table reader's worker while the engine's module
 * compiles: the page's main thread only passes the finished Arrow bytes on to DuckDB's worker.
 */
async function readTablesOffThread(): Promise<ReadOutcome> {
	const dataUrl = new URL(await datasetPin.dataPath(), location.href).href;
	const request: ReaderRequest = {
		tables: TABLES.map((t) => ({ name: t.name, columns: t.columns })),
		dataUrl
	};
	return new Promise((resolve) => {
		const reader = new Worker(new URL('./tableReader.worker.ts', import.meta.url), {
			type: 'module'
		});
		const done = (outcome: ReadOutcome) => {
			reader.terminate();
			resolve(outcome);
		};
		reader.onmessage = (e: MessageEvent<ReadOutcome>) => done(e.data);
		reader.onerror = (e) => {
			e.preventDefault();
			done({
				kind: 'failed',
				message: `The data reader could not start (${e.message || 'worker error'}).`
			});
		};
		reader.postMessage(request);
	});
}

/**
 * The start's phases, as performance marks: the benchmark reads them (scripts/bench/engine.js) to
 * say where a start's time goes. A mark costs microseconds and sends nothing anywhere.
 */
export type EnginePhase = 'module' | 'tables-read' | 'tables-loaded' | 'warmed';
const markPhase = (phase: EnginePhase) => performance.mark?.(`engine:${phase}`);

/**
 * Rejects with the reader's message when the engine's worker throws while DuckDB starts: a part of
 * the module that could not be loaded, a module that does not compile, DuckDB's script missing
 * (engineWorker.ts). DuckDB itself would wait for ever. `stop` once DuckDB has started.
 */
function watchStart(worker: Worker): { failed: Promise<never>; stop: () => void } {
	let onError = (_: ErrorEvent) => {};
	const failed = new Promise<never>((_, reject) => {
		onError = (e) => {
			e.preventDefault();
			worker.terminate();
			reject(
				new Error(e.message.replace(/^Uncaught (Error: )?/, '') || 'The query engine stopped.')
			);
		};
	});
	failed.catch(() => {});
	worker.addEventListener('error', onError);
	return { failed, stop: () => worker.removeEventListener('error', onError) };
}

async function start(): Promise<AsyncDuckDBConnection> {
	const reason = unsupportedReason();
	if (reason) throw new Error(reason);
	const read = readTablesOffThread().then((outcome) => {
		markPhase('tables-read');
		return outcome;
	});
	// DuckDB's worker compiles the module and loads its script while this page loads DuckDB's.
	const files = await engineFiles();
	const worker = startEngineWorker(files.worker, files.module, files.parts);
	const watch = watchStart(worker);
	const duckdb = await import('@duckdb/duckdb-wasm').catch((e: Error) => {
		worker.terminate();
		throw e;
	});
	database = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await Promise.race([
		database.instantiate(new URL(files.module, location.href).href),
		watch.failed
	]);
	watch.stop();
	const conn = await database.connect();
	markPhase('module');
	const outcome = await read;
	if (outcome.kind === 'failed') throw new Error(outcome.message);
	for (const table of outcome.tables) {
		if (table.kind === 'loaded') {
			await conn.insertArrowFromIPCStream(table.ipc, { name: table.name, create: true });
			continue;
		}
		// A mismatched table disables only what needs it; a missing or damaged file stops the engine.
		if (table.kind === 'failed') throw new Error(table.message);
		engineStatus.mismatched[table.name] = table.message;
	}
	markPhase('tables-loaded');
	for (const statement of LOCKDOWN) await conn.query(statement);
	// DuckDB's functions compile on first use: one query now, so the reader's first is quick
	// (warmUp.ts). Its failure costs only that.
	await conn.query(WARM_UP).catch(() => {});
	markPhase('warmed');
	storeEngineForNextVisit([files.worker, ...files.parts]);
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
	return arrowRows(table);
}

/** Views' answers (not the SQL console's, which runs on the connection itself). */
const answers = answerCache(runQuery);

export const browserEngine: QueryEngine & {
	connection(): Promise<AsyncDuckDBConnection>;
	/** Fetch a view's answer ahead of need, once the engine is ready (never starts it). */
	prefetch(sql: string): Promise<void>;
	/** A view's answer if it has already arrived (fetched ahead or seen before), at once. */
	settled<T>(sql: string): T[] | undefined;
} = {
	async query<T>(sql: string): Promise<T[]> {
		const rows = await answers.answer(sql);
		// Counted when a reader's view is answered (from the engine or kept), never for a prefetch.
		engineStatus.queries++;
		return rows as T[];
	},
	settled<T>(sql: string): T[] | undefined {
		const rows = answers.settled(sql);
		if (rows) engineStatus.queries++;
		return rows as T[] | undefined;
	},
	prefetch: (sql) =>
		engineStatus.state === 'ready' && !answers.has(sql) ? answers.prefetch(sql) : Promise.resolve(),
	connection: startEngine
};
