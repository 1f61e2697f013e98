// The check's dataset for unit tests, built the way the site builds it: data/*.csv → derived
// tables → Parquet (in a temporary directory) → the SQL the page prerenders with (src/lib/query/check.ts).
// Built from the curated files so the tests do not depend on `npm run data` having run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadCurated } from '../../../scripts/data/load';
import { deriveDataset } from '../../../scripts/data/derive';
import { writeDataset } from '../../../scripts/data/write';
import { TABLE_NAMES } from '../../../src/lib/query/sql';
import { checkSql } from '../../../src/lib/query/check';
import { plainRow } from '../../../src/lib/query/engine';
import type {
	CheckDataset,
	CheckIndicator,
	CheckPrinting,
	CheckTerm
} from '../../../src/lib/check/types';

let cached: Promise<CheckDataset> | undefined;

async function build(): Promise<CheckDataset> {
	const dir = mkdtempSync(join(tmpdir(), 'mnr-check-'));
	writeDataset(deriveDataset(loadCurated('data').tables), dir);
	const db = await DuckDBInstance.create(':memory:', { threads: '1' });
	const con = await db.connect();
	for (const t of TABLE_NAMES)
		await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
	const rows = async <T>(sql: string) =>
		(await con.runAndReadAll(sql))
			.getRowObjectsJS()
			.map((r) => plainRow(r as Record<string, unknown>) as T);
	const dataset: CheckDataset = {
		indicators: await rows<CheckIndicator>(checkSql.indicators()),
		terms: await rows<CheckTerm>(checkSql.terms()),
		printings: await rows<CheckPrinting>(checkSql.printings()),
		footnotes: (await rows<{ footnote: number }>(checkSql.footnotes())).map((r) => r.footnote)
	};
	con.closeSync();
	return dataset;
}

export function checkDataset(): Promise<CheckDataset> {
	cached ??= build();
	return cached;
}
