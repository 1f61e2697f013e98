/**
 * The wording check: every occurrence of a term the guidance marks "avoid" or "use with care"
 * (case-insensitive, whole words, plurals too), with its replacement and reason. Left as written
 * and never rewritten: a term inside quotation marks, inside the name of a law, treaty or body
 * (names.ts), inside a capability's own name, or mentioned as a word ("the term …"); a term inside
 * a URL or an e-mail address is not reported at all. "Offender" and "perpetrator" are flagged only
 * where the sentence is about a child: the guidance's reason is children's stigma, not adults'.
 */
import { phraseSource } from './topics';
import { CAPABILITY_TERMS, PROTECTED_NAMES } from './names';
import { termSlug, type Span } from './sentenceSpans';
import type { CheckTerm, TermHit } from './types';
import { readerRefColumns } from '$lib/data/readerRef';

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
	/** Names and capability names, matched as wholes: group 1 a name, group 2 a capability. */
	protectedRegex: RegExp;
}

/** A name as a pattern that survives line breaks, doubled spaces and dropped commas. */
function nameSource(name: string): string {
	return name
		.split(/[\s,]+/)
		.filter(Boolean)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]"))
		.join('[\\s,]+');
}

/** Regex source for a term: quote marks inside it optional, hyphen or space between words. */
export function termSource(phrase: string): string {
	const words = phrase
		.replace(new RegExp(`[${QUOTE_CHARS}]`, 'g'), ' ')
		.trim()
		.split(/\s+/)
		.filter(Boolean);
	// phraseSource joins words by [\s-]+; allow a quote mark on either side of each join.
	// Plain `\b` edges: the terms are English, and one Unicode-aware alternation of them all over
	// a whole text is many times slower.
	return phraseSource(words.join(' '), false).replaceAll(
		'[\\s-]+',
		`[${QUOTE_CHARS}]?[\\s-]+[${QUOTE_CHARS}]?`
	);
}

export function compileTerms(terms: CheckTerm[], capabilityNames: string[] = []): TermIndex {
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
		entries: phrases.map((p) => p.entry),
		protectedRegex: new RegExp(
			`(${[...PROTECTED_NAMES]
				.sort((a, b) => b.length - a.length)
				.map(nameSource)
				.join('|')})|\\b(${[
				...new Set([...CAPABILITY_TERMS, ...capabilityNames.map((n) => n.toLowerCase())])
			]
				.sort((a, b) => b.length - a.length)
				.map(nameSource)
				.join('|')})\\b`,
			'gi'
		)
	};
}

const QUOTE_PATTERNS = [
	/"[^"\n]{1,300}"/g,
	/“[^”\n]{1,300}”/g,
	/‘(?:[^’\n]|’(?=\p{L})){1,300}?’(?!\p{L})/gu,
	// A right single quote opening a quotation, as the review prints "the term ’child pornography’".
	/(?<![\p{L}\p{N}])’(?=\p{L})(?:[^’\n]|’(?=\p{L})){1,300}?’(?![\p{L}\p{N}])/gu,
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

/** URLs (with or without a scheme, or in <angle brackets>) and e-mail addresses. */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"”’]+|<[^<>\s]+>|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Where a term is talked about as a word: "the term child pornography", "so-called …". */
const MENTION =
	/\b(?:the|a|this|that)\s+(?:term|word|phrase|expression|label|wording)s?\s+(?:of\s+)?$|\bso[-\s]called\s+$|\b(?:terms|words)\s+(?:such\s+as|like)\s+$/i;

/** Terms whose guidance is about a child being so labelled ("offender", "perpetrator"). */
const CHILD_CONTEXT_TERMS = new Set(['offender', 'perpetrator']);
/**
 * A child as the person: "children who offend", "young people displaying …". Not a child as the
 * victim or the topic ("offences against children", "child sex offenders", "child protection").
 */
const CHILD_PERSON =
	/(?<!\b(?:against|of|with|on|in|to|for|towards|abusing|abuse|harm|harming|protect|protecting)\s+(?:a\s+|the\s+)?)\b(?:children|child|young\s+people|young\s+person|young(?=\s+(?:offenders?|perpetrators?))|youths?|adolescents?|minors?|juveniles?|boys|girls|teenagers?|under[-\s]18s?)\b(?!['’]s?\b|\s+(?:sex(?:ual)?\s+)?(?:abuse|exploitation|protection|helplines?|participation|sex(?:ual)?\s+offen\w*|pornography|safeguarding|rights|victims?|survivors?|marriage|labour))/i;

function insideAny(spans: Span[], start: number, end: number): boolean {
	// Spans are sorted by start; scan those that start at or before `start`.
	for (const s of spans) {
		if (s.start > start) break;
		if (end <= s.end) return true;
	}
	return false;
}

function spansOf(re: RegExp, text: string, group?: number): Span[] {
	const out: Span[] = [];
	re.lastIndex = 0;
	for (const m of text.matchAll(re))
		if (group === undefined || m[group] !== undefined)
			out.push({ start: m.index, end: m.index + m[0].length });
	return out;
}

/** The sentence around a position (bounded, so long lines stay cheap). */
function sentenceAt(text: string, start: number, end: number): string {
	const from = Math.max(0, start - 300);
	const to = Math.min(text.length, end + 300);
	const before = text.slice(from, start);
	const cut = Math.max(before.search(/[.!?]\s[^.!?]*$/), before.lastIndexOf('\n\n'));
	const after = text.slice(end, to);
	const stop = after.search(/[.!?](?:\s|$)|\n\n/);
	return (
		(cut >= 0 ? before.slice(cut + 1) : before) +
		text.slice(start, end) +
		(stop >= 0 ? after.slice(0, stop) : after)
	);
}

/** Flagged terms in the text, in order (ids are assigned by the caller). */
export function findTerms(index: TermIndex, text: string): Omit<TermHit, 'id'>[] {
	if (!index.regex) return [];
	const quotes = quoteRegions(text);
	const addresses = spansOf(ADDRESS, text);
	const names = spansOf(index.protectedRegex, text, 1);
	const capabilities = spansOf(index.protectedRegex, text, 2);
	const hits: Omit<TermHit, 'id'>[] = [];
	const re = index.regex;
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		let g = 1;
		while (m[g] === undefined) g++;
		const { term, slug } = index.entries[g - 1];
		const start = m.index;
		const end = start + m[0].length;
		if (insideAny(addresses, start, end)) continue;
		const status = term.status as TermHit['status'];
		const kept: TermHit['kept'] = insideAny(names, start, end)
			? 'name'
			: insideAny(capabilities, start, end)
				? 'capability'
				: insideAny(quotes, start, end)
					? 'quote'
					: MENTION.test(text.slice(Math.max(0, start - 40), start))
						? 'mention'
						: null;
		// A "child sex offender" is an adult who offends against children; otherwise the term needs
		// a child as the person somewhere in its sentence.
		if (
			kept === null &&
			CHILD_CONTEXT_TERMS.has(term.term.toLowerCase()) &&
			(/\bchild\s+sex(?:ual)?\s+$/i.test(text.slice(Math.max(0, start - 20), start)) ||
				!CHILD_PERSON.test(sentenceAt(text, start, end)))
		)
			continue;
		hits.push({
			start,
			end,
			text: m[0],
			term: term.term,
			slug,
			status,
			quoted: kept !== null,
			kept,
			useInstead: (term.use_instead ?? '')
				.split('|')
				.map((s) => s.trim())
				.filter(Boolean),
			note: term.note,
			source_ref: term.source_ref,
			readerRef: readerRefColumns(term)
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
