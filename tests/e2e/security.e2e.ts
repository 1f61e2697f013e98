// Hardening: no query text can make the explorer contact another origin, a shared query from
// another site's link waits for Run, the engine's worker runs under the HTTP policy that
// scripts/serve.js (like the `_headers` file) sends, and embed.js only listens to the explorer.
// Every request to another origin goes to a local "recorder" server on another port, which
// counts them: the tests assert it was never reached.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPage, site, useBrowser, gotoHydrated } from './harness';

useBrowser();

let recorder: http.Server;
let recorded: string[] = [];
let other = '';
beforeAll(async () => {
	recorder = http.createServer((req, res) => {
		recorded.push(`${req.method} ${req.url}`);
		// Answer as helpfully as an attacker's host would: CORS open, a small CSV.
		res.writeHead(200, {
			'access-control-allow-origin': '*',
			'access-control-allow-headers': '*',
			'content-type': 'text/csv'
		});
		res.end(req.method === 'HEAD' ? undefined : 'secret,value\nleaked,1\n');
	});
	await new Promise<void>((r) => recorder.listen(0, '127.0.0.1', r));
	other = `127.0.0.1:${(recorder.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => recorder.close(() => r())));
beforeEach(() => {
	recorded = [];
});

/**
 * Ways to make DuckDB read an address without writing it as one string literal, and the plain
 * ones. {HOST} is replaced by the recorder's host:port ({TSOH} by it reversed). The address filter catches some; the
 * engine's lock must stop every one.
 */
const BYPASSES: string[] = [
	`SELECT * FROM read_csv('http://{HOST}/plain.csv')`,
	`SELECT * FROM read_csv('http:' || '//{HOST}/concat-op.csv')`,
	`SELECT * FROM read_csv(concat('http://', '{HOST}', '/concat-fn.csv'))`,
	`SELECT * FROM read_csv(chr(104) || 'ttp://{HOST}/chr.csv')`,
	`SELECT * FROM read_csv('ht' || chr(116) || 'p' || chr(58) || '//{HOST}/chr58.csv')`,
	`SELECT * FROM read_csv(['http:' || '//{HOST}/list1.csv', 'http:' || '//{HOST}/list2.csv'])`,
	`SELECT * FROM read_text('http:' || '//{HOST}/read-text')`,
	`SELECT * FROM read_blob('http:' || '//{HOST}/read-blob')`,
	`SELECT * FROM read_json('http:' || '//{HOST}/read-json.json')`,
	`SELECT * FROM read_parquet('http:' || '//{HOST}/read-parquet.parquet')`,
	`SELECT * FROM "http://{HOST}/quoted-identifier.csv"`,
	`SELECT * FROM 'http://{HOST}/string-table.csv'`,
	`SELECT * FROM query('SELECT * FROM read_csv(''http:'' || ''//{HOST}/query-fn.csv'')')`,
	`SELECT * FROM query_table('http:' || '//{HOST}/query-table.csv')`,
	`SELECT * FROM read_csv(replace('hxxp://{HOST}/replace.csv', 'hxxp', 'http'))`,
	`SELECT * FROM read_csv(lower('HTTP://{HOST}/lower.csv'))`,
	`SELECT * FROM read_csv(reverse('vsc.esrever/{TSOH}//:ptth'))`,
	`SELECT * FROM read_csv(from_base64('aHR0cDovL0g=')::VARCHAR || '/b64.csv')`,
	`WITH u AS (SELECT 'http:' || '//{HOST}/cte.csv' AS url) SELECT * FROM read_csv((SELECT url FROM u))`,
	`SELECT * FROM read_csv(printf('%s//%s/printf.csv', 'http:', '{HOST}'))`,
	`SELECT * FROM read_csv('https:' || '//{HOST}/https.csv')`,
	`SELECT * FROM glob('http:' || '//{HOST}/glob*')`,
	`SELECT * FROM read_csv('/etc/passwd')`,
	`SELECT * FROM read_text('file:' || '///etc/hostname')`,
	`SELECT * FROM sniff_csv('http:' || '//{HOST}/sniff.csv')`
];
const shapes = () =>
	BYPASSES.map((q) =>
		q
			.replaceAll('{HOST}', other)
			.replaceAll('{TSOH}', [...other].reverse().join(''))
			.replace('aHR0cDovL0g=', btoa(`http://${other}`))
	);
const editor = (page: Page) => page.locator('#sql-editor');
const phase = (page: Page) => page.locator('#console').getAttribute('data-phase');
const settled = (page: Page) =>
	page.waitForFunction(
		() =>
			!['idle', 'running'].includes(
				document.querySelector('#console')?.getAttribute('data-phase') ?? ''
			),
		null,
		{ timeout: 30_000 }
	);

describe('the SQL console cannot reach another origin', () => {
	it(`refuses ${BYPASSES.length} ways of building an address, typed into the console: 0 requests`, async () => {
		expect(BYPASSES.length).toBeGreaterThanOrEqual(20);
		const { page, context } = await openPage();
		await gotoHydrated(page, site('/data'));
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
		const outcomes: string[] = [];
		for (const sql of shapes()) {
			await editor(page).fill(sql);
			await editor(page).press('Control+Enter');
			await settled(page);
			// Refused by the friendly address filter, or by the engine's lock (not merely failing on
			// the network, which the HTTP policy would also cause: the lock must hold on its own).
			const error = page.getByTestId('console-error');
			const message = (await error.textContent()) ?? '';
			// A shape DuckDB cannot even plan here (a reader whose extension is not loaded, a subquery as
			// an argument) never reaches the network either: DuckDB's kind of error says so.
			const kind = await error.getAttribute('data-error-kind');
			const refused =
				/names an address on another site|disabled by configuration/.test(message) ||
				['Catalog', 'Parser', 'Binder'].includes(kind ?? '');
			outcomes.push(
				`${await phase(page)}${refused ? '' : ` (not refused: ${message.slice(0, 160)})`}: ${sql}`
			);
			// The result, if any, must not hold what the recorder serves.
			expect(await page.locator('#console').textContent()).not.toContain('leaked');
		}
		expect(recorded).toEqual([]);
		expect(outcomes.filter((o) => !o.startsWith('error:'))).toEqual([]);
		// The engine's refusal comes with a plain explanation.
		await editor(page).fill(`SELECT * FROM read_csv('http:' || '//${other}/x.csv')`);
		await editor(page).press('Control+Enter');
		await settled(page);
		expect(await page.getByTestId('console-error').textContent()).toContain(
			'cannot open files or web addresses'
		);
		await context.close();
	});

	it('refuses them from a shared link (?sql=…&run=1) too: 0 requests', async () => {
		const { page, context } = await openPage();
		for (const sql of shapes()) {
			// Followed from a page of the explorer, so the link runs on open.
			await page.goto(site(`/data?sql=${encodeURIComponent(sql)}&run=1`), {
				referer: site('/about')
			});
			await settled(page);
			expect(await phase(page), sql).toBe('error');
		}
		expect(recorded).toEqual([]);
		await context.close();
		// Each shape is a fresh page load with its own engine start: about 2–3 s each when the machine
		// is quiet, so the whole list needs more than the default minute on a busy CI runner.
	}, 240_000);

	it('shows a query from another site’s link and waits for Run; links it copied itself run', async () => {
		const { page, context } = await openPage();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(site('/')).origin
		});
		const sql = "SELECT count(*) AS n FROM countries WHERE income_group = 'HIC'";
		const link = site(`/data?sql=${encodeURIComponent(sql)}&run=1`);
		await page.goto(link, { referer: 'https://elsewhere.example/post' });
		await page.getByTestId('shared-query').waitFor();
		expect(await editor(page).inputValue()).toBe(sql);
		await page.waitForTimeout(500);
		expect(await phase(page)).toBe('idle');
		await page.getByRole('button', { name: 'Run', exact: true }).click();
		await settled(page);
		expect(await phase(page)).toBe('done');
		expect(await page.getByTestId('shared-query').count()).toBe(0);
		// Copy the link with the console's own button: in this browser it then runs on open.
		await page.getByTestId('copy-query-link').click();
		await page.getByTestId('link-note').waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(copied).searchParams.get('sql')).toBe(sql);
		const again = await context.newPage();
		await again.goto(copied);
		await settled(again);
		expect(await phase(again)).toBe('done');
		await context.close();
	});
});

describe('HTTP security headers', () => {
	it('serves every response with the policy, and the data with its type', async () => {
		const page = await fetch(site('/'));
		const csp = page.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("connect-src 'self'");
		expect(csp).toContain("worker-src 'self' blob:");
		expect(page.headers.get('x-content-type-options')).toBe('nosniff');
		expect(page.headers.get('referrer-policy')).toBe('same-origin');
		const parquet = await fetch(site('/data/countries.parquet'));
		expect(parquet.headers.get('content-type')).toBe('application/vnd.apache.parquet');
		expect(parquet.headers.get('content-security-policy')).toBe(csp);
		// The build writes the same headers for static hosts.
		expect(readFileSync('build/_headers', 'utf8')).toContain(`Content-Security-Policy: ${csp}`);
	});

	it('blocks a request from a worker to another origin', async () => {
		// A worker script served by the explorer's server takes its policy from the headers, as
		// the engine's worker does. The same script from a server without them shows the probe works.
		const probe = `fetch('http://${other}/from-worker').then(() => postMessage('fetched'), () => postMessage('blocked'));`;
		const plain = http.createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/javascript' });
			res.end(probe);
		});
		await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
		const plainOrigin = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
		const { page, context } = await openPage();
		// The explorer's server sends the policy on every response: route a same-origin worker URL
		// to the probe's text while keeping the server's real headers.
		await page.route(site('/probe-worker.js'), async (route) => {
			const response = await route.fetch({ url: site('/embed.js') });
			await route.fulfill({
				response,
				body: probe,
				headers: { ...response.headers(), 'content-type': 'text/javascript' }
			});
		});
		const run = (url: string) =>
			page.evaluate(
				(u) =>
					new Promise<string>((resolve) => {
						const w = new Worker(u);
						w.onmessage = (e) => resolve(String(e.data));
						w.onerror = () => resolve('error');
					}),
				url
			);
		await page.goto(site('/about'));
		expect(await run(site('/probe-worker.js'))).toBe('blocked');
		expect(recorded).toEqual([]);
		await page.goto(`${plainOrigin}/`);
		expect(await run(`${plainOrigin}/probe-worker.js`)).toBe('fetched');
		expect(recorded).toEqual(['GET /from-worker']);
		await context.close();
		await new Promise<void>((r) => plain.close(() => r()));
	});

	it('answers an address too long for the server with a readable page', async () => {
		const res = await fetch(site(`/data?sql=${'x'.repeat(20_000)}`));
		expect(res.status).toBe(431);
		expect(await res.text()).toContain('This address is too long');
	});
});
