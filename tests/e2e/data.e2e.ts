import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
	axeViolations,
	foreignRequests,
	openPage,
	site,
	subpathSite,
	useBrowser,
	gotoHydrated
} from './harness';

useBrowser();

interface ManifestTable {
	name: string;
	rows: number;
	columns: { name: string }[];
	files: { parquet: string; csv: string };
}

const editor = (page: Page) => page.getByLabel('SQL query', { exact: true });
const phase = (page: Page) => page.locator('#console').getAttribute('data-phase');

/** Open /data (with a query string) and wait until the page is hydrated, so the console reacts. */
async function openConsole(page: Page, search = '') {
	await gotoHydrated(page, site(`/data${search}`));
}

/** Run what is in the editor with Ctrl+Enter and wait for the outcome. */
async function runWithKeyboard(page: Page) {
	await editor(page).press('Control+Enter');
	await page.waitForFunction(
		() => {
			const p = document.querySelector('#console')?.getAttribute('data-phase');
			return p !== 'idle' && p !== 'running';
		},
		null,
		{ timeout: 30_000 }
	);
}

async function resultTotal(page: Page): Promise<number> {
	return Number(await page.getByTestId('result-summary').getAttribute('data-total'));
}

/** Time for the page to answer a task queued now: large when the main thread is blocked. */
const mainThreadLag = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const queued = performance.now();
				setTimeout(() => resolve(performance.now() - queued), 0);
			})
	);

describe('/data dictionary and downloads', () => {
	it('lists every table of the manifest, with row counts and every column, without JavaScript', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		const manifest = (await (await page.request.get(site('/data/manifest.json'))).json()) as {
			datasetVersion: string;
			tables: ManifestTable[];
		};
		await page.goto(site('/data'));
		expect(await page.locator('h1').textContent()).toBe('Data and SQL');
		expect(await page.locator('.lede').textContent()).toContain(manifest.datasetVersion);
		const sections = await page
			.locator('section[data-table]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-table')));
		expect(sections).toEqual(manifest.tables.map((t) => t.name));
		for (const t of manifest.tables) {
			const section = page.locator(`section[data-table="${t.name}"]`);
			expect(await section.getByTestId('row-count').textContent()).toContain(
				t.rows.toLocaleString('en-GB')
			);
			const columns = await section
				.locator('tr[data-column]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-column')));
			expect(columns, t.name).toEqual(t.columns.map((c) => c.name));
		}
		// Allowed values and the computed marker come from the schema.
		const status = page.locator('section[data-table="indicators"] tr[data-column="status"]');
		expect(await status.textContent()).toMatch(/stated.*derived.*ambiguous/);
		expect(
			await page.locator('section[data-table="indicators"] tr[data-column="pct"]').textContent()
		).toContain('computed');
		await context.close();
	});

	it('links every table as Parquet and CSV, and the manifest, each returning its file', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/data'));
		const manifest = (await (await page.request.get(site('/data/manifest.json'))).json()) as {
			tables: ManifestTable[];
		};
		const links = await page
			.locator('[data-testid="downloads"] a[download], a[data-format="manifest"]')
			.evaluateAll((els) =>
				els.map((e) => ({
					href: (e as HTMLAnchorElement).href,
					format: e.getAttribute('data-format')
				}))
			);
		expect(links).toHaveLength(manifest.tables.length * 2 + 1);
		for (const t of manifest.tables) {
			const parquet = links.find((l) => l.href.endsWith(`/data/${t.files.parquet}`));
			const csv = links.find((l) => l.href.endsWith(`/data/${t.files.csv}`));
			expect(parquet?.format, t.name).toBe('parquet');
			expect(csv?.format, t.name).toBe('csv');
			const p = await page.request.get(parquet!.href);
			expect(p.status(), parquet!.href).toBe(200);
			const bytes = await p.body();
			expect(bytes.subarray(0, 4).toString()).toBe('PAR1');
			expect(bytes.subarray(-4).toString()).toBe('PAR1');
			const c = await page.request.get(csv!.href);
			expect(c.status(), csv!.href).toBe(200);
			const rows = csvParse(await c.text());
			expect(rows.columns, t.name).toEqual(t.columns.map((col) => col.name));
			expect(rows, t.name).toHaveLength(t.rows);
		}
		const m = await page.request.get(links.find((l) => l.format === 'manifest')!.href);
		expect(m.status()).toBe(200);
		expect((await m.json()).tables).toHaveLength(manifest.tables.length);
		await context.close();
	});

	it('links the files under the base path when served from a sub-path', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(subpathSite('/data'));
		const base = new URL(subpathSite('/')).pathname.replace(/\/$/, '');
		const hrefs = await page
			.locator('a[download]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(20);
		for (const href of hrefs) expect(href.startsWith(`${base}/data/`), href).toBe(true);
		const res = await page.request.get(new URL(hrefs[0], subpathSite('/')).href);
		expect(res.status()).toBe(200);
		await context.close();
	});
});

describe('/data SQL console', () => {
	it('runs an example with Ctrl+Enter, shows the count, and keeps the query in the URL', async () => {
		const { page, context, requests, errors } = await openPage();
		await openConsole(page);
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
		await page.locator('button[data-example="discrepancies"]').click();
		// Choosing an example focuses the editor, so the keyboard shortcut applies at once.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('sql-editor');
		expect(await editor(page).inputValue()).toContain('WHERE i.discrepancy');
		await runWithKeyboard(page);
		expect(await phase(page)).toBe('done');
		// c09 has two printings that disagree ("23 per cent" and the words "almost a quarter" beside
		// it), c20 two.
		expect(await resultTotal(page)).toBe(4);
		expect(await page.locator('[data-testid="result-table"] tbody tr').count()).toBe(4);
		const ids = await page
			.locator('[data-testid="result-table"] tbody tr td:first-child')
			.allTextContents();
		expect(new Set(ids)).toEqual(
			new Set(['c09-child-protection-workforce', 'c20-media-reporting-support'])
		);
		await page.waitForFunction(() => location.search.includes('run=1'));
		const url = new URL(page.url());
		expect(url.searchParams.get('sql')).toContain('WHERE i.discrepancy');
		// Editing the text means the result no longer belongs to it: the link drops "run".
		await editor(page).press('End');
		await editor(page).type(' ');
		await page.waitForFunction(() => !location.search.includes('run=1'));
		expect(foreignRequests(requests, new URL(site('/')).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('caps the rows it draws and says how many there are', async () => {
		const { page, context } = await openPage();
		await openConsole(page);
		await editor(page).fill('SELECT range AS i, range * 2 AS twice FROM range(1234)');
		await runWithKeyboard(page);
		expect(await resultTotal(page)).toBe(1234);
		expect(await page.locator('[data-testid="result-table"] tbody tr').count()).toBe(500);
		expect(await page.getByTestId('result-capped').textContent()).toContain('500 of 1,234');
		await context.close();
	});

	it('explains an invalid query and keeps working', async () => {
		const { page, context, errors } = await openPage();
		await openConsole(page);
		await editor(page).fill('SELECT * FROM countrys');
		await runWithKeyboard(page);
		expect(await phase(page)).toBe('error');
		const error = await page.getByTestId('console-error').textContent();
		expect(error).toContain('countrys');
		expect(error).toContain('does not exist');
		// The hint lists the tables that do exist.
		expect(error).toContain('countries, regions, income_groups');
		// A statement that would change the tables is refused before it reaches the engine.
		await editor(page).fill('DROP TABLE countries');
		await runWithKeyboard(page);
		expect(await page.getByTestId('console-error').textContent()).toContain(
			'only runs statements that read'
		);
		await editor(page).fill('SELECT count(*) AS n FROM countries');
		await runWithKeyboard(page);
		expect(await phase(page)).toBe('done');
		expect(await page.locator('[data-testid="result-table"] tbody td').first().textContent()).toBe(
			'42'
		);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('says a syntax error in words, marks its spot, and shows the result first on a phone', async () => {
		const { page, context, errors } = await openPage({ viewport: { width: 375, height: 740 } });
		await openConsole(page);
		// DuckDB reports this one as JSON with a position: never shown raw.
		const sql = 'SELECT iso3, name\nFROM countries\nWHERE income_group = 1 +';
		await editor(page).fill(sql);
		await runWithKeyboard(page);
		const sentence = await page.getByTestId('error-sentence').textContent();
		expect(sentence).toBe('DuckDB could not read the query: Syntax error at end of input.');
		expect(await page.getByTestId('console-error').textContent()).not.toContain('exception_type');
		expect(await page.getByTestId('console-error').textContent()).toContain('At line 3, column 25');
		expect(await page.getByTestId('error-spot').textContent()).toContain(
			'WHERE income_group = 1 +'
		);
		// Keyboard-run: the focus stays in the editor; the button puts the cursor on the spot.
		expect(await editor(page).evaluate((el) => el === document.activeElement)).toBe(true);
		await page.getByTestId('show-spot').click();
		expect(
			await editor(page).evaluate((el) => [
				el === document.activeElement,
				(el as HTMLTextAreaElement).selectionStart
			])
		).toEqual([true, sql.length]);
		// Run with the button: the result takes the focus, in view, above the example queries.
		await editor(page).fill('SELECT iso3 FROM countries ORDER BY iso3 LIMIT 3');
		await page.getByRole('button', { name: 'Run', exact: true }).click();
		await page.waitForSelector('[data-testid=result-summary]');
		const placed = await page.evaluate(() => {
			const focused = document.activeElement as HTMLElement;
			const box = focused.getBoundingClientRect();
			const examples = document.querySelector('.examples')!.getBoundingClientRect();
			return {
				focused: focused.textContent,
				inView: box.top >= 0 && box.bottom <= window.innerHeight,
				aboveExamples: box.top < examples.top
			};
		});
		expect(placed).toEqual({ focused: 'Result', inView: true, aboveExamples: true });
		expect(errors).toEqual([]);
		await context.close();
	});

	it('stops a long query on request and the page stays responsive', async () => {
		const { page, context } = await openPage();
		await openConsole(page);
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
		// A trillion-row cross join: minutes of work for DuckDB, however fast it scans.
		await editor(page).fill(
			'SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b'
		);
		await editor(page).press('Control+Enter');
		await page.waitForFunction(
			() => document.querySelector('#console')?.getAttribute('data-phase') === 'running'
		);
		await page.waitForTimeout(1000);
		// The query runs in DuckDB's worker: the page still answers within a frame or two.
		const lags = [];
		for (let i = 0; i < 5; i++) lags.push(await mainThreadLag(page));
		expect(Math.max(...lags)).toBeLessThan(200);
		expect(await phase(page)).toBe('running');
		expect(await page.getByTestId('console-status').textContent()).toContain('Running');
		const stopAsked = Date.now();
		await page.getByRole('button', { name: 'Stop' }).click();
		await page.waitForFunction(
			() => document.querySelector('#console')?.getAttribute('data-phase') === 'stopped'
		);
		expect(Date.now() - stopAsked).toBeLessThan(2000);
		expect(await page.getByTestId('console-stopped').textContent()).toContain('stopped');
		// The engine is free again for the next query.
		await editor(page).fill('SELECT 42 AS answer');
		await runWithKeyboard(page);
		expect(await phase(page)).toBe('done');
		await context.close();
	});

	it('downloads the result as a CSV that parses back to the same rows', async () => {
		const { page, context } = await openPage();
		await openConsole(page);
		await page.locator('button[data-example="ambiguous"]').click();
		await runWithKeyboard(page);
		const total = await resultTotal(page);
		expect(total).toBe(21);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('download-csv').click()
		]);
		expect(download.suggestedFilename()).toMatch(/\.csv$/);
		const csv = csvParse(readFileSync((await download.path())!, 'utf8'));
		expect(csv.columns).toEqual(['indicator_id', 'label', 'n', 'candidate_values', 'source_ref']);
		expect(csv).toHaveLength(total);
		const shown = await page
			.locator('[data-testid="result-table"] tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) =>
					[...tr.querySelectorAll('td')].map((td) =>
						td.classList.contains('null') ? '' : td.textContent
					)
				)
			);
		expect(csv.map((r) => csv.columns.map((c) => r[c]))).toEqual(shown);
		await context.close();
	});

	it('reproduces a shared query from the URL, and refuses one too long for a link', async () => {
		const { page, context } = await openPage();
		const sql = "SELECT count(*) AS n FROM countries WHERE survey = 'alliance'";
		// Followed from a page of the explorer: it runs on open (links from elsewhere wait for Run:
		// security.e2e.ts).
		await page.goto(site(`/data?sql=${encodeURIComponent(sql)}&run=1`), { referer: site('/') });
		await page.waitForFunction(
			() => document.querySelector('#console')?.getAttribute('data-phase') === 'done',
			null,
			{ timeout: 30_000 }
		);
		expect(await editor(page).inputValue()).toBe(sql);
		expect(await page.locator('[data-testid="result-table"] tbody td').first().textContent()).toBe(
			'17'
		);
		// Without run=1 the query is loaded but not run.
		await page.goto(site(`/data?sql=${encodeURIComponent('SELECT 1')}`));
		await page.waitForFunction(
			() => (document.getElementById('sql-editor') as HTMLTextAreaElement).value === 'SELECT 1'
		);
		expect(await phase(page)).toBe('idle');
		// A link carrying a huge query is not loaded, and says why.
		await page.goto(site(`/data?sql=${'x'.repeat(7000)}&run=1`));
		expect(await page.getByTestId('ignored-params').textContent()).toContain('longer than');
		expect(await phase(page)).toBe('idle');
		await context.close();
	});

	it('takes a huge paste without breaking: it still runs, and stays out of the address', async () => {
		const { page, context } = await openPage();
		await openConsole(page);
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
		const huge = `SELECT count(*) AS n FROM countries -- ${'padding '.repeat(250_000)}`;
		await editor(page).fill(huge);
		await page.getByTestId('url-too-long').waitFor();
		await runWithKeyboard(page);
		expect(await phase(page)).toBe('done');
		await page.waitForTimeout(400);
		await expect.poll(() => page.url()).not.toContain('sql=');
		expect(await mainThreadLag(page)).toBeLessThan(200);
		await context.close();
	});

	it('says why it cannot run without WebAssembly, and keeps the downloads', async () => {
		const { page, context } = await openPage();
		await context.addInitScript(() => {
			// @ts-expect-error simulating an old browser
			delete globalThis.WebAssembly;
		});
		await page.goto(site('/data'));
		const message = await page.getByTestId('console-unavailable').textContent();
		expect(message).toContain('WebAssembly');
		expect(message).toContain('downloads');
		expect(await page.getByRole('button', { name: 'Run' }).isDisabled()).toBe(true);
		expect(await page.locator('[data-testid="downloads"] a[download]').count()).toBeGreaterThan(20);
		expect(await page.locator('section[data-table]').count()).toBeGreaterThan(10);
		await context.close();
	});
});

describe('/data accessibility', () => {
	it.each([
		['light', 1280],
		['light', 375],
		['dark', 1280],
		['dark', 375]
	] as const)(
		'has no axe violations with a result and an error, %s at %i px',
		async (colorScheme, width) => {
			const { page, context, requests } = await openPage({ viewport: { width, height: 900 } });
			await page.emulateMedia({ colorScheme });
			await openConsole(page);
			await page.locator('button[data-example="income"]').click();
			await runWithKeyboard(page);
			expect(await axeViolations(page), 'with a result').toEqual([]);
			await editor(page).fill('SELECT * FROM nowhere');
			await runWithKeyboard(page);
			expect(await axeViolations(page), 'with an error').toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			expect(foreignRequests(requests, new URL(site('/')).origin)).toEqual([]);
			await context.close();
		},
		// axe over the whole dictionary takes seconds on a busy two-core machine, and runs twice.
		120_000
	);
});
