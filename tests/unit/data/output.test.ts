// The published files: deterministic, readable by DuckDB (Node) and by hyparquet (the browser path).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parquetReadObjects } from 'hyparquet';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadCurated } from '../../../scripts/data/load';
import { deriveDataset } from '../../../scripts/data/derive';
import { writeDataset } from '../../../scripts/data/write';
import type { Manifest } from '$lib/data/manifest';
import { TABLES } from '../../../src/lib/data/schema';

let dirA: string;
let dirB: string;
let manifest: Manifest;

beforeAll(() => {
	dirA = mkdtempSync(join(tmpdir(), 'mnr-data-a-'));
	dirB = mkdtempSync(join(tmpdir(), 'mnr-data-b-'));
	manifest = writeDataset(deriveDataset(loadCurated('data').tables), dirA);
	writeDataset(deriveDataset(loadCurated('data').tables), dirB);
});

describe('published dataset', () => {
	it('is byte-identical when built twice', () => {
		const files = readdirSync(dirA).sort();
		expect(files).toEqual(readdirSync(dirB).sort());
		expect(files).toHaveLength(TABLES.length * 2 + 1);
		for (const f of files) expect(readFileSync(join(dirA, f)).equals(readFileSync(join(dirB, f))), f).toBe(true);
	});

	it('has a manifest naming the generating script, with row counts and hashes', () => {
		expect(manifest.note).toMatch(/scripts\/build-data\.ts.*do not edit/);
		const indicators = manifest.tables.find((t) => t.name === 'indicators')!;
		expect(indicators.rows).toBeGreaterThan(70);
		expect(indicators.sha256.parquet).toMatch(/^[0-9a-f]{64}$/);
		expect(indicators.columns.map((c) => c.name)).toContain('pct');
	});

	it('opens in DuckDB with the same rows and types', async () => {
		const db = await DuckDBInstance.create(':memory:');
		const con = await db.connect();
		for (const t of manifest.tables) {
			const result = await con.runAndReadAll(`SELECT count(*)::INT AS n FROM read_parquet('${join(dirA, t.files.parquet)}')`);
			expect(result.getRowObjects()[0].n, t.name).toBe(t.rows);
		}
		const pct = await con.runAndReadAll(
			`SELECT pct FROM read_parquet('${join(dirA, 'indicators.parquet')}') WHERE indicator_id = 'c01-governance-mechanism'`
		);
		expect(pct.getRowObjects()[0].pct).toBe(76.2);
		con.closeSync();
	});

	it('decodes with hyparquet, the reader the browser uses', async () => {
		for (const t of manifest.tables) {
			const buf = readFileSync(join(dirA, t.files.parquet));
			const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
			const rows = await parquetReadObjects({ file });
			expect(rows, t.name).toHaveLength(t.rows);
			if (t.name === 'countries') expect(rows.find((r) => r.iso3 === 'GBR')?.name).toBe('England and Wales');
		}
	});
});
