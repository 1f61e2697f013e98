// Versions that never drift: a permalink or embed opened at an earlier dataset version shows that
// version's figures, says a newer one exists and links to the current view; links and exports carry
// the version; an unknown version is said, not guessed. The earlier version here is a fixture (one
// figure changed) served in place of a release; the first real release is checked in the build too.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readRelease } from '../../scripts/data/releases';
import { writeDataset } from '../../scripts/data/write';
import type { DatasetVersions } from '../../src/lib/data/versions';
import { gotoHydrated, openPage, site, useBrowser, HYDRATED } from './harness';

useBrowser();

const FIXTURE = 'f1f1f1f1f1f1';
const FIRST_RELEASE = '5e20df2abaaf';
let fixtureDir: string;
let versions: DatasetVersions;

beforeAll(() => {
	// The current data with one figure changed: 21 of 42 countries (50%) with a governance mechanism.
	const tables = readRelease('build/data');
	const c01 = tables.indicators.find((r) => r.indicator_id === 'c01-governance-mechanism')!;
	Object.assign(c01, { yes: 21, pct: 50 });
	fixtureDir = mkdtempSync(join(tmpdir(), 'mnr-fixture-release-'));
	writeDataset(tables, fixtureDir, FIXTURE);
	const built = JSON.parse(readFileSync('build/data/versions.json', 'utf8')) as DatasetVersions;
	versions = {
		...built,
		releases: [
			...built.releases,
			{ version: FIXTURE, date: '2026-01-01', changes: ['A fixture release for the tests.'] }
		]
	};
});

/** Serve the fixture release as if the build kept it. */
async function withFixture(context: BrowserContext) {
	await context.route('**/data/versions.json', (route) =>
		route.fulfill({ contentType: 'application/json', body: JSON.stringify(versions) })
	);
	const files = new Set(readdirSync(fixtureDir));
	await context.route(`**/data/v/${FIXTURE}/*`, (route) => {
		const name = new URL(route.request().url()).pathname.split('/').at(-1)!;
		return files.has(name)
			? route.fulfill({ body: readFileSync(join(fixtureDir, name)) })
			: route.fulfill({ status: 404 });
	});
}

/** yes, n and % of capability 1 in a chart's data table, once the engine has answered. */
async function leadershipCells(page: Page, table: string): Promise<string[]> {
	const row = page.locator(`${table} tbody tr`, { hasText: 'Leadership' }).first();
	const cells = row.locator('td');
	// Columns: capability, short name, name, domain, then yes, n and %.
	return [
		(await cells.nth(4).textContent())!.trim(),
		(await cells.nth(5).textContent())!.trim(),
		(await cells.nth(6).textContent())!.trim()
	];
}

const engineReady = (page: Page) =>
	page.waitForSelector('html[data-engine="ready"]', { timeout: 60_000 });
const quiet = (page: Page) =>
	page.waitForFunction(() => !document.querySelector('[data-testid="engine-pending"]'), null, {
		timeout: 30_000
	});

describe('a link to an earlier dataset version', () => {
	it('a permalink shows that version’s figures, says a newer one exists and links to the current view', async () => {
		const { page, context } = await openPage();
		await withFixture(context);
		await gotoHydrated(page, site(`/?sort=low&v=${FIXTURE}`));
		const notice = page.getByTestId('version-notice');
		await page.waitForSelector('[data-testid="version-notice"][data-state="older"]');
		expect(await notice.textContent()).toContain(`dataset version ${FIXTURE}`);
		expect(await notice.textContent()).toContain(`A newer version exists: ${versions.current}`);
		await engineReady(page);
		await quiet(page);
		await expect.poll(() => leadershipCells(page, 'details.table-alt')).toEqual(['21', '42', '50']);
		// The chart says which data it shows, and its permalink keeps the version.
		expect(await page.locator('.caption .source').textContent()).toContain(
			`dataset version ${FIXTURE}`
		);
		expect(new URL(page.url()).searchParams.get('v')).toBe(FIXTURE);
		// What changed since: the changelog entries of the releases after it.
		await notice.locator('summary').click();
		expect(await notice.textContent()).toContain('Notes are split in two');
		// The current view: same settings, no version, the current figures.
		await notice.getByTestId('current-view').click();
		await page.waitForURL((u) => !u.searchParams.has('v'));
		expect(new URL(page.url()).searchParams.get('sort')).toBe('low');
		await page.waitForSelector(HYDRATED);
		expect(await page.getByTestId('version-notice').count()).toBe(0);
		await quiet(page);
		await expect
			.poll(() => leadershipCells(page, 'details.table-alt'))
			.toEqual(['32', '42', '76.2']);
		await context.close();
	});

	it('an embed shows that version’s figures and a short notice', async () => {
		const { page, context } = await openPage();
		await withFixture(context);
		await gotoHydrated(page, site(`/embed/coverage?v=${FIXTURE}`));
		await page.waitForSelector('[data-testid="version-notice"][data-state="older"]');
		await engineReady(page);
		await quiet(page);
		await expect.poll(() => leadershipCells(page, 'details.data')).toEqual(['21', '42', '50']);
		// Its link to the full view keeps the version.
		const full = await page.locator('p.back a').getAttribute('href');
		expect(new URL(full!, site('/')).searchParams.get('v')).toBe(FIXTURE);
		await context.close();
	});

	it('keeps the version while the reader moves to another page', async () => {
		const { page, context } = await openPage();
		await withFixture(context);
		await gotoHydrated(page, site(`/map?v=${FIXTURE}`));
		await page.waitForSelector('[data-testid="version-notice"][data-state="older"]');
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Overview' })
			.click();
		await page.waitForURL((u) => u.pathname.endsWith('/') || u.pathname === '');
		await page.waitForFunction((v) => new URL(location.href).searchParams.get('v') === v, FIXTURE);
		await engineReady(page);
		await quiet(page);
		await expect.poll(() => leadershipCells(page, 'details.table-alt')).toEqual(['21', '42', '50']);
		await context.close();
	});
});

describe('the first release, kept in the build', () => {
	it('answers SQL from its own files and offers them for download', async () => {
		const { page, context } = await openPage();
		await gotoHydrated(page, site(`/data?v=${FIRST_RELEASE}`));
		await page.waitForSelector('[data-testid="version-notice"][data-state="older"]');
		const csv = await page.locator('a[data-format="csv"]').first().getAttribute('href');
		expect(csv).toContain(`/data/v/${FIRST_RELEASE}/`);
		// It still had "over 40 diverse countries" among the excluded figures: 22 rows, today 21.
		await page.locator('#sql-editor').fill('SELECT count(*) AS n FROM excluded_figures');
		await page.locator('#sql-editor').press('Control+Enter');
		await page.waitForFunction(
			() => document.querySelector('#console')?.getAttribute('data-phase') === 'done',
			null,
			{ timeout: 60_000 }
		);
		expect(await page.locator('#console table tbody').textContent()).toContain('22');
		await context.close();
	});
});

describe('the changelog on /about', () => {
	it('lists every version, the current one first, with what changed', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/about'));
		const releases = page.getByTestId('release');
		expect(
			await releases.evaluateAll((els) => els.map((e) => e.getAttribute('data-version')))
		).toEqual(versions.releases.filter((r) => r.version !== FIXTURE).map((r) => r.version));
		expect(await releases.first().textContent()).toContain('current');
		expect(await releases.last().textContent()).toContain('First release');
		await context.close();
	});
});

describe('links and versions', () => {
	it('an unknown version is said, and the current figures are shown', async () => {
		const { page, context } = await openPage();
		await gotoHydrated(page, site('/?v=0123456789ab'));
		const notice = page.getByTestId('version-notice');
		await page.waitForSelector('[data-testid="version-notice"][data-state="unknown"]');
		expect(await notice.textContent()).toContain('“0123456789ab”, which this site does not have');
		await expect
			.poll(() => leadershipCells(page, 'details.table-alt'))
			.toEqual(['32', '42', '76.2']);
		// Not a setting the page ignores: the version has its own notice.
		expect(await page.getByTestId('ignored-params').count()).toBe(0);
		await context.close();
	});

	it('a copied permalink and embed code carry the current version', async () => {
		const { page, context } = await openPage();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(site('/')).origin
		});
		await gotoHydrated(page, site('/map?colour=region'));
		const current = versions.current;
		await page
			.getByRole('button', { name: /copy link/i })
			.first()
			.click();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(link).searchParams.get('v')).toBe(current);
		expect(new URL(link).searchParams.get('colour')).toBe('region');
		await context.close();
	});
});
