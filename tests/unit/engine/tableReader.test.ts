// The table reader (run in its own worker in the browser) on the real dataset, built for this run,
// served by a stand-in fetch: every table becomes an Arrow stream DuckDB can insert, and each kind
// of damage becomes the message the page shows — a wrong table is a mismatch that disables only
// what needs it, a missing manifest or a broken file stops the engine with its reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { TABLES } from '$lib/data/schema';
import { readTables, type TableOutcome } from '$lib/engine/tableReader';

const DATA = 'https://explorer.test/data';
const dir = inject('datasetDir');
const requests = TABLES.map((t) => ({ name: t.name, columns: t.columns }));

/** Serve the built dataset, with `damage` replacing a file's bytes (null: 404). */
function serve(damage: Record<string, Uint8Array | string | null> = {}) {
	vi.stubGlobal('fetch', async (url: string) => {
		const file = url.slice(DATA.length + 1);
		const body = file in damage ? damage[file] : readFileSync(join(dir, file));
		return body === null
			? new Response('missing', { status: 404 })
			: new Response(body as BodyInit);
	});
}
afterEach(() => vi.unstubAllGlobals());

const outcome = async (damage?: Record<string, Uint8Array | string | null>) => {
	serve(damage);
	const read = await readTables(requests, DATA);
	if (read.kind !== 'tables') throw new Error(read.message);
	return new Map(read.tables.map((t) => [t.name, t]));
};
const loaded = (t: TableOutcome | undefined) => (t?.kind === 'loaded' ? t.ipc : null);

describe('readTables', () => {
	it('turns every table into an Arrow stream with its rows and the schema’s columns', async () => {
		const tables = await outcome();
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
			tables: { name: string; rows: number }[];
		};
		for (const spec of TABLES) {
			const ipc = loaded(tables.get(spec.name));
			expect(ipc, spec.name).not.toBeNull();
			const table = tableFromIPC(ipc!);
			expect(table.numRows).toBe(manifest.tables.find((t) => t.name === spec.name)!.rows);
			expect(table.schema.fields.map((f) => f.name)).toEqual(spec.columns.map((c) => c.name));
		}
	});

	it('reports a file holding another table as a mismatch, naming the file', async () => {
		const tables = await outcome({
			'countries.parquet': readFileSync(join(dir, 'regions.parquet'))
		});
		const countries = tables.get('countries');
		expect(countries?.kind).toBe('mismatch');
		expect(countries && 'message' in countries ? countries.message : '').toMatch(
			/^countries\.parquet: column iso3 missing.*does not match this version of the explorer/
		);
		expect(loaded(tables.get('mentions'))).not.toBeNull();
	});

	it('reports a missing or damaged file as a failure with its reason', async () => {
		const tables = await outcome({
			'mentions.parquet': null,
			'terms.parquet': new Uint8Array(0),
			'printings.parquet': 'not parquet at all'
		});
		expect(tables.get('mentions')).toMatchObject({
			kind: 'failed',
			message: expect.stringMatching(/^mentions\.parquet could not be loaded \(HTTP 404\)/)
		});
		expect(tables.get('terms')).toMatchObject({
			kind: 'failed',
			message: expect.stringMatching(/^terms\.parquet is damaged/)
		});
		expect(tables.get('printings')).toMatchObject({
			kind: 'failed',
			message: expect.stringMatching(/^printings\.parquet is damaged/)
		});
	});

	it('stops everything when the manifest is missing or unreadable', async () => {
		serve({ 'manifest.json': null });
		expect(await readTables(requests, DATA)).toEqual({
			kind: 'failed',
			message: 'manifest.json could not be loaded (HTTP 404).'
		});
		serve({ 'manifest.json': '{"tables": 3' });
		expect(await readTables(requests, DATA)).toMatchObject({
			kind: 'failed',
			message: expect.stringMatching(/^manifest\.json is damaged/)
		});
	});
});
