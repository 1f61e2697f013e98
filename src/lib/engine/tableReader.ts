/**
 * Fetch, check and decode the dataset's Parquet files into Arrow IPC streams, ready for DuckDB.
 * Runs in its own worker (tableReader.worker.ts), so decoding never blocks the page: the page only
 * hands DuckDB's worker the finished bytes. Each file is checked against the manifest and the
 * app's schema first; a file that does not match is reported (queries that need it fail with the
 * message) rather than loaded as columns of nulls. No DOM and no Svelte state: a worker imports it.
 */
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { Table, tableToIPC, type Vector } from 'apache-arrow';
import type { ColumnType } from '$lib/data/schema';
import { arrowColumn } from './arrowColumns';
import type { Manifest, ManifestTable } from '$lib/data/manifest';
import {
	columnProblems,
	fileColumns,
	manifestProblems,
	mismatchMessage,
	parquetShapeProblem
} from './tableCheck';

export interface TableRequest {
	name: string;
	columns: readonly { name: string; type: ColumnType }[];
}

/** What the page asks the reader's worker for. */
export interface ReaderRequest {
	tables: TableRequest[];
	/** Where the data files are, as an absolute URL (a worker has no page to resolve against). */
	dataUrl: string;
}

/** What became of one table: its Arrow IPC stream, a schema mismatch, or a file that failed. */
export type TableOutcome =
	| { name: string; kind: 'loaded'; ipc: Uint8Array }
	| { name: string; kind: 'mismatch'; message: string }
	| { name: string; kind: 'failed'; message: string };

/** The whole answer: every table's outcome, or why nothing could be read. */
export type ReadOutcome =
	{ kind: 'tables'; tables: TableOutcome[] } | { kind: 'failed'; message: string };

type ManifestColumns = Map<string, Pick<ManifestTable['columns'][number], 'name' | 'type'>[]>;

/** Each table's columns as manifest.json lists them; a missing or unreadable manifest stops the engine. */
async function fetchManifest(dataUrl: string): Promise<ManifestColumns> {
	let res: Response;
	try {
		res = await fetch(`${dataUrl}/manifest.json`);
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

async function readTable(
	{ name, columns }: TableRequest,
	manifest: ManifestColumns,
	dataUrl: string
): Promise<TableOutcome> {
	const listed = manifestProblems(manifest.get(name), columns);
	if (listed.length)
		return { name, kind: 'mismatch', message: mismatchMessage(`${name}.parquet`, listed) };
	let file: ArrayBuffer;
	try {
		const res = await fetch(`${dataUrl}/${name}.parquet`);
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		file = await res.arrayBuffer();
	} catch (e) {
		return {
			name,
			kind: 'failed',
			message: `${name}.parquet could not be loaded (${(e as Error).message}).`
		};
	}
	const damaged = (why: string): TableOutcome => ({
		name,
		kind: 'failed',
		message: `${name}.parquet is damaged and cannot be read (${why}).`
	});
	const shape = parquetShapeProblem(file);
	if (shape) return damaged(shape);
	let rows: Record<string, unknown>[];
	try {
		const differs = columnProblems(fileColumns(parquetMetadata(file)), columns);
		if (differs.length)
			return { name, kind: 'mismatch', message: mismatchMessage(`${name}.parquet`, differs) };
		rows = await parquetReadObjects({ file });
	} catch (e) {
		return damaged((e as Error).message);
	}
	const vectors: Record<string, Vector> = {};
	for (const col of columns)
		vectors[col.name] = arrowColumn(
			rows.map((r) => r[col.name]),
			col.type
		);
	return { name, kind: 'loaded', ipc: tableToIPC(new Table(vectors), 'stream') };
}

/** Read every table from `dataUrl` (an absolute URL: a worker has no page to resolve against). */
export async function readTables(
	tables: readonly TableRequest[],
	dataUrl: string
): Promise<ReadOutcome> {
	let manifest: ManifestColumns;
	try {
		manifest = await fetchManifest(dataUrl);
	} catch (e) {
		return { kind: 'failed', message: (e as Error).message };
	}
	return {
		kind: 'tables',
		tables: await Promise.all(tables.map((t) => readTable(t, manifest, dataUrl)))
	};
}
