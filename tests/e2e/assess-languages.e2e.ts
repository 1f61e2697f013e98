// The self-assessment in French and Spanish, in a real Chromium: /fr/assess and /es/assess show
// none of the page's English words (every assess_ message's English text, checked against the
// page's text, title and labels), are axe clean in both colour schemes, and an answer file
// exported on /fr/assess imports unchanged on /assess and /es/assess.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, gotoHydrated, openPage, site, useBrowser } from './harness';

useBrowser();

const dir = mkdtempSync(join(tmpdir(), 'mnr-assess-lang-'));
const catalogue = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const en = catalogue('en');
const POSSESSION =
	'There are laws criminalizing knowing possession of child sexual abuse materials (CSAM), regardless of the intent to distribute';

/**
 * The English wording a page in `locale` must not show: each assess_ message cut at its
 * placeholders, pieces long enough to be words of ours rather than a shared symbol or name.
 */
function englishPieces(locale: string): string[] {
	const other = catalogue(locale);
	return Object.keys(en)
		.filter((k) => k.startsWith('assess_') && en[k] !== other[k])
		.flatMap((k) => en[k].split(/\{\w+\}/).map((p) => p.trim()))
		.filter((p) => p.length >= 14);
}

/** Everything the page says or labels: its text (print-only parts too), title and attributes. */
const pageWords = (page: Page) =>
	page.evaluate(() => {
		const attrs = [
			...document.querySelectorAll('[aria-label], [alt], [title], meta[name=description]')
		]
			.map((el) =>
				['aria-label', 'alt', 'title', 'content'].map((a) => el.getAttribute(a) ?? '').join('\n')
			)
			.join('\n');
		return [document.title, document.querySelector('main')?.textContent ?? '', attrs].join('\n');
	});

describe.each(['fr', 'es'])('/%s/assess', (locale) => {
	it('shows no English interface text, and says the options are quoted in English', async () => {
		const { page, context, errors } = await openPage();
		await gotoHydrated(page, site(`/${locale}/assess`));
		expect(await page.getAttribute('html', 'lang')).toBe(locale);
		// Answer a question and refuse a file, so the status lines are on screen too.
		await page.locator('[data-question=q7] input[value=no]').check();
		await page.setInputFiles('[data-action=import]', {
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('Minutes')
		});
		await expect.poll(() => page.getByTestId('files-problem').textContent()).toContain('notes.txt');
		const words = await pageWords(page);
		const pieces = englishPieces(locale);
		expect(pieces.length).toBeGreaterThan(200);
		expect(pieces.filter((p) => words.includes(p))).toEqual([]);
		expect(await page.getByTestId('wording-note').textContent()).toBe(
			catalogue(locale).assess_wording_note
		);
		expect(errors).toEqual([]);
		await context.close();
	}, 120_000);

	it('is axe clean in the light and dark schemes', async () => {
		const { page, context } = await openPage();
		await gotoHydrated(page, site(`/${locale}/assess`));
		await page.locator('[data-question=q7] input[value=yes]').check();
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	}, 150_000);
});

describe('answer files across languages', () => {
	it('a file exported on /fr/assess imports unchanged on /assess and /es/assess', async () => {
		const fr = await openPage();
		await gotoHydrated(fr.page, site('/fr/assess'));
		await fr.page.getByLabel('Pays', { exact: true }).fill('Testland');
		await fr.page.locator('[data-question=q7] input[value=yes]').check();
		await fr.page.locator('[data-question=q10] input[value=no]').check();
		await fr.page.locator('[data-question=q17]').getByLabel(POSSESSION).check();
		const [dl] = await Promise.all([
			fr.page.waitForEvent('download'),
			fr.page.click('[data-action=export]')
		]);
		expect(dl.suggestedFilename()).toMatch(/^mnr-auto-evaluation-testland-\d{4}-\d\d-\d\d\.json$/);
		const path = join(dir, dl.suggestedFilename());
		await dl.saveAs(path);
		const file = JSON.parse(readFileSync(path, 'utf8'));
		// Language-neutral: the stored values, never the page's words for them.
		expect(file.answers).toEqual({ q7: 'yes', q10: 'no', q17: [POSSESSION] });
		await fr.context.close();

		for (const [where, imported] of [
			['/assess', 'Imported '],
			['/es/assess', 'importado']
		] as const) {
			const { page, context } = await openPage();
			await gotoHydrated(page, site(where));
			await page.setInputFiles('[data-action=import]', path);
			await expect.poll(() => page.getByTestId('files-message').textContent()).toContain(imported);
			expect(await page.inputValue('#assess-country')).toBe('Testland');
			expect(await page.locator('[data-question=q7] input[value=yes]').isChecked()).toBe(true);
			expect(await page.locator('[data-question=q10] input[value=no]').isChecked()).toBe(true);
			expect(await page.locator('[data-question=q17]').getByLabel(POSSESSION).isChecked()).toBe(
				true
			);
			expect(
				await page
					.locator('[data-assess-chart=d1] [data-group="q7"] [data-yours]')
					.getAttribute('data-yours')
			).toBe('yes');
			await context.close();
		}
	}, 150_000);
});
