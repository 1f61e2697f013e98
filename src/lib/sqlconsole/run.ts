/**
 * Runs one console query on a DuckDB-WASM connection without ever holding the page: the query
 * executes in DuckDB's worker and its result streams back in batches, a Stop request or the time
 * limit cancels it (DuckDB interrupts between tasks), and only the first rows are kept in memory.
 * The connection is described by the two methods used, so tests can hand in a stand-in.
 */
import type { DataType } from 'apache-arrow';
import { KEEP_LIMIT, TIME_LIMIT_MS } from './limits';
import { cellValue, duckdbExtension, typeName } from './values';

export interface ResultColumn {
	name: string;
	/** The column's type in DuckDB's words (VARCHAR, INTEGER, DECIMAL(3,2)…). */
	type: string;
}

export interface QueryResult {
	columns: ResultColumn[];
	/** Rows as positional arrays (names may repeat in a result), at most the keep limit. */
	rows: unknown[][];
	/** Rows the query returned, including those not kept. */
	total: number;
	elapsedMs: number;
}

export type RunOutcome =
	| { kind: 'done'; result: QueryResult }
	| { kind: 'error'; message: string; elapsedMs: number }
	| { kind: 'stopped'; reason: 'user' | 'time'; elapsedMs: number };

interface FieldLike {
	name: string;
	type: DataType;
	/** Arrow field metadata: DuckDB marks types Arrow lacks (UHUGEINT) with an extension name. */
	metadata?: Map<string, string>;
}

export interface BatchLike {
	numRows: number;
	schema: { fields: FieldLike[] };
	getChildAt(index: number): { get(row: number): unknown } | null;
}

export interface ReaderLike extends AsyncIterable<BatchLike> {
	schema?: { fields: FieldLike[] } | null;
}

/** The part of DuckDB-WASM's AsyncDuckDBConnection the console uses. */
export interface SendingConnection {
	send(sql: string, allowStreamResult?: boolean): Promise<ReaderLike>;
	cancelSent(): Promise<boolean>;
}

export interface RunnerOptions {
	timeLimitMs?: number;
	keepLimit?: number;
	now?: () => number;
}

/** Wait for a promise, but no longer than `ms`. */
const settleWithin = (p: Promise<unknown>, ms: number) =>
	Promise.race([p.then(noop, noop), new Promise<void>((r) => setTimeout(r, ms))]);
const noop = () => {};

export class QueryRunner {
	readonly #conn: SendingConnection;
	readonly #timeLimitMs: number;
	readonly #keepLimit: number;
	readonly #now: () => number;
	/** The previous query's work, which may still be winding down after a stop. */
	#previous: Promise<unknown> = Promise.resolve();

	constructor(conn: SendingConnection, options: RunnerOptions = {}) {
		this.#conn = conn;
		this.#timeLimitMs = options.timeLimitMs ?? TIME_LIMIT_MS;
		this.#keepLimit = options.keepLimit ?? KEEP_LIMIT;
		this.#now = options.now ?? (() => performance.now());
	}

	/** Run `sql`; resolves as soon as it finishes, fails, is stopped by `signal`, or times out. */
	async run(sql: string, signal?: AbortSignal): Promise<RunOutcome> {
		// One query at a time on the connection: let a stopped one release it first.
		await settleWithin(this.#previous, 3000);
		const started = this.#now();
		const elapsed = () => this.#now() - started;
		let stop: 'user' | 'time' | null = null;
		let wake = noop;
		const stopped = new Promise<void>((r) => (wake = r));
		const halt = (reason: 'user' | 'time') => {
			if (stop) return;
			stop = reason;
			this.#conn.cancelSent().catch(noop);
			wake();
		};
		const timer = setTimeout(() => halt('time'), this.#timeLimitMs);
		const onAbort = () => halt('user');
		signal?.addEventListener('abort', onAbort);
		if (signal?.aborted) halt('user');

		const work = collect(this.#conn, sql, this.#keepLimit, () => stop !== null);
		this.#previous = work;
		try {
			const result = await Promise.race([work, stopped.then(() => null)]);
			if (stop || result === null)
				return { kind: 'stopped', reason: stop ?? 'user', elapsedMs: elapsed() };
			return { kind: 'done', result: { ...result, elapsedMs: elapsed() } };
		} catch (e) {
			if (stop) return { kind: 'stopped', reason: stop, elapsedMs: elapsed() };
			return { kind: 'error', message: errorMessage(e), elapsedMs: elapsed() };
		} finally {
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
			work.catch(noop); // a stopped query's late failure is expected, not unhandled
		}
	}
}

function errorMessage(e: unknown): string {
	if (e instanceof Error) return e.message;
	return typeof e === 'string' ? e : JSON.stringify(e);
}

async function collect(
	conn: SendingConnection,
	sql: string,
	keepLimit: number,
	isStopped: () => boolean
): Promise<Omit<QueryResult, 'elapsedMs'>> {
	const reader = await conn.send(sql, true);
	let fields: FieldLike[] = reader.schema?.fields ?? [];
	const rows: unknown[][] = [];
	let total = 0;
	for await (const batch of reader) {
		if (isStopped()) break;
		if (!fields.length) fields = batch.schema.fields;
		total += batch.numRows;
		const take = Math.min(keepLimit - rows.length, batch.numRows);
		if (take <= 0) continue;
		const vectors = fields.map((_, i) => batch.getChildAt(i));
		const extensions = fields.map((f) => duckdbExtension(f.metadata));
		for (let r = 0; r < take; r++)
			rows.push(vectors.map((v, c) => cellValue(v?.get(r) ?? null, fields[c].type, extensions[c])));
	}
	const columns = fields.map((f) => ({
		name: f.name,
		type: typeName(f.type, duckdbExtension(f.metadata))
	}));
	return { columns, rows, total };
}
