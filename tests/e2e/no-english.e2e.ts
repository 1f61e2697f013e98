// No English left on the French and Spanish pages (#15): the built HTML of every /fr/ and /es/
// page is read from build/ (no browser needed), and its visible text — text nodes and the
// aria-label, alt, title and placeholder a reader meets — must not hold an English message from
// messages/en.json whose translation differs. French pages also space their colons as French
// does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from './harness';

type Catalogue = Record<string, string>;
const catalogue = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Catalogue;
const en = catalogue('en');

/** English texts allowed where they stand alone, each with its reason. Keep it short. */
const ALLOWED: Record<string, string> = {
	// The status column of the chart tables holds the dataset's status codes (stated, derived,
	// ambiguous, not reported), the same in every language and in the CSV download.
	'not reported': 'a status code'
};

const ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"' };
const decode = (s: string) =>
	s
		.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
		.replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
		.replace(/&([a-z]+);/g, (e, name: string) => ENTITIES[name] ?? e);
// Only ordinary white space is collapsed: French no-break spaces are part of what is checked.
const tidy = (s: string) =>
	decode(s)
		.replace(/[ \t\r\n]+/g, ' ')
		.trim();

/**
 * What a reader meets on the page, one piece per text node or accessible-name attribute. Left
 * out: scripts and styles, and the data dictionary's column meanings on /data, which document
 * the dataset in English as its files do (like the dataset's own prose: summaries, labels).
 */
export function readerTexts(html: string): string[] {
	const h = html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<td data-label="[^"]*" class="meaning[\s\S]*?<\/td>/g, ' ');
	const attributes = [...h.matchAll(/\s(?:aria-label|alt|title|placeholder)="([^"]*)"/g)].map((m) =>
		tidy(m[1])
	);
	return [...attributes, ...h.split(/<[^>]+>/).map(tidy)].filter(Boolean);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How an English message shows up: as a whole piece of text (placeholders standing for anything),
 * or, for a stretch of five words or more, inside a longer one. Values of one word are left out:
 * "Population", "Source" or "Note" cannot tell English from French.
 */
export function englishFinder(value: string): ((text: string) => boolean) | null {
	const pieces = value.split(/\{\w+\}/);
	const words = pieces
		.join(' ')
		.split(/\s+/)
		.filter((w) => /\p{L}/u.test(w));
	if (words.length < 2) return null;
	const whole = new RegExp(
		`^${pieces.map((p) => escape(p.replace(/\s+/g, ' '))).join('.+?')}$`,
		'u'
	);
	const long = pieces.map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 5);
	return (text) => whole.test(text) || long.some((p) => text.includes(p));
}

/** A language's pages, relative to build/: its home page (fr.html) and everything under fr/. */
const pagesOf = (locale: string) => [
	`${locale}.html`,
	...[...htmlFiles(join('build', locale))].map((f) => join(locale, f))
];

describe.each(['fr', 'es'])('built /%s/ pages', (locale) => {
	const files = pagesOf(locale);
	const translated = catalogue(locale);
	const finders = Object.entries(en).flatMap(([key, value]) => {
		if (key === '$schema' || value in ALLOWED || translated[key] === value) return [];
		const find = englishFinder(value);
		return find ? [{ key, find }] : [];
	});

	it('cover the chart, country, capability and embed pages', () => {
		for (const f of ['.html', '/capabilities.html', '/countries/KEN.html', '/capabilities/3.html'])
			expect(files).toContain(locale + f);
		expect(files.some((f) => f.startsWith(`${locale}/embed/`))).toBe(true);
		expect(files).toContain(`${locale}/assess.html`);
	});

	it('show no English message in their text', () => {
		const found = new Set<string>();
		for (const f of files) {
			const texts = readerTexts(readFileSync(join('build', f), 'utf8'));
			for (const { key, find } of finders) {
				const hit = texts.find(find);
				if (hit) found.add(`${key} on ${f}: "${hit.slice(0, 80)}"`);
			}
		}
		// One line per message (its first page), so a miss in a shared component reads once.
		const byKey = new Map<string, string>();
		for (const line of found)
			byKey.set(line.split(' on ')[0], byKey.get(line.split(' on ')[0]) ?? line);
		expect([...byKey.values()]).toEqual([]);
	});
});

describe('built /fr/ pages', () => {
	it('put a no-break space before the colon after a label, also where code joins label and value', () => {
		// A piece of text opening with a French label (a message without placeholders, up to four
		// words) followed by a colon with an
		// ordinary space or none: "Source : …" and "Source: …" where "Source\u00a0: …" is meant.
		const fr = catalogue('fr');
		const labels = Object.values(fr)
			.filter((v) => !v.includes('{') && v.split(' ').length <= 4 && /\p{L}$/u.test(v))
			.sort((a, b) => b.length - a.length)
			.map(escape);
		const labelColon = new RegExp(`^(?:${labels.join('|')}) ?:(?= |$)`, 'u');
		const wrong = new Set<string>();
		for (const f of pagesOf('fr'))
			for (const text of readerTexts(readFileSync(join('build', f), 'utf8'))) {
				const m = labelColon.exec(text);
				if (m) wrong.add(`${f}: "${text.slice(Math.max(0, m.index - 20), m.index + 40)}"`);
			}
		expect([...wrong].slice(0, 20)).toEqual([]);
	});
});

describe('draft translations marked by data', () => {
	const page = (path: string) => readFileSync(join('build', path), 'utf8');
	it('/fr/ and /es/ (draft capability names) say so, with a link to /about’s translation section', () => {
		expect(page('fr.html')).toMatch(
			/data-testid="draft-names"[^>]*>[^<]*Certains noms de cette page sont des traductions provisoires\.[^<]*<a href="[^"]*\/fr\/about#translation"/
		);
		expect(page('es.html')).toContain(
			'Algunos nombres de esta página son traducciones provisionales.'
		);
	});
	it('English pages never do', () => {
		for (const path of ['index.html', 'capabilities.html', 'countries/KEN.html'])
			expect(page(path)).not.toContain('data-testid="draft-names"');
	});
});

describe('built /fr/about page', () => {
	it('names the countries it lists in French (the dataset’s names, translated)', () => {
		// "{names} answered the Alliance survey…": the words after the list find the sentence.
		const after = catalogue('fr')
			.about_methodology_mixed_groups.split('{names}')[1]
			.trim()
			.split(/\s+/)
			.slice(0, 6)
			.join(' ');
		const sentence = readerTexts(readFileSync('build/fr/about.html', 'utf8')).find((t) =>
			t.includes(after)
		);
		expect(sentence).toBeDefined();
		// Nepal answered the Alliance survey without being high-income; French writes Népal.
		expect(sentence).toContain('Népal');
		expect(sentence).not.toMatch(/\bNepal\b/);
	});
});
