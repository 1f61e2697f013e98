import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, foreignRequests, openPage, site, subpathSite, useBrowser } from './harness';
import { longestTaskCpu, traced } from './taskCpu';
import {
	drawFloor,
	makeLongText,
	makeStressTexts,
	measureCheck,
	pasteText
} from '../../scripts/bench/check.js';
import { BUILDER_TEXT } from '../../src/lib/data/readerText';

useBrowser();

/** Drawing has stopped: all drawn, or the rest waits for the reader to scroll near it. */
const RESULTS_DONE =
	'[data-testid=results][data-check-state=done]:is([data-rendered=complete], [data-rendered=windowed])';

/** The page is interactive once the check's runner exists. */
const ready = (page: Page) => page.waitForSelector('[data-testid=check-input][data-ready]');

async function check(page: Page, text: string) {
	await ready(page);
	await page.locator('#check-text').fill(text);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await page.waitForSelector(RESULTS_DONE);
}

/** Press Clear: the text box comes back, empty. */
async function clearBox(page: Page) {
	await page.getByRole('button', { name: 'Clear', exact: true }).click();
	await page.locator('#check-text').waitFor();
}

/** The highlights in the inline view: their text and verdict or term status. */
function marks(page: Page) {
	return page.locator('[data-testid=checked-text] mark').evaluateAll((els) =>
		els.map((e) => ({
			text: e.querySelector('a')?.firstChild?.textContent ?? '',
			kind: e.getAttribute('data-verdict') ?? e.getAttribute('data-term-status')
		}))
	);
}

describe('check: sentences through the page', () => {
	it('matches, rounds, differs and flags wording, inline and in the lists', async () => {
		const { page, context, requests, errors } = await openPage();
		await page.goto(site('/check'));
		await check(
			page,
			'Over three-quarters (76 per cent, 32 of 42) of countries have a national education programme. ' +
				'76% of countries have a hotline for reporting child pornography. ' +
				'The country’s ‘Child Pornography’ Act was amended. ' +
				'About 70 per cent of countries have an end-to-end support plan. ' +
				'In 2021, 80 per cent of victims were girls.'
		);
		expect(await marks(page)).toEqual(
			[
				{ text: 'Over three-quarters', kind: 'matches' },
				{ text: '76 per cent', kind: 'matches' },
				{ text: '32 of 42', kind: 'matches' },
				{ text: '76%', kind: 'differs' },
				{ text: 'child pornography', kind: 'avoid' },
				{ text: 'Child Pornography', kind: 'quoted' },
				{ text: '70 per cent', kind: 'rounds-to' },
				{ text: '80 per cent', kind: 'outside' }
			].map((m) => (m.text === '70 per cent' ? { ...m, text: 'About 70 per cent' } : m))
		);

		// The hotline claim: the review's figure, its n and source, and how far off the text is.
		const hotline = page.locator('[data-indicator="c12-hotline"]');
		await expect.poll(() => hotline.textContent()).toContain('38 of 42 countries = 90.5%');
		const hotlineText = (await hotline.textContent()) ?? '';
		expect(hotlineText).toContain('14.5 percentage points lower');
		// Where a reader finds it in the published review: the reader's reference, no line numbers.
		expect(await hotline.getByTestId('reader-reference').textContent()).toBe(
			'Framing the Future (2022): Hotline › Current status · search “surveyed, 90 per”'
		);
		expect(hotlineText).toMatch(/Match:\s*sure/);
		expect(hotlineText).toContain('Hotline or portal belongs to the INHOPE network');
		expect(
			await hotline.getByRole('link', { name: /dedicated hotline/ }).getAttribute('href')
		).toBe('/capabilities/12#c12-hotline');

		// Three ways of writing one figure share one card.
		const education = page.locator('[data-indicator="c13-education"]');
		expect(await education.locator('[data-verdict]').count()).toBe(3);

		// Wording: the avoided term with its replacement, the quoted one left as written.
		const term = page.locator('[data-term="child pornography"]');
		expect(await term.getAttribute('data-term-status')).toBe('avoid');
		expect(await term.textContent()).toContain('child sexual abuse material');
		expect(await term.textContent()).toContain('1 left as written');
		expect(
			await term.getByRole('link', { name: /terminology guidance/ }).getAttribute('href')
		).toBe('/terms#term-child-pornography');
		expect(await page.locator('[data-testid=corrected]').inputValue()).toContain(
			'76% of countries have a hotline for reporting child sexual abuse material. The country’s ‘Child Pornography’ Act'
		);
		expect((await page.getByTestId('check-summary').textContent())?.replace(/\s+/g, ' ')).toMatch(
			/6 figures: 3 matches, 1 rounds to, 1 differs, 1 not a figure from this review\. 1 term flagged, 1 left as written\./
		);

		expect(foreignRequests(requests, new URL(site('/')).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps markup in the text inert in the cards, which are drawn as markup (cardMarkup.ts)', async () => {
		const { page, context, errors } = await openPage();
		await page.goto(site('/check'));
		const hostile = '<img src=x onerror="window.__cardsPwned=1">';
		await check(
			page,
			`${hostile} 76 per cent of countries have a national governance mechanism. ` +
				`<b>Child pornography</b> is still the <i>term</i> used.`
		);
		const results = page.getByTestId('results');
		expect(await results.locator('img, b, i').count()).toBe(0);
		expect(await page.evaluate(() => 'cardsPwned' in window)).toBe(false);
		// The figure card quotes the sentence as written, and links back to its highlight.
		const card = page.getByTestId('figure-list').locator('li.result').first();
		expect(await card.locator('.context').textContent()).toContain(hostile);
		const back = card.getByRole('link', { name: 'Show in text' });
		expect(await back.getAttribute('href')).toBe('#claim-1');
		await back.click();
		await expect.poll(() => new URL(page.url()).hash).toBe('#claim-1');
		expect(await page.locator('#claim-1').count()).toBe(1);
		// The wording card's occurrence keeps the tags as text, and leads to its highlight.
		const term = page.getByTestId('term-list').locator('li.result').first();
		const occurrence = term.locator('.snippets a').first();
		expect(await occurrence.textContent()).toContain('<b>Child pornography</b>');
		expect(await occurrence.getAttribute('href')).toMatch(/^#hit-\d+$/);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('notes a different denominator, the world, and a population', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/check'));
		await check(
			page,
			'29 of all 42 countries involve children in shaping policy. Nine in ten countries worldwide have a hotline. ' +
				'A national sex offender register exists in 53 per cent of high-income countries.'
		);
		const participation =
			(await page.locator('[data-indicator="c14-child-participation"]').textContent()) ?? '';
		expect(participation).toContain('base of 42');
		expect(participation).toContain('41 countries');
		expect(await page.locator('[data-indicator="c12-hotline"]').textContent()).toContain(
			'not every country in the world'
		);
		expect(
			await page
				.locator('[data-indicator="c03-hic-sex-offender-register"] [data-verdict]')
				.getAttribute('data-verdict')
		).toBe('matches');
		await context.close();
	});

	it('reads claims in French and Spanish (#15)', async () => {
		const { page, context, errors } = await openPage();
		await page.goto(site('/check'));
		// The review's sentences (framing-the-future-2022.txt lines 625-628 and 3362-3364) in our
		// translation; a narrow no-break space before "%" as French typesetting puts it. The Spanish
		// one has the review's 90 per cent changed to 76, so it must differ from 38 of 42.
		await check(
			page,
			'Plus des trois quarts des pays étudiés (76\u202f%, 32 sur 42) ont un programme national d’éducation. ' +
				'De los 42 países encuestados, el 76 % tiene una línea de denuncia.'
		);
		expect(await marks(page)).toEqual([
			{ text: 'Plus des trois quarts', kind: 'matches' },
			{ text: '76\u202f%', kind: 'matches' },
			{ text: '32 sur 42', kind: 'matches' },
			{ text: '76 %', kind: 'differs' }
		]);
		expect(
			await page
				.locator('[data-indicator="c13-education"] [data-verdict]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))
		).toEqual(['matches', 'matches', 'matches']);
		expect(await page.locator('[data-indicator="c12-hotline"]').textContent()).toContain(
			'38 of 42 countries = 90.5%'
		);
		expect(errors).toEqual([]);
		await context.close();
	});
});

/**
 * The review pasted straight from its PDF text, hard line breaks and glued footnote markers as
 * extracted (framing-the-future-2022.txt, key findings lines 636-651 and child protection
 * workforce lines 3104-3109, with its misprinted 23 per cent).
 */
const RAW_PDF_PASTE = [
	'Societal',
	'',
	'Child participation: Children and young people are encouraged ',
	'to give their ideas and influence policy and practice in over two-',
	'thirds of countries (71 per cent, 29 of 4123). However, even where ',
	'dedicated structures for child participation exist, the impact at the ',
	'policy level can be challenging to observe.',
	'',
	'Support systems for offenders or those at risk of offending ',
	'to prevent harm to children: Over half of surveyed countries ',
	'(59 per cent, 24 of 4124) have some sort of support system for ',
	'convicted child sex offenders, people with a sexual interest in ',
	'children and young people displaying sexually harmful behaviour. ',
	'The 17 countries with no support systems are from low- and ',
	'middle-income categories.',
	'',
	'Expertise, resources and workforce',
	'',
	'Almost a quarter of countries (23 per cent, 7 of 41) do not have a ',
	'child protection workforce to support victims/survivors.'
].join('\n');

describe('check: the review pasted from its PDF', () => {
	it('gives every figure its own verdict, never "differs", and names the review’s misprint', async () => {
		const { page, context, errors } = await openPage();
		await page.goto(site('/check'));
		await ready(page);
		await pasteText(page, RAW_PDF_PASTE);
		await page.getByRole('button', { name: 'Check', exact: true }).click();
		await page.waitForSelector(RESULTS_DONE);
		expect(await marks(page)).toEqual([
			{ text: 'over two-\nthirds', kind: 'matches' },
			{ text: '71 per cent', kind: 'matches' },
			{ text: '29 of 41', kind: 'matches' },
			// "Support systems for offenders" is the capability's own name: left as written.
			{ text: 'offenders', kind: 'quoted' },
			{ text: 'Over half', kind: 'matches' },
			{ text: '59 per cent', kind: 'matches' },
			{ text: '24 of 41', kind: 'matches' },
			{ text: '17 countries', kind: 'matches' },
			{ text: 'Almost a quarter', kind: 'inconsistent' },
			{ text: '23 per cent', kind: 'inconsistent' },
			{ text: '7 of 41', kind: 'matches' }
		]);
		const workforce = page.locator('[data-indicator="c09-child-protection-workforce"]');
		expect(await workforce.textContent()).toContain('its counts give 17.1%');
		// Reader's words only in the results: no line range, no talk of extraction.
		expect(
			BUILDER_TEXT.exec(await page.getByTestId('results').innerText())?.[0] ?? null
		).toBeNull();
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('check: receipt', () => {
	it('downloads a plain-text and a JSON receipt of the check shown', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/check'));
		const text =
			'Nine in ten countries have a hotline, and 95% have a child helpline. 139 countries joined.';
		await check(page, text);
		const receipt = page.getByTestId('receipt');
		const [txt] = await Promise.all([
			page.waitForEvent('download'),
			receipt.getByRole('button', { name: /text/ }).click()
		]);
		expect(txt.suggestedFilename()).toMatch(/^check-receipt-[0-9a-f]{12}\.txt$/);
		const plain = await readDownload(txt);
		const { createHash } = await import('node:crypto');
		const sha = createHash('sha256').update(text, 'utf8').digest('hex');
		expect(plain).toContain(`Text SHA-256:     ${sha}`);
		expect(plain).toMatch(/Dataset version: {2}[0-9a-f]{12}/);
		expect(plain).toContain('“Nine in ten”');
		expect(plain).toContain(
			'Find it in:  Framing the Future (2022): Hotline › Current status · search “surveyed, 90 per”'
		);
		expect(BUILDER_TEXT.exec(plain)?.[0] ?? null).toBeNull();

		const [json] = await Promise.all([
			page.waitForEvent('download'),
			receipt.getByRole('button', { name: /JSON/ }).click()
		]);
		const data = JSON.parse(await readDownload(json));
		expect(data.text).toEqual({ sha256: sha, characters: text.length });
		expect(
			data.claims.map((c: { words: string; verdict: string }) => [c.words, c.verdict])
		).toEqual([
			['Nine in ten', 'matches'],
			['95%', 'matches'],
			['139 countries', 'outside']
		]);
		expect(data.claims[1].figure).toMatchObject({
			indicator_id: 'c11-child-helpline',
			yes: 40,
			n: 42
		});
		await context.close();
	});
});

async function readDownload(d: import('playwright-core').Download): Promise<string> {
	const stream = await d.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

describe('check: from a sub-path', () => {
	it('loads its worker and links under the base path', async () => {
		const { page, context, requests, errors } = await openPage();
		await page.goto(
			subpathSite(`/check?text=${encodeURIComponent('76% of countries have a hotline.')}`)
		);
		await page.waitForSelector(RESULTS_DONE);
		expect(await marks(page)).toEqual([{ text: '76%', kind: 'differs' }]);
		expect(
			await page
				.locator('[data-indicator="c12-hotline"] a[href*="capabilities"]')
				.first()
				.getAttribute('href')
		).toBe('/mnr-explorer/capabilities/12#c12-hotline');
		expect(requests.some((u) => /\/mnr-explorer\/_app\/immutable\/workers\//.test(u))).toBe(true);
		expect(foreignRequests(requests, new URL(subpathSite('/')).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('check: messages', () => {
	it('says what is wrong with empty, blank, figure-less and over-long texts', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/check'));
		await ready(page);
		const button = page.getByRole('button', { name: 'Check', exact: true });
		const message = page.getByTestId('check-message');

		await button.click();
		expect(await message.textContent()).toContain('nothing to check yet');

		await page.locator('#check-text').fill('   \n\t  ');
		await button.click();
		expect(await message.textContent()).toContain('only spaces or line breaks');

		await check(page, 'The weather in Geneva was mild, and the meeting ended early.');
		expect(await message.textContent()).toContain('No figures and no terms');
		expect(await page.getByTestId('no-figures').isVisible()).toBe(true);
		expect(await page.getByTestId('no-terms').isVisible()).toBe(true);

		await check(page, 'Child pornography is a term some laws still use.');
		expect(await page.getByTestId('no-figures').textContent()).toContain('No figures were found');
		expect(await page.locator('[data-term="child pornography"]').count()).toBe(1);

		await pasteText(page, 'x'.repeat(200_001));
		await expect
			.poll(() => page.getByTestId('char-count').textContent())
			.toContain('200,001 of 200,000');
		await button.click();
		expect(await message.textContent()).toContain(
			'200,001 characters long; the check takes up to 200,000'
		);
		expect(await page.locator('[data-testid=checked-text]').count()).toBe(0);
		await context.close();
	});
});

describe('check: shared links', () => {
	it('checks the text a link carries, and notes what it ignored', async () => {
		const { page, context } = await openPage();
		const text = 'Nine in ten countries have a hotline, and 95% have a child helpline.';
		await page.goto(site(`/check?text=${encodeURIComponent(text)}&colour=red`));
		await page.waitForSelector(RESULTS_DONE);
		expect(await page.locator('#check-text').inputValue()).toBe(text);
		expect(await marks(page)).toEqual([
			{ text: 'Nine in ten', kind: 'matches' },
			{ text: '95%', kind: 'matches' }
		]);
		expect(await page.getByTestId('ignored-params').textContent()).toContain('colour');
		await context.close();
	});

	it('loads only the first 2,000 characters of an over-long link', async () => {
		const { page, context } = await openPage();
		await page.goto(site(`/check?text=${encodeURIComponent('76% of countries. '.repeat(150))}`));
		await page.waitForSelector(RESULTS_DONE);
		expect((await page.locator('#check-text').inputValue()).length).toBe(2000);
		expect(await page.getByTestId('ignored-params').textContent()).toContain(
			'only its first 2,000'
		);
		await context.close();
	});

	it('copies a link to a short check and refuses a long one', async () => {
		const { page, context } = await openPage();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(site('/')).origin
		});
		await page.goto(site('/check'));
		const text = 'Half of countries have agreed terminology.';
		await check(page, text);
		await page.getByRole('button', { name: 'Copy a link to this check' }).click();
		expect(await page.getByTestId('share-message').textContent()).toContain('Link copied');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(link).searchParams.get('text')).toBe(text);
		await page.goto(link);
		await page.waitForSelector(RESULTS_DONE);
		expect(await marks(page)).toEqual([{ text: 'Half', kind: 'matches' }]);

		await pasteText(page, 'a'.repeat(2001));
		await page.getByRole('button', { name: 'Copy a link to this check' }).click();
		expect(await page.getByTestId('share-message').textContent()).toContain('too long to share');
		await context.close();
	});
});

/**
 * The scripts the page (not its workers) has loaded that hold the check's claim patterns (a
 * French one is the marker): the check runs in a worker, and the page loads it only without one.
 */
async function scriptsWithClaimPatterns(page: Page): Promise<string[]> {
	return page.evaluate(
		async (marker) => {
			const scripts = performance
				.getEntriesByType('resource')
				.map((e) => e.name)
				// A worker's own script is fetched by the page for it (Vite puts them under workers/).
				.filter((url) => /\.js$/.test(url) && !new URL(url).pathname.includes('/workers/'));
			const found: string[] = [];
			for (const url of scripts)
				if ((await (await fetch(url)).text()).includes(marker)) found.push(url);
			return found;
		},
		String.raw`por\s*ciento`
	);
}

describe('check: large pastes', () => {
	it('checks 100,000 characters off the main thread while frames keep coming', async () => {
		const { page, context, errors } = await openPage();
		await page.goto(site('/check'));
		const r = await measureCheck(page, makeLongText(100_000));
		console.log(`100k check (worker): ${JSON.stringify(r)}`);
		expect(r.figures).toBeGreaterThan(500);
		expect(r.terms).toBeGreaterThan(100);
		// Generous bounds for a loaded two-core machine; the benchmark reports the real figures.
		expect(r.ms).toBeLessThan(15_000);
		expect(r.maxFrameGap).toBeLessThan(1_000);
		expect(errors).toEqual([]);
		await context.close();
	}, 120_000);

	it('draws only what is near the reader, the rest as they scroll or ask (#17)', async () => {
		const { page, context, errors } = await openPage();
		await page.goto(site('/check'));
		const text = makeLongText(100_000);
		await measureCheck(page, text);
		const results = page.getByTestId('results');
		expect(await results.getAttribute('data-rendered')).toBe('windowed');
		const box = page.getByTestId('checked-text');
		const blocks = () => box.locator('.block').count();
		const first = await blocks();
		// A few screens of the box, not the 100-odd blocks of the whole text.
		expect(first).toBeGreaterThan(0);
		expect(first).toBeLessThan(40);
		await expect
			.poll(() => page.getByTestId('text-rest').textContent())
			.toMatch(/more characters of the text appear as you scroll/);
		// Scrolling the box to its end draws more.
		await box.evaluate((el) => el.scrollTo(0, el.scrollHeight));
		await expect.poll(blocks).toBeGreaterThan(first);
		// Figure cards wait below the fold the same way.
		const cards = () => page.locator('[data-testid=figure-list] > li').count();
		const cardsFirst = await cards();
		expect(cardsFirst).toBeLessThan(150);
		// By keyboard: focusing the button scrolls it into view, which draws more cards above it;
		// the button stays (moving down) and keeps the focus, so Enter still reaches it.
		const showAll = page.getByTestId('figures-rest').getByRole('button', { name: 'Show all now' });
		await showAll.focus();
		await expect.poll(cards).toBeGreaterThan(cardsFirst);
		await expect.poll(() => showAll.evaluate((b) => b === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(cards, { timeout: 30_000 }).toBe(150);
		// A link to a highlight far down the text draws up to it and lands on it.
		const lastId = await page.evaluate(() => {
			const n = Number(
				document.querySelector('[data-testid=results]')!.getAttribute('data-figures')
			);
			const a = document.createElement('a');
			a.href = `#claim-${n}`;
			a.id = 'test-link';
			a.textContent = 'to the last figure';
			document.querySelector('[data-testid=figure-list]')!.append(a);
			return n;
		});
		expect(await page.locator(`#claim-${lastId}`).count()).toBe(0);
		await page.locator('#test-link').click();
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.closest('mark')?.id))
			.toBe(`claim-${lastId}`);
		// "Show all now" draws the whole text, to its last characters.
		// Drawing up to the link may go on to the end and remove the button between a lookup and
		// its use, so the button is found and focused in one step, in the page.
		const focused = await page.evaluate(() => {
			const button = document.querySelector<HTMLButtonElement>('[data-testid=text-rest] button');
			button?.focus();
			return button !== null && document.activeElement === button;
		});
		if (focused) await page.keyboard.press('Enter');
		const ending = text.trimEnd().slice(-40);
		await expect
			.poll(
				() =>
					box
						.locator('.block')
						.last()
						.evaluate((block, ending) => {
							// The text as written: without the words added for screen readers and the symbols.
							const copy = block.cloneNode(true) as Element;
							for (const e of copy.querySelectorAll('.visually-hidden, .sym')) e.remove();
							return (copy.textContent ?? '').trimEnd().endsWith(ending);
						}, ending),
				{ timeout: 60_000 }
			)
			.toBe(true);
		expect(await page.getByTestId('text-rest').count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	}, 180_000);

	it('still works, in slices on the page, where no worker can start', async () => {
		const { page, context } = await openPage();
		await context.addInitScript(() => {
			// @ts-expect-error simulating a browser without Web Workers
			delete globalThis.Worker;
		});
		await page.goto(site('/check'));
		const r = await measureCheck(page, makeLongText(100_000));
		console.log(`100k check (main thread): ${JSON.stringify(r)}`);
		expect(r.figures).toBeGreaterThan(500);
		expect(r.maxFrameGap).toBeLessThan(1_500);
		expect(await page.locator('text=could not start a background worker').count()).toBe(1);
		// Without a worker the page loads the check itself, when the reader first checks a text.
		expect(await scriptsWithClaimPatterns(page)).not.toEqual([]);
		await context.close();
	}, 120_000);

	it("the benchmark's drawing floor puts every drawn item back once and leaves the page as it was", async () => {
		const { page, context } = await openPage();
		await page.goto(site('/check'));
		await measureCheck(page, makeLongText(20_000));
		const count = () =>
			page.evaluate(() => {
				const lists = [
					...document.querySelectorAll<HTMLElement>(
						'[data-testid=checked-text], [data-testid=figure-list], [data-testid=term-list]'
					)
				];
				return {
					items: document.querySelectorAll(
						'[data-testid=checked-text] > .block, [data-testid=figure-list] > li, [data-testid=term-list] > li'
					).length,
					lists: lists.length,
					hidden: lists.filter((e) => e.style.display === 'none').length
				};
			});
		const before = await count();
		expect(before.items).toBeGreaterThan(20);
		const floor = await drawFloor(page);
		expect(floor.items).toBe(before.items);
		// One frame per item, and one more for the last: every gap was measured.
		expect(floor.maxFrameGap).toBeGreaterThan(0);
		expect(await count()).toEqual({ ...before, hidden: 0 });
		await context.close();
	}, 120_000);

	it('leaves the check to its worker: the page itself never loads its patterns', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/check'));
		const r = await measureCheck(page, makeLongText(20_000));
		expect(r.figures).toBeGreaterThan(50);
		expect(await scriptsWithClaimPatterns(page)).toEqual([]);
		await context.close();
	}, 120_000);

	it('never freezes on hostile 200,000-character pastes, and the box stays editable meanwhile', async () => {
		const { page, context, errors } = await openPage();
		await page.goto(site('/check'));
		for (const [kind, text] of Object.entries(makeStressTexts(200_000))) {
			// A long paste before is held in the read-only view: back to the empty text box.
			if (await page.getByTestId('long-text').count()) await clearBox(page);
			const { value: r, events } = await traced(page, () => measureCheck(page, text));
			const task = longestTaskCpu(events);
			console.log(`200k ${kind}: ${JSON.stringify({ ...r, task })}`);
			// No task that runs the page's script or renders it takes more than 50 ms of CPU (issue
			// 17). The browser's garbage collection, at times of its choosing, is held to a looser
			// bound: sweeps of 15-75 ms were seen while results arrived as objects; with the lists
			// packed (parts.ts) 0-46 ms. A task's wall-clock length also counts time the machine
			// gave to other work, so it is held only to a freeze guard.
			expect(task.cpuMs, kind).toBeLessThanOrEqual(50);
			expect(task.gcMs, kind).toBeLessThanOrEqual(100);
			expect(r.maxFrameGap, kind).toBeLessThan(1_000);
			expect(r.longestTask, kind).toBeLessThan(1_000);
			// 200,000 line breaks are refused at the paste (next test); the others are checked, held
			// by the page in the read-only view, not laid out whole in the text box.
			if (kind !== 'only newlines') {
				expect(r.figures, kind).toBeGreaterThan(1_000);
				expect(await page.locator('#check-text').count(), kind).toBe(0);
				expect(await page.getByTestId('char-count').textContent(), kind).toContain('200,000 of');
			} else expect(await page.locator('#check-text').inputValue()).not.toContain('\n\n\n');
		}
		// While a dense check runs, the text goes to the text box on request and typing reaches it.
		await clearBox(page);
		const dense = makeStressTexts(200_000)['dense claims'];
		await pasteText(page, dense);
		await page.getByRole('button', { name: 'Check', exact: true }).click();
		await page.getByRole('button', { name: 'Edit in the text box' }).click();
		await page.locator('#check-text').press('End');
		await page.locator('#check-text').pressSequentially('!');
		expect(await page.locator('#check-text').inputValue()).toBe(dense + '!');
		await page.waitForSelector(RESULTS_DONE, { timeout: 60_000 });
		expect(errors).toEqual([]);
		await context.close();
	}, 180_000);

	it('refuses a paste of 200,000 line breaks, which would freeze the box, and keeps its text', async () => {
		const { page, context, errors } = await openPage();
		await page.goto(site('/check'));
		await ready(page);
		const kept = 'Nine in ten countries have a hotline.';
		await page.locator('#check-text').fill(kept);
		// A paste as the browser delivers it: the clipboard's text on a cancellable event.
		const refused = await page.evaluate(() => {
			const data = new DataTransfer();
			data.setData('text/plain', '\n'.repeat(200_000));
			const e = new ClipboardEvent('paste', {
				clipboardData: data,
				bubbles: true,
				cancelable: true
			});
			document.querySelector('#check-text')!.dispatchEvent(e);
			return e.defaultPrevented;
		});
		expect(refused).toBe(true);
		const message = page.getByTestId('paste-message');
		await expect.poll(() => message.textContent()).toContain('Nothing was pasted');
		expect(await message.textContent()).toContain('200,000 line breaks');
		// The same text pasted with the keyboard, from the clipboard.
		await pasteText(page, '\n'.repeat(200_000));
		expect(await page.locator('#check-text').inputValue()).toBe(kept);
		// A text of prose with ordinary line breaks is let in (held in the read-only view, as long
		// pastes are), and the notice goes.
		await pasteText(page, 'Nine in ten\ncountries have a hotline.\n'.repeat(500));
		await expect.poll(() => page.getByTestId('char-count').textContent()).toContain('19,000 of');
		expect(await page.getByTestId('long-text').count()).toBe(1);
		expect(await message.count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('holds a long paste in a read-only view, checks it, and puts it in the box on request', async () => {
		const { page, context, errors } = await openPage();
		await page.goto(site('/check'));
		await ready(page);
		// A short paste goes into the text box as before.
		await pasteText(page, 'Nine in ten countries have a hotline.');
		expect(await page.locator('#check-text').inputValue()).toBe(
			'Nine in ten countries have a hotline.'
		);
		// A long one pasted after what the reader typed: held by the page, with what was typed kept.
		const long = makeLongText(50_000);
		await page.locator('#check-text').fill('Typed first. ');
		await page.locator('#check-text').press('End');
		await page.evaluate((t) => navigator.clipboard.writeText(t), long);
		await page.keyboard.press('ControlOrMeta+V');
		const view = page.getByRole('region', { name: 'Text to check' });
		await view.waitFor();
		expect(await page.locator('#check-text').count()).toBe(0);
		expect(await page.getByTestId('char-count').textContent()).toContain('50,013 of 200,000');
		// The keyboard stays in the text: the view has the focus, and Ctrl+Enter checks it.
		expect(await view.evaluate((v) => v === document.activeElement)).toBe(true);
		// The view shows the whole text once its blocks are all added.
		await expect.poll(() => view.evaluate((v) => v.textContent)).toBe('Typed first. ' + long);
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('Control+Enter');
		await page.waitForSelector(RESULTS_DONE, { timeout: 60_000 });
		expect(Number(await page.getByTestId('results').getAttribute('data-figures'))).toBeGreaterThan(
			300
		);
		// Tab reaches "Edit in the text box"; Enter puts the whole text in the box, focused.
		await view.focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		const box = page.locator('#check-text');
		await expect.poll(() => box.evaluate((b) => b === document.activeElement)).toBe(true);
		expect(await box.inputValue()).toBe('Typed first. ' + long);
		expect(await page.getByTestId('long-text').count()).toBe(0);
		// Clear empties the box; a long paste then goes to the view again.
		await page.getByRole('button', { name: 'Clear', exact: true }).click();
		expect(await box.inputValue()).toBe('');
		await pasteText(page, long);
		await view.waitFor();
		expect(await page.getByTestId('char-count').textContent()).toContain('50,000 of 200,000');
		// A Check pressed right after a paste, before the view is drawn, checks the text pasted.
		await page.getByRole('button', { name: 'Clear', exact: true }).click();
		await page.evaluate(
			(t) => {
				const data = new DataTransfer();
				data.setData('text/plain', t);
				document
					.querySelector('#check-text')!
					.dispatchEvent(
						new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
					);
				document
					.querySelector<HTMLButtonElement>('[data-testid=check-input] button.primary')!
					.click();
			},
			long.slice(0, 30_000)
		);
		await page.waitForSelector(RESULTS_DONE, { timeout: 60_000 });
		expect(await page.getByTestId('check-summary').textContent()).toContain(
			'Checked 30,000 characters'
		);
		expect(errors).toEqual([]);
		await context.close();
	}, 120_000);

	it('lets a new check replace one still running', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/check'));
		await pasteText(page, makeLongText(150_000));
		await page.getByRole('button', { name: 'Check', exact: true }).click();
		await page.getByRole('button', { name: 'Edit in the text box' }).click();
		await pasteText(page, '95% of countries have a child helpline.');
		await page.locator('#check-text').press('Control+Enter');
		await page.waitForSelector(RESULTS_DONE);
		await page.waitForTimeout(300);
		expect(await marks(page)).toEqual([{ text: '95%', kind: 'matches' }]);
		await context.close();
	}, 120_000);
});

describe('check: keyboard, without JavaScript, accessibility', () => {
	it('is operable from the keyboard: Ctrl+Enter, highlights to cards and back', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/check'));
		await ready(page);
		await page.locator('#check-text').focus();
		await page.keyboard.type('76% of countries have a hotline.');
		await page.keyboard.press('Control+Enter');
		await page.waitForSelector(RESULTS_DONE);
		await page.locator('[data-testid=checked-text] mark a').first().focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.closest('[id^=figure-]')?.id))
			.toBe('figure-1');
		// An example runs from the keyboard too.
		await page.getByRole('button', { name: /^Nine in ten countries/ }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('#check-text').inputValue()).toMatch(/^Nine in ten/);
		await page.waitForSelector(RESULTS_DONE);
		expect((await marks(page)).length).toBe(2);
		await context.close();
	});

	it('explains itself without JavaScript', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/check'));
		expect(await page.getByTestId('privacy').textContent()).toContain('stays on your device');
		// The page's own note among the site's noscript elements.
		const noscripts = await page
			.locator('noscript')
			.evaluateAll((els) => els.map((e) => e.innerHTML));
		expect(noscripts.filter((h) => h.includes('needs JavaScript'))).toHaveLength(1);
		expect(await page.getByRole('heading', { name: 'How the check works' }).count()).toBe(1);
		await context.close();
	});

	it('has no axe violations with results shown, light and dark, wide and narrow', async () => {
		for (const [colorScheme, width] of [
			['light', 1280],
			['light', 375],
			['dark', 1280],
			['dark', 375]
		] as const) {
			const { page, context } = await openPage({ viewport: { width, height: 900 } });
			await page.emulateMedia({ colorScheme });
			await page.goto(
				site(
					`/check?text=${encodeURIComponent(
						'Over three-quarters (76 per cent) of countries have an education programme. 76% of countries have a hotline for child pornography. Their ‘Child Pornography’ Act names offenders. 80% of high-income countries criminalise grooming. In 2021, 80 per cent of victims were girls.'
					)}`
				)
			);
			await page.waitForSelector(RESULTS_DONE);
			expect(await axeViolations(page), `${colorScheme} ${width}`).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			await context.close();
		}
	}, 120_000);
});
