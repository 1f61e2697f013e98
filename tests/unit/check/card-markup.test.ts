// The result cards as markup (cardMarkup.ts): every verdict and term status is drawn with its
// words, links and colour; whatever the text holds is escaped; the markup is well formed.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDataset, type CompiledDataset } from '../../../src/lib/check/check';
import {
	figureCardMarkup,
	termCardMarkup,
	type CardLinks
} from '../../../src/lib/check/cardMarkup';
import { MAX_SNIPPETS, VERDICTS } from '../../../src/lib/check/summary';
import type { CheckDataset, CheckIndicator, FigureResult } from '../../../src/lib/check/types';
import { copy } from '../../../src/lib/copy';
import { checkDataset } from './dataset';
import { runCheck } from './runCheck';

const c = copy.check;
const links: CardLinks = {
	data: '/base/data',
	capability: (id) => `/base/capabilities/${id}`,
	terms: '/base/terms'
};
const HOSTILE = '<img src=x onerror="alert(1)"> & \'';

let dataset: CheckDataset;
let compiled: CompiledDataset;
let byId: Map<string, CheckIndicator>;
beforeAll(async () => {
	dataset = await checkDataset();
	compiled = compileDataset(dataset);
	byId = new Map(dataset.indicators.map((i) => [i.indicator_id, i]));
}, 60_000);

/** Each element opened is closed, in order (void elements aside: the cards have none). */
function wellFormed(html: string): boolean {
	const open: string[] = [];
	for (const [, close, name] of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
		if (!close) open.push(name);
		else if (open.pop() !== name) return false;
	}
	return open.length === 0;
}

/** The text a reader sees (tags dropped, entities read back). */
const visible = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

describe('figure cards', () => {
	const text = 'A review found that 76 per cent of countries have a national governance mechanism.';
	let found: FigureResult;
	beforeAll(() => {
		found = runCheck(text, compiled).figures[0];
	});

	it.each(VERDICTS)('draws a %s claim with its verdict, symbol, colour and links', (verdict) => {
		const f = { ...found, verdict };
		const html = figureCardMarkup([f], text, byId, links, false);
		expect(wellFormed(html)).toBe(true);
		expect(html.startsWith(`<li class="result v-${verdict}"`)).toBe(true);
		expect(html).toContain(`id="figure-${f.id}"`);
		expect(html).toContain(`data-verdict="${verdict}"`);
		expect(html).toContain(`<a class="back" href="#claim-${f.id}">${c.showInText}</a>`);
		expect(visible(html)).toContain(`${c.verdictSymbol[verdict]} ${c.verdict[verdict]}`);
		expect(visible(html)).toContain(text);
		// Where a figure is not the review's, no confidence in a match is claimed.
		expect(html.includes('class="confidence"')).toBe(verdict !== 'outside');
		// "No confident match" lists the nearby figures instead of naming one.
		expect(html.includes('data-testid="candidates"')).toBe(verdict === 'uncertain');
	});

	it('names the review figure with its counts, source and a link to its capability', () => {
		const html = figureCardMarkup([{ ...found, verdict: 'matches' }], text, byId, links, false);
		const ind = byId.get(found.indicatorId!)!;
		expect(html).toContain(`data-indicator="${ind.indicator_id}"`);
		expect(html).toContain(
			`<a href="/base/capabilities/${ind.capability_id}#${ind.indicator_id}">${ind.label}</a>`
		);
		expect(visible(html)).toContain(`${ind.yes} of ${ind.n} countries = ${ind.pct}%`);
		expect(html).toContain('data-testid="reader-reference"');
	});

	it('takes the colour of its least favourable claim, and is lazy when asked', () => {
		const second = { ...found, id: found.id + 1, verdict: 'differs' as const };
		const html = figureCardMarkup(
			[{ ...found, verdict: 'matches' }, second],
			text,
			byId,
			links,
			true
		);
		expect(html.startsWith('<li class="result v-differs lazy"')).toBe(true);
		expect(html).toContain(`id="figure-${second.id}"`);
		expect(wellFormed(html)).toBe(true);
	});

	it('escapes what the text holds, in content and attributes', () => {
		const hostile = `${HOSTILE} ${text}`;
		const f = {
			...found,
			claim: { ...found.claim, text: HOSTILE },
			context: { start: 0, end: hostile.length }
		};
		const html = figureCardMarkup([f], hostile, byId, links, false);
		expect(html).not.toContain('<img');
		expect(html).toContain(
			'data-claim="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;"'
		);
		expect(visible(html)).toContain(HOSTILE);
		expect(wellFormed(html)).toBe(true);
	});
});

describe('wording cards', () => {
	const text = 'Child pornography is common, say "child pornography" campaigners.';
	it('draws a flagged term with its status, guidance link and each occurrence', () => {
		const hits = runCheck(text, compiled).terms.filter(
			(h) => h.slug === runCheck(text, compiled).terms[0].slug
		);
		const html = termCardMarkup(hits, hits.length, 1, text, links, false);
		const first = hits[0];
		expect(wellFormed(html)).toBe(true);
		expect(html).toContain(`id="wording-${first.slug}"`);
		expect(html).toContain(`class="result avoid"`);
		expect(html).toContain(`href="/base/terms#${first.slug}"`);
		for (const h of hits) expect(html).toContain(`href="#hit-${h.id}"`);
		expect(visible(html)).toContain(`${c.termSymbol.avoid} ${c.termStatus.avoid}`);
		// The quoted occurrence says it is left as written.
		expect(visible(html)).toContain(`${c.termStatus.quoted}${copy.colon} ${c.term.kept.quote}`);
		expect(html).not.toContain(c.capped(MAX_SNIPPETS, hits.length));
	});

	it('reads as quoted when every occurrence is, and says when occurrences are left out', () => {
		const hit = runCheck(text, compiled).terms[0];
		const quoted = { ...hit, quoted: true, kept: 'quote' as const };
		const html = termCardMarkup([quoted], 40, 40, text, links, true);
		expect(html).toContain('class="result lazy quoted"');
		expect(html).toContain('data-term-status="quoted"');
		expect(visible(html)).toContain(c.term.quotedExplain);
		expect(visible(html)).toContain(c.capped(MAX_SNIPPETS, 40));
	});

	it('escapes what the text holds around an occurrence', () => {
		const hit = runCheck(text, compiled).terms[0];
		const hostile = HOSTILE + text;
		const moved = { ...hit, start: hit.start + HOSTILE.length, end: hit.end + HOSTILE.length };
		const html = termCardMarkup([moved], 1, 0, hostile, links, false);
		expect(html).not.toContain('<img');
		expect(visible(html)).toContain('onerror="alert(1)"> &');
		expect(wellFormed(html)).toBe(true);
	});
});
