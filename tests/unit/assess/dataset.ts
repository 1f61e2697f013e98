// The self-assessment's data for unit tests, built the way the site builds it: data/*.csv →
// derived tables → Parquet (in a temporary directory) → DuckDB → the page's own loader
// (src/lib/assess/load.ts). Built from the curated files, so it does not need `npm run data`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadCurated } from '../../../scripts/data/load';
import { deriveDataset } from '../../../scripts/data/derive';
import { writeDataset } from '../../../scripts/data/write';
import { TABLE_NAMES } from '../../../src/lib/query/sql';
import { plainRow } from '../../../src/lib/query/engine';
import { loadAssessData, type AssessData } from '../../../src/lib/assess/load';

let cached: Promise<AssessData> | undefined;

async function build(): Promise<AssessData> {
	const dir = mkdtempSync(join(tmpdir(), 'mnr-assess-'));
	writeDataset(deriveDataset(loadCurated('data').tables), dir);
	const db = await DuckDBInstance.create(':memory:', { threads: '1' });
	const con = await db.connect();
	for (const t of TABLE_NAMES)
		await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
	const data = await loadAssessData(
		async <T>(sql: string) =>
			(await con.runAndReadAll(sql))
				.getRowObjectsJS()
				.map((r) => plainRow(r as Record<string, unknown>) as T),
		'testversion1'
	);
	con.closeSync();
	return data;
}

export function assessData(): Promise<AssessData> {
	cached ??= build();
	return cached;
}
