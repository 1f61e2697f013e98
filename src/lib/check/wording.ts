/**
 * The wording check: every occurrence of a term the guidance marks "avoid" or "use with care"
 * (case-insensitive, whole words, plurals too), with its replacement and reason. A term inside
 * quotation marks is reported as "quoted" instead: laws and treaties are cited by their own
 * titles, which the review itself quotes verbatim.
 */
import { phraseSource } from './topics';
import { termSlug, type Span } from './text';
import type { CheckTerm, TermHit } from './types';

/**
 * Other spellings of a flagged term that the dataset does not list but that mean the same thing.
 * Kept short on purpose: each must be unambiguous.
 */
export const TERM_VARIANTS: Record<string, string[]> = {
	'child pornography': [
		'child porn',
		'child pornographic material',
		'child pornographic images',
		'child pornographic content',
		'kiddie porn'
	],
	'revenge porn': ['revenge pornography']
};

const QUOTE_CHARS = `'‘’"“”`;

interface TermEntry {
	term: CheckTerm;
	slug: string;
}

export interface TermIndex {
	regex: RegExp | null;
	/** Entry for capture group i + 1. */
	entries: TermEntry[];
}

/** Regex source for a term: quote marks inside it optional, hyphen or space between words. */
export function termSource(phrase: string): string {
	const words = phrase
		.replace(new RegExp(`[${QUOTE_CHARS}]`, 'g'), ' ')
		.trim()
		.split(/\s+/)
		.filter(Boolean);
	// phraseSource joins words by [\s-]+; allow a quote mark on either side of each join.
	return phraseSource(words.join(' ')).replaceAll(
		'[\\s-]+',
		`[${QUOTE_CHARS}]?[\\s-]+[${QUOTE_CHARS}]?`
	);
}

export function compileTerms(terms: CheckTerm[]): TermIndex {
	const flagged = terms.filter((t) => t.status === 'avoid' || t.status === 'use with care');
	const phrases: { phrase: string; entry: TermEntry }[] = [];
	for (const term of flagged) {
		const entry = { term, slug: termSlug(term.term) };
		phrases.push({ phrase: term.term, entry });
		for (const v of TERM_VARIANTS[term.term.toLowerCase()] ?? [])
			phrases.push({ phrase: v, entry });
	}
	phrases.sort((a, b) => b.phrase.length - a.phrase.length);
	return {
		regex: phrases.length
			? new RegExp(phrases.map((p) => `(${termSource(p.phrase)})`).join('|'), 'gi')
			: null,
		entries: phrases.map((p) => p.entry)
	};
}

const QUOTE_PATTERNS = [
	/"[^"\n]{1,300}"/g,
	/“[^”\n]{1,300}”/g,
	/‘(?:[^’\n]|’(?=\p{L})){1,300}?’(?!\p{L})/gu,
	/(?<![\p{L}\p{N}])'(?:[^'\n]|'(?=\p{L})){1,300}?'(?![\p{L}\p{N}])/gu,
	/«[^»\n]{1,300}»/g,
	/„[^“”\n]{1,300}[“”]/g
];

/** Stretches of text inside quotation marks (straight or curly, single or double), marks included. */
export function quoteRegions(text: string): Span[] {
	const spans: Span[] = [];
	for (const re of QUOTE_PATTERNS) {
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
	}
	return spans.sort((a, b) => a.start - b.start);
}

function insideAny(spans: Span[], start: number, end: number): boolean {
	// Spans are few per text; a linear scan over those that start before `start` is enough.
	for (const s of spans) {
		if (s.start >= start) break;
		if (end < s.end) return true;
	}
	return false;
}

/** Flagged terms in the text, in order (ids are assigned by the caller). */
export function findTerms(index: TermIndex, text: string): Omit<TermHit, 'id'>[] {
	if (!index.regex) return [];
	const quotes = quoteRegions(text);
	const hits: Omit<TermHit, 'id'>[] = [];
	const re = index.regex;
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		let g = 1;
		while (m[g] === undefined) g++;
		const { term, slug } = index.entries[g - 1];
		const start = m.index;
		const end = start + m[0].length;
		hits.push({
			start,
			end,
			text: m[0],
			term: term.term,
			slug,
			status: term.status as TermHit['status'],
			quoted: insideAny(quotes, start, end),
			useInstead: (term.use_instead ?? '')
				.split('|')
				.map((s) => s.trim())
				.filter(Boolean),
			note: term.note,
			source_ref: term.source_ref
		});
	}
	return hits;
}

/** Match the case of the words replaced: "Child pornography" → "Child sexual abuse material". */
function matchCase(original: string, replacement: string): string {
	if (original === original.toUpperCase() && /[A-Z]/.test(original))
		return replacement.toUpperCase();
	if (/^[A-Z]/.test(original)) return replacement[0].toUpperCase() + replacement.slice(1);
	return replacement;
}

/**
 * The text with every unquoted "avoid" term replaced by its first suggested replacement. Terms to
 * use with care are left for the writer to judge (replacing every "offender" would be wrong).
 * Null when nothing would change.
 */
export function applyReplacements(text: string, hits: Omit<TermHit, 'id'>[]): string | null {
	const changes = hits.filter((h) => h.status === 'avoid' && !h.quoted && h.useInstead.length);
	if (!changes.length) return null;
	let out = '';
	let at = 0;
	for (const h of changes) {
		out += text.slice(at, h.start) + matchCase(h.text, h.useInstead[0]);
		at = h.end;
	}
	return out + text.slice(at);
}
