// The private self-assessment (/assess) in a real Chromium: answers saved as typed and kept over a
// reload, exported, deleted, imported back, a damaged and an other-country file refused with
// nothing lost, an import confirmed and undone, two agencies' files merged, the comparison chart
// showing "your answer", the briefing pack made, and not one request after the page has loaded.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, gotoHydrated, openPage, site, useBrowser, HYDRATED } from './harness';

useBrowser();

const dir = mkdtempSync(join(tmpdir(), 'mnr-assess-'));
const POSSESSION =
	'There are laws criminalizing knowing possession of child sexual abuse materials (CSAM), regardless of the intent to distribute';

/** Requests after `from` that are not local blobs or data URLs (downloads are blob: URLs). */
const networkAfter = (requests: string[], from: number) =>
	requests.slice(from).filter((u) => !/^(blob|data|about):/.test(u));

const saveState = (page: Page) => page.getByTestId('save-state').textContent();
const yesNo = (page: Page, q: string, value: 'yes' | 'no') =>
	page.locator(`[data-question=${q}] input[type=radio][value=${value}]`);
/** The "your answer" row of a figure in a comparison chart. */
const yours = (page: Page, chart: string, group: string) =>
	page.locator(`[data-assess-chart=${chart}] [data-group="${group}"] [data-yours]`);

async function download(page: Page, selector: string) {
	const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
	const path = join(dir, dl.suggestedFilename());
	await dl.saveAs(path);
	return { name: dl.suggestedFilename(), path, bytes: readFileSync(path) };
}

function answerFile(country: string, answers: Record<string, unknown>, respondent = '') {
	return {
		format: 'mnr-explorer-self-assessment',
		schemaVersion: 1,
		datasetVersion: 'test',
		country,
		respondent,
		exportedAt: '2026-12-01T10:00:00.000Z',
		answers
	};
}

function writeJson(name: string, value: unknown): string {
	const path = join(dir, name);
	writeFileSync(path, JSON.stringify(value));
	return path;
}

describe('self-assessment', () => {
	it('answers, persists, exports, deletes, imports, refuses bad files, merges and packs, with no request after load', async () => {
		const { page, context, requests, errors } = await openPage();
		await gotoHydrated(page, site('/assess'));
		await page.waitForLoadState('networkidle');
		let mark = requests.length;

		await expect.poll(() => saveState(page)).toContain('Nothing entered yet');
		expect(await yours(page, 'd1', 'q7').getAttribute('data-yours')).toBe('unanswered');

		await page.getByLabel('Country', { exact: true }).fill('Testland');
		await page.getByLabel('Agency or person answering (optional)').fill('Ministry A');
		await yesNo(page, 'q7', 'yes').check();
		await yesNo(page, 'q10', 'no').check();
		await page.locator('[data-question=q17]').getByLabel(POSSESSION).check();
		await page.locator('[data-question=q8] textarea').fill('A taskforce chaired by the ministry');
		await expect.poll(() => saveState(page)).toContain('4 questions answered');

		// The comparison chart shows the answers as its "your answer" series.
		expect(await yours(page, 'd1', 'q7').getAttribute('data-yours')).toBe('yes');
		expect(await yours(page, 'd1', 'q10').getAttribute('data-yours')).toBe('no');
		expect(await yours(page, 'd1', 'q10').textContent()).toContain('No');
		expect(await yours(page, 'd1', 'q17:4').getAttribute('data-yours')).toBe('ticked');
		expect(await yours(page, 'd1', 'q17:6').getAttribute('data-yours')).toBe('not-ticked');
		expect(networkAfter(requests, mark)).toEqual([]);

		// Saved as typed: a reload brings everything back.
		await page.reload();
		await page.waitForSelector(HYDRATED);
		await page.waitForLoadState('networkidle');
		mark = requests.length;
		await expect.poll(() => yesNo(page, 'q7', 'yes').isChecked()).toBe(true);
		expect(await yesNo(page, 'q10', 'no').isChecked()).toBe(true);
		expect(await page.getByLabel('Country', { exact: true }).inputValue()).toBe('Testland');
		expect(await page.locator('[data-question=q8] textarea').inputValue()).toContain('taskforce');
		expect(await page.locator('[data-question=q17]').getByLabel(POSSESSION).isChecked()).toBe(true);

		// Export: a JSON file with the schema version, dataset version, country and date.
		const exported = await download(page, '[data-action=export]');
		expect(exported.name).toMatch(/^mnr-self-assessment-testland-\d{4}-\d\d-\d\d\.json$/);
		const file = JSON.parse(exported.bytes.toString('utf8'));
		expect(file).toMatchObject({
			format: 'mnr-explorer-self-assessment',
			schemaVersion: 1,
			country: 'Testland',
			respondent: 'Ministry A',
			answers: { q7: 'yes', q10: 'no', q17: [POSSESSION] }
		});
		expect(file.datasetVersion).toMatch(/^[0-9a-f]{12}$/);
		expect(Date.parse(file.exportedAt)).not.toBeNaN();

		// Delete asks first, then clears the form and the browser's copy.
		await page.click('[data-action=delete]');
		await page.click('[data-action=confirm-delete]');
		await expect.poll(() => saveState(page)).toContain('Nothing entered yet');
		expect(await yesNo(page, 'q7', 'yes').isChecked()).toBe(false);
		expect(await page.getByLabel('Country', { exact: true }).inputValue()).toBe('');
		expect(
			await page.evaluate(() =>
				Object.keys(localStorage).filter((k) => k.startsWith('mnr-explorer:self-assessment'))
			)
		).toEqual([]);

		// Import the exported file back (nothing to replace, so no question asked).
		await page.setInputFiles('[data-action=import]', exported.path);
		await expect.poll(() => page.getByTestId('files-message').textContent()).toContain('Imported');
		expect(await yesNo(page, 'q7', 'yes').isChecked()).toBe(true);
		expect(await page.getByLabel('Country', { exact: true }).inputValue()).toBe('Testland');

		// A damaged file: a clear message, nothing lost.
		await page.setInputFiles('[data-action=import]', {
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format": "mnr-explorer-self-assessment", "schemaVer')
		});
		await expect
			.poll(() => page.getByTestId('files-problem').textContent())
			.toContain('broken.json was not imported, and nothing was changed: it is damaged');
		expect(await yesNo(page, 'q7', 'yes').isChecked()).toBe(true);
		await expect.poll(() => saveState(page)).toContain('4 questions answered');

		// A newer file format and a file for another country are refused too.
		await page.setInputFiles(
			'[data-action=import]',
			writeJson('newer.json', { ...answerFile('Testland', {}), schemaVersion: 9 })
		);
		await expect
			.poll(() => page.getByTestId('files-problem').textContent())
			.toContain('newer version of MNR Explorer');
		await page.setInputFiles(
			'[data-action=import]',
			writeJson('other.json', answerFile('Otherland', { q7: 'no' }))
		);
		await expect
			.poll(() => page.getByTestId('files-problem').textContent())
			.toContain('it is for Otherland, but your answers are for Testland');
		expect(await yesNo(page, 'q7', 'yes').isChecked()).toBe(true);

		// Importing over answers asks first, and the replaced answers can be restored.
		await page.setInputFiles(
			'[data-action=import]',
			writeJson('second.json', answerFile('testland', { q7: 'no' }))
		);
		await page.click('[data-action=confirm-import]');
		await expect.poll(() => yesNo(page, 'q7', 'no').isChecked()).toBe(true);
		expect(await yesNo(page, 'q10', 'no').isChecked()).toBe(false);
		await page.click('[data-action=restore]');
		await expect.poll(() => yesNo(page, 'q7', 'yes').isChecked()).toBe(true);
		expect(await yesNo(page, 'q10', 'no').isChecked()).toBe(true);

		// Two agencies disagree on q7 and agree on q10; the user picks q7's answer.
		await page.setInputFiles('[data-action=merge-files]', [
			writeJson('justice.json', answerFile('Testland', { q7: 'yes', q10: 'no' }, 'Justice')),
			writeJson(
				'interior.json',
				answerFile('Testland', { q7: 'no', q10: 'no', q13: 'yes' }, 'Interior')
			)
		]);
		await expect
			.poll(() => page.getByTestId('merge-summary').textContent())
			.toContain('2 files compared: 1 question has different answers, 1 still to decide');
		const q7 = page.locator('[data-merge-question=q7]');
		expect(await q7.getAttribute('data-agreement')).toBe('disagree');
		expect(await q7.textContent()).toContain('Given in: Justice (justice.json)');
		await q7
			.locator('label')
			.filter({ hasText: /^\s*No\b/ })
			.locator('input')
			.check();
		await expect.poll(() => page.getByTestId('merge-summary').textContent()).toContain('0 still');
		await page.click('[data-action=use-merged]');
		await expect.poll(() => yesNo(page, 'q7', 'no').isChecked()).toBe(true);
		expect(await yesNo(page, 'q13', 'yes').isChecked()).toBe(true);
		expect(await page.getByLabel('Agency or person answering (optional)').inputValue()).toBe(
			'Justice; Interior'
		);
		expect(await yours(page, 'd1', 'q7').getAttribute('data-yours')).toBe('no');

		// A chart's own SVG export carries the "your answer" series and links back to the chart.
		const svg = await download(page, '[data-assess-chart=d1] [data-assess-export=svg]');
		expect(svg.name).toBe('mnr-explorer-assess-chart-d1.svg');
		const svgText = svg.bytes.toString('utf8');
		expect(svgText).toContain('Your answer');
		expect(svgText).toContain('32 of 42');
		expect(svgText).toContain('/assess?chart=d1');

		// The briefing pack: answers CSV, charts, gap summary and citation in one zip.
		const pack = await download(page, '[data-action=pack]');
		expect(pack.name).toMatch(/^mnr-self-assessment-testland-\d{4}-\d\d-\d\d-briefing-pack\.zip$/);
		const text = pack.bytes.toString('latin1');
		for (const name of ['answers.csv', 'gap-summary.txt', 'citation.txt', '.svg', '.png'])
			expect(text).toContain(name);
		expect(text).toContain('Question 7: Does a national governance or oversight body');
		expect(text).toContain('32 of 42');
		expect(text).not.toMatch(/\bscore:|\branked?\b \d/i);

		// Nothing of all this went over the network.
		expect(networkAfter(requests, mark)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	}, 120_000);

	it('is axe clean, keyboard operable and fits a 320 px phone', async () => {
		const { page, context } = await openPage({ viewport: { width: 320, height: 800 } });
		await gotoHydrated(page, site('/assess'));
		expect(await axeViolations(page)).toEqual([]);
		await page.focus('[data-question=q13] input[value=yes]');
		await page.keyboard.press('Space');
		await expect.poll(() => saveState(page)).toContain('1 question answered');
		await page.keyboard.press('ArrowRight');
		expect(await yesNo(page, 'q13', 'no').isChecked()).toBe(true);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	}, 150_000);

	it('is axe clean in the dark scheme with answers, a refused file and a merge on screen', async () => {
		const { page, context } = await openPage();
		await page.emulateMedia({ colorScheme: 'dark' });
		await gotoHydrated(page, site('/assess'));
		await page.getByLabel('Country', { exact: true }).fill('Testland');
		await yesNo(page, 'q7', 'no').check();
		await page.setInputFiles('[data-action=import]', {
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('Minutes of the taskforce meeting')
		});
		await expect.poll(() => page.getByTestId('files-problem').textContent()).toContain('notes.txt');
		await page.setInputFiles('[data-action=merge-files]', [
			writeJson('a.json', answerFile('Testland', { q7: 'yes' }, 'A')),
			writeJson('b.json', answerFile('Testland', { q7: 'no' }, 'B'))
		]);
		await page.getByTestId('merge-summary').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	}, 150_000);

	it('lists every question and the review figures without JavaScript, and prints a clean report', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/assess'));
		expect(await page.locator('[data-question]').count()).toBe(81);
		const q7 = (await page.locator('[data-question=q7]').textContent()) ?? '';
		expect(q7).toContain('Measures capability 1, Leadership');
		expect(q7).toContain('32 of 42');
		expect(await page.locator('[data-question=q16]').textContent()).toContain(
			'The review gives no figure for this question.'
		);
		expect(await page.getByTestId('no-score').textContent()).toContain('no score');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('#answers').isVisible()).toBe(false);
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.print-report').isVisible()).toBe(true);
		expect(await page.locator('[data-assess-chart=d1] svg').isVisible()).toBe(true);
		await context.close();
	});
});
