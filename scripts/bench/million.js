// Part "million": the explorer's browser query path — fetch, hyparquet decode, Arrow vectors,
// insertArrowTable, then filtered group-by queries — on a synthetic 1,000,000-row Parquet table
// (scripts/bench/_gen-million.js), next to the same path on the real 42-country tables, to show how
// cost grows with data. Runs in a bench-only page (scripts/bench/_million-page.ts, bundled into the
// scratch directory) that uses the app's own arrowColumn and plainRow; the site is not touched.
// Not throttled: this part is about how the work scales with rows, not about the device.
import { join } from 'node:path';
import { ensureMillion, MILLION_COLUMNS, MILLION_TABLE } from './_gen-million.js';
import { bundleMillionPage } from './_million-bundle.js';
import { summarize } from './_stats.js';

/** Page loads (each decodes and inserts the million rows) at most, whatever --runs says. */
const MAX_RUNS = 3;
/** Queries per run and table set (pooled over runs for p50/p95). */
const QUERIES = 12;

/**
 * A filtered group-by like the explorer's coverage view: share of "yes" per capability for one
 * slice of countries, optionally one domain. Step i picks a different filter.
 * @param {number} i
 */
export function millionQuery(i) {
	const income = ['HIC', 'UMIC', 'LMIC', 'LIC'][i % 4];
	const domain = i % 3 === 0 ? null : (i % 6) + 1;
	const region = i % 5 === 0 ? 'ECA' : null;
	return `
		SELECT capability_id, domain_id, count(*)::INTEGER AS n, count(yes)::INTEGER AS answered,
		       count(*) FILTER (WHERE yes)::INTEGER AS yes,
		       round(100.0 * count(*) FILTER (WHERE yes) / nullif(count(yes), 0), 1) AS pct,
		       round(avg(score), 1) AS mean_score
		FROM ${MILLION_TABLE}
		WHERE income_group = '${income}'
		  ${region ? `AND region = '${region}'` : ''}
		  ${domain ? `AND domain_id = ${domain}` : ''}
		GROUP BY capability_id, domain_id
		ORDER BY domain_id, pct DESC NULLS LAST, capability_id`;
}

/** @param {import('./_types.js').BenchContext} ctx */
export default async function bench({ browser, origin, runs, scratch, log }) {
	const million = ensureMillion({ log });
	if (!million.path.startsWith(scratch.dir)) throw new Error('million table outside scratch dir');
	const millionUrl = `${scratch.url}/${million.path.slice(scratch.dir.length + 1)}`;
	log('bundling the bench page (esbuild)…');
	await bundleMillionPage(join(scratch.dir, 'million'));
	const pageUrl = `${scratch.url}/million/index.html`;
	const duckdbDir = `${scratch.url}/duckdb`;

	/** @type {Record<string, number[]>} */
	const s = {
		start: [],
		realFetch: [],
		realParse: [],
		realArrow: [],
		realInsert: [],
		realQuery: [],
		mFetch: [],
		mParse: [],
		mArrow: [],
		mInsert: [],
		mQuery: []
	};
	/** @type {Record<string, number[]>} */
	const byColumn = {};
	let realRows = 0;
	let realTableCount = 0;
	/** @param {import('playwright-core').Page} page @param {string} fn @param {unknown[]} args */
	const call = (page, fn, ...args) =>
		page.evaluate(({ fn, args }) => /** @type {any} */ (window).__million[fn](...args), {
			fn,
			args
		});
	// Each run loads a million rows (10–20 s here): at most 3, the queries are pooled anyway.
	const loads = Math.min(runs, MAX_RUNS);
	for (let run = 0; run < loads; run++) {
		log(`run ${run + 1}/${loads}`);
		const context = await browser.newContext();
		const page = await context.newPage();
		try {
			await page.goto(pageUrl);
			await page.waitForSelector('html[data-ready]');
			s.start.push(await call(page, 'start', duckdbDir));
			/** @type {{ name: string, columns: unknown[] }[]} */
			const tables = await call(page, 'realTables');
			realTableCount = tables.length;
			// The real tables, loaded one after another so each step's time is its own (the app
			// loads them in parallel).
			const sum = { fetch: 0, parse: 0, arrow: 0, insert: 0, rows: 0 };
			for (const t of tables) {
				const timing = await call(
					page,
					'load',
					`${origin}/data/${t.name}.parquet`,
					t.name,
					t.columns
				);
				for (const k of /** @type {const} */ (['fetch', 'parse', 'arrow', 'insert', 'rows']))
					sum[k] += timing[k];
			}
			realRows = sum.rows;
			s.realFetch.push(sum.fetch);
			s.realParse.push(sum.parse);
			s.realArrow.push(sum.arrow);
			s.realInsert.push(sum.insert);
			for (let i = 0; i < QUERIES; i++) {
				const q = await call(page, 'query', await call(page, 'realSql', run * QUERIES + i));
				s.realQuery.push(q.ms);
			}
			// The synthetic million rows, same path.
			const m = await call(page, 'load', millionUrl, MILLION_TABLE, MILLION_COLUMNS);
			if (m.rows !== million.rows)
				throw new Error(`decoded ${m.rows} rows, expected ${million.rows}`);
			s.mFetch.push(m.fetch);
			s.mParse.push(m.parse);
			s.mArrow.push(m.arrow);
			for (const [name, ms] of Object.entries(m.arrowByColumn)) (byColumn[name] ??= []).push(ms);
			s.mInsert.push(m.insert);
			for (let i = 0; i < QUERIES; i++) {
				const q = await call(page, 'query', millionQuery(run * QUERIES + i));
				s.mQuery.push(q.ms);
			}
		} finally {
			await context.close();
		}
	}

	const real = `real tables (${realTableCount} tables, ${realRows.toLocaleString('en-US')} rows in all)`;
	const mil = `synthetic table (${million.rows.toLocaleString('en-US')} rows, ${MILLION_COLUMNS.length} columns, ${(million.bytes / 1024 / 1024).toFixed(1)} MB snappy Parquet)`;
	const note = `no throttling; bench-only page, same code path as the app; ${loads} run(s), at most ${MAX_RUNS}`;
	return [
		{
			name: 'engine start (bench page)',
			unit: 'ms',
			samples: s.start,
			note: `${note}; worker + wasm instantiate + connect`
		},
		{
			name: 'real: fetch',
			unit: 'ms',
			samples: s.realFetch,
			note: `${real}; sum over tables loaded one by one`
		},
		{ name: 'real: parse (hyparquet)', unit: 'ms', samples: s.realParse },
		{ name: 'real: Arrow vectors', unit: 'ms', samples: s.realArrow },
		{ name: 'real: insertArrowTable', unit: 'ms', samples: s.realInsert },
		{
			name: 'real: coverage query',
			unit: 'ms',
			samples: s.realQuery,
			note: `the overview's SQL (sql.capabilityCoverage), the same for every view; ${QUERIES} per run, incl. conversion to plain rows`
		},
		{ name: '1M: fetch', unit: 'ms', samples: s.mFetch, note: mil },
		{ name: '1M: parse (hyparquet)', unit: 'ms', samples: s.mParse },
		{
			name: '1M: Arrow vectors',
			unit: 'ms',
			samples: s.mArrow,
			note: `arrowColumn (src/lib/engine/arrowColumns.ts) per column, median ms: ${MILLION_COLUMNS.map(
				(c) =>
					`${c.name} (${c.type}) ${Math.round(summarize(byColumn[c.name] ?? []).median ?? NaN)}`
			).join(', ')}`
		},
		{ name: '1M: insertArrowTable', unit: 'ms', samples: s.mInsert },
		{
			name: '1M: filtered group-by query',
			unit: 'ms',
			samples: s.mQuery,
			note: `share of yes per capability for one income group (± region, ± domain); ${QUERIES} per run, incl. conversion to plain rows`
		}
	];
}
