// A synthetic 1,000,000-row Parquet table for the benchmark (DESIGN.md §5): one row per
// (respondent, capability) answer, shaped like the explorer's data but about 10,000× larger, so
// the same browser query path can be timed at scale. Deterministic (seeded), written with
// hyparquet-writer (snappy, as scripts/data/write.ts does) to the bench's scratch directory,
// never to the repository; reused while the generator version and row count are unchanged.
//
// usage: node scripts/bench/_gen-million.js [--rows 1000000] [--out file.parquet]
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { SCRATCH_DIR } from './_server.js';

/** Bump when the table's shape or values change, so cached files are regenerated. */
const VERSION = 1;
export const MILLION_TABLE = 'million';

const INCOME = ['HIC', 'UMIC', 'LMIC', 'LIC'];
const REGION = ['EAP', 'ESA', 'ECA', 'LAC', 'MENA', 'NA', 'SA', 'WCA', 'WE'];
const SURVEY = ['alliance', 'unicef'];
const NOTES = ['partly in place', 'planned', 'pilot only', 'under review'];

/** Column names and the explorer's column types (for arrowColumn in the browser). */
export const MILLION_COLUMNS = /** @type {const} */ ([
	{ name: 'row_id', type: 'int' },
	{ name: 'iso3', type: 'string' },
	{ name: 'income_group', type: 'string' },
	{ name: 'region', type: 'string' },
	{ name: 'survey', type: 'string' },
	{ name: 'capability_id', type: 'int' },
	{ name: 'domain_id', type: 'int' },
	{ name: 'yes', type: 'bool' },
	{ name: 'score', type: 'float' },
	{ name: 'note', type: 'string' }
]);

const PARQUET_TYPE = { int: 'INT32', string: 'STRING', bool: 'BOOLEAN', float: 'DOUBLE' };

/** mulberry32: a small seeded PRNG, so every generated file has the same values. */
function random(/** @type {number} */ seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The table's columns: 2,000 synthetic countries (each with a fixed income group, region and
 * survey) × 21 capabilities × repeated respondents; ~6% of answers "not reported" (null), scores
 * null where the answer is, a short note on ~3% of rows.
 * @param {number} rows
 */
export function millionColumns(rows) {
	const rnd = random(20220);
	const countries = Array.from({ length: 2000 }, (_, i) => ({
		iso3: 'X' + i.toString(36).toUpperCase().padStart(3, '0'),
		income: INCOME[Math.floor(rnd() * INCOME.length)],
		region: REGION[Math.floor(rnd() * REGION.length)],
		survey: SURVEY[Math.floor(rnd() * SURVEY.length)]
	}));
	const col = {
		row_id: new Int32Array(rows),
		iso3: new Array(rows),
		income_group: new Array(rows),
		region: new Array(rows),
		survey: new Array(rows),
		capability_id: new Int32Array(rows),
		domain_id: new Int32Array(rows),
		yes: new Array(rows),
		score: new Array(rows),
		note: new Array(rows)
	};
	for (let i = 0; i < rows; i++) {
		const c = countries[Math.floor(i / 21) % countries.length];
		const capability = (i % 21) + 1;
		const reported = rnd() > 0.06;
		col.row_id[i] = i;
		col.iso3[i] = c.iso3;
		col.income_group[i] = c.income;
		col.region[i] = c.region;
		col.survey[i] = c.survey;
		col.capability_id[i] = capability;
		col.domain_id[i] = Math.ceil(capability / 3.5);
		// Richer countries report more capabilities, as in the review.
		col.yes[i] = reported ? rnd() < 0.85 - 0.12 * INCOME.indexOf(c.income) : null;
		col.score[i] = reported ? Math.round(rnd() * 1000) / 10 : null;
		col.note[i] = rnd() < 0.03 ? NOTES[Math.floor(rnd() * NOTES.length)] : null;
	}
	return col;
}

/**
 * The generated file's path, generating it first if it is missing.
 * @param {{ rows?: number, out?: string, log?: (msg: string) => void }} [options]
 * @returns {{ path: string, bytes: number, rows: number }}
 */
export function ensureMillion({ rows = 1_000_000, out, log = () => {} } = {}) {
	const path = out ?? join(SCRATCH_DIR, `${MILLION_TABLE}-v${VERSION}-${rows}.parquet`);
	if (!existsSync(path)) {
		const t0 = performance.now();
		log(`generating ${rows.toLocaleString('en-US')} rows → ${path}`);
		const data = millionColumns(rows);
		const buffer = parquetWriteBuffer({
			columnData: MILLION_COLUMNS.map((c) => ({
				name: c.name,
				data: data[c.name],
				type: /** @type {'INT32' | 'STRING' | 'BOOLEAN' | 'DOUBLE'} */ (PARQUET_TYPE[c.type]),
				nullable: true
			})),
			rowGroupSize: 100_000,
			kvMetadata: [
				{ key: 'generated_by', value: 'scripts/bench/_gen-million.js (synthetic benchmark data)' }
			]
		});
		mkdirSync(dirname(path), { recursive: true });
		// Write then rename, so an interrupted run never leaves a truncated file to be reused.
		writeFileSync(path + '.tmp', new Uint8Array(buffer));
		renameSync(path + '.tmp', path);
		log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
	}
	return { path, bytes: statSync(path).size, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const arg = (/** @type {string} */ name) => {
		const i = args.indexOf(name);
		return i >= 0 ? args[i + 1] : undefined;
	};
	const result = ensureMillion({
		rows: Number(arg('--rows') ?? 1_000_000),
		out: arg('--out'),
		log: (m) => console.error(m)
	});
	console.log(
		`${result.path} (${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.rows} rows)`
	);
}
