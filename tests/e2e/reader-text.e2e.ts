// Words for readers: no page a reader lands on shows a source line range or talks of extraction —
// those live on /about ("How the dataset was built"), /data and in downloads. Every reference a
// reader sees is the reader's reference (section, figure, a phrase to search for), and the line
// range sits in a collapsed "Technical reference".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDER_TEXT } from '../../src/lib/data/readerText';
import { htmlFiles, openPage, site, useBrowser } from './harness';

useBrowser();

/** Pages where method notes belong (/about, /data), in every language. */
const METHOD_PAGES = /^(?:(?:fr|es)\/)?(about|data)(\.html$|\/)/;

/** The text a reader sees in built HTML: no scripts, styles, attributes or collapsed technical detail. */
function visibleText(html: string): string {
	return html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<details class="technical-ref[\s\S]*?<\/details>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&[#a-z0-9]+;/gi, ' ')
		.replace(/\s+/g, ' ');
}

describe('built pages (every prerendered route)', () => {
	const files = [...htmlFiles('build')].filter((f) => !METHOD_PAGES.test(f));

	it('covers the pages readers land on', () => {
		expect(files.length).toBeGreaterThan(60);
		for (const f of [
			'index.html',
			'capabilities/3.html',
			'countries/GBR.html',
			'terms.html',
			'compare.html',
			'map.html',
			'check.html'
		])
			expect(files).toContain(f);
	});

	it('no visible text holds a source line range or the words extract/extraction', () => {
		const found = files.flatMap((f) => {
			const m = BUILDER_TEXT.exec(visibleText(readFileSync(join('build', f), 'utf8')));
			return m ? [`${f}: "${m[0]}"`] : [];
		});
		expect(found).toEqual([]);
	});

	it('the line ranges are still there, collapsed, so the scan above is not empty by accident', () => {
		const html = readFileSync('build/capabilities/3.html', 'utf8');
		// A boolean, so a failure does not print the whole page.
		const collapsed =
			/<details class="technical-ref[^"]*"[^>]*>\s*<summary[^>]*>Technical reference<\/summary>/;
		expect(collapsed.test(html)).toBe(true);
		expect(BUILDER_TEXT.test(html.replace(/<[^>]+>/g, ' '))).toBe(true);
	});
});

describe('a capability page, as a reader sees it', () => {
	it('gives section, figure and a search phrase; the line range opens on request; a shared note shows once', async () => {
		const { page, context } = await openPage();
		await page.goto(site('/capabilities/3'));
		const body = page.locator('main');
		// innerText leaves out the content of closed <details>.
		const seen = await body.innerText();
		expect(seen).not.toMatch(BUILDER_TEXT);
		const figure = page.locator('[data-indicator="c03-hic-criminalize-penetrative"]');
		expect(await figure.innerText()).toContain(
			'Figure 4 · Legislation › Current status · search “'
		);
		// The Figure 4 caveat covers seven figures: written out once, the others point to it.
		const caveat = "our copy of it does not show which value is this area's";
		expect(seen.split(caveat).length - 1).toBe(1);
		expect(await page.locator('dd.same-note').count()).toBe(6);
		const technical = figure.locator('dl details.technical-ref');
		await technical.locator('summary').click();
		expect(await technical.innerText()).toMatch(/Figure 4 \(lines 1850–1898\)/);
		await context.close();
	});

	it('links to the review on the publisher’s site from every page, opened by the reader', async () => {
		const { page, context, requests } = await openPage({ javaScriptEnabled: false });
		await page.goto(site('/countries/GBR'));
		const link = page.getByRole('link', { name: /Find the review on the publisher/ });
		expect(await link.getAttribute('href')).toMatch(/^https:\/\/www\.weprotect\.org\//);
		// Never fetched by the site itself.
		expect(requests.filter((r) => r.includes('weprotect.org'))).toEqual([]);
		await context.close();
	});
});
