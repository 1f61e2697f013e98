// French typography in the French catalogue: a no-break space (U+00A0) before a colon, a narrow
// no-break space (U+202F) before ; ! ? and inside « », as French typesetting wants ("Source :",
// "« non indiqué »"), so the mark never starts a line on its own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const fr = JSON.parse(readFileSync('messages/fr.json', 'utf8')) as Record<string, string>;

// Colons that are not French punctuation, left as written.
const ALLOWED = new Set([
	// The English title of the MNR guidance: names of documents are never reworded.
	'about_sources_guidance_name',
	// SQL written as the console expects it (pct::INTEGER).
	'data_hints_types'
]);

/** The French text with what is not prose taken out: placeholders, addresses, ratios and times. */
const prose = (text: string) =>
	text
		.replace(/\{\w+\}/g, '·')
		.replace(/https?:\/\/\S+/g, '·')
		.replace(/\d:\d/g, '·');

/** Every badly spaced mark in a text, with a little context. */
function badSpacing(text: string): string[] {
	const t = prose(text);
	const found: string[] = [];
	const at = (i: number) => t.slice(Math.max(0, i - 8), i + 3);
	for (const m of t.matchAll(/[:;!?]/g)) {
		const wanted = m[0] === ':' ? '\u00a0' : '\u202f';
		if (t[m.index - 1] !== wanted) found.push(at(m.index));
	}
	for (const m of t.matchAll(/«/g)) if (t[m.index + 1] !== '\u202f') found.push(at(m.index));
	for (const m of t.matchAll(/»/g)) if (t[m.index - 1] !== '\u202f') found.push(at(m.index));
	return found;
}

describe('French typography', () => {
	it('finds what it is meant to find', () => {
		expect(badSpacing('Groupe de revenu:')).toHaveLength(1);
		expect(badSpacing('Groupe de revenu :')).toHaveLength(1);
		expect(badSpacing('Pourquoi ?')).toHaveLength(1);
		expect(badSpacing('une ; deux')).toHaveLength(1);
		expect(badSpacing('« non indiqué »')).toHaveLength(2);
		expect(badSpacing('Groupe de revenu\u00a0: {name}\u202f; «\u202fx\u202f»')).toEqual([]);
		expect(badSpacing('Diapositive (16:9), https://example.org/a:b')).toEqual([]);
	});

	it('every French message spaces its colons, semicolons, question and exclamation marks and guillemets', () => {
		const wrong = Object.entries(fr)
			.filter(([key]) => key !== '$schema' && !ALLOWED.has(key))
			.flatMap(([key, text]) => badSpacing(text).map((s) => `${key}: ${JSON.stringify(s)}`));
		expect(wrong).toEqual([]);
	});
});
