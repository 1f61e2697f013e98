// Reader references derived from the source text: for a row's first place, the section heading as
// printed, the figure/table/box number, and a short verbatim phrase a reader can find with Ctrl+F
// in the published PDF, with the number of places it occurs. The build never calls this: the
// derive script (scripts/derive-reader-refs.ts) writes the results into data/*.csv, where they are
// reviewed like any other curated value, and a test re-checks every phrase against the text.
import { PRIMARY_SOURCE, parseSourceRef, type SourcePlace } from '../../src/lib/data/sourceRef';
import { normalise, sourceLines } from './sources';

/**
 * The review's headings in print order (a heading broken over two lines is one entry). Each is
 * located in the text as a line (or two) that holds nothing else, after the one before it.
 */
export const PRINTED_HEADINGS = [
	'Foreword',
	'Acronyms and abbreviations',
	'Glossary',
	'Executive Summary',
	'Key findings',
	'Call to action',
	'Introduction',
	'A focus on the Model National Response',
	'Aims',
	'Methodology',
	'Limitations',
	'Findings',
	'Leadership',
	'Research, analysis and monitoring',
	'Legislation',
	'Dedicated law enforcement',
	'Judiciary and prosecutors',
	'Offender management process',
	'Access to image databases',
	'End-to-end support',
	'Child protection workforce',
	'Compensation, remedies and complaints arrangements',
	'Child helpline',
	'Hotline',
	'Education programme',
	'Child participation',
	'Offender support systems',
	'Takedown procedures and reporting',
	'Innovative solution development and corporate social responsibility',
	'Ethical and informed media reporting',
	'Universal terminology',
	'Call to action',
	'Appendix 1: Model National Response',
	'Appendix 2: Survey instrument'
] as const;

/** Capability sections open with their name and then "Current status"; chart labels repeat the names. */
const CAPABILITY_SECTIONS_FROM = PRINTED_HEADINGS.indexOf('Leadership');
const CAPABILITY_SECTIONS_TO = PRINTED_HEADINGS.indexOf('Universal terminology');

/** Sub-headings printed inside each capability section. */
const SUB_HEADINGS = ['Current status', 'Gaps, challenges and lessons learned', 'Gaps, challenges, and lessons learned'];

const bare = (s: string) => normalise(s).replace(/[\s/]+$/, '').trim();

export interface Heading {
	text: string;
	/** 1-based line where it is printed. */
	line: number;
}

/** Where each printed heading sits in a source file; throws when one cannot be found in order. */
export function locateHeadings(lines: string[]): Heading[] {
	const out: Heading[] = [];
	let from = 0;
	for (const [k, text] of PRINTED_HEADINGS.entries()) {
		const want = bare(text);
		const capability = k >= CAPABILITY_SECTIONS_FROM && k <= CAPABILITY_SECTIONS_TO;
		const opensSection = (i: number) =>
			!capability || lines.slice(i + 1, i + 5).some((l) => bare(l) === 'current status');
		let found = -1;
		for (let i = from; i < lines.length && found < 0; i++) {
			if (bare(lines[i]) === want && opensSection(i)) found = i;
			else if (i + 1 < lines.length && bare(`${lines[i]} ${lines[i + 1]}`) === want && opensSection(i)) found = i;
		}
		if (found < 0) throw new Error(`heading "${text}" not found after line ${from + 1}`);
		out.push({ text, line: found + 1 });
		from = found + 1;
	}
	return out;
}

/** The MNR guidance is Markdown: its "## " headings are the printed ones (the top title excepted). */
export function markdownHeadings(lines: string[]): Heading[] {
	return lines.flatMap((l, i) => (/^##\s/.test(l) ? [{ text: l.replace(/^#+\s*/, '').trim(), line: i + 1 }] : []));
}

/** The printed section a line belongs to: "Hotline › Current status", or null before the first heading. */
export function sectionOf(line: number, lines: string[], headings: Heading[]): string | null {
	const top = [...headings].reverse().find((h) => h.line <= line);
	if (!top) return null;
	let sub: string | null = null;
	for (let i = top.line; i < line; i++) {
		const t = bare(lines[i]);
		const hit = SUB_HEADINGS.find((s) => bare(s) === t);
		if (hit) sub = hit;
	}
	return sub ? `${top.text} › ${sub}` : top.text;
}

/** "Figure 4", "Table 12" or "Box 2" when the reference's place names one. */
export function figureOf(place: string): string | null {
	return /^(Figure|Table|Box)\s+(\d+)\b/.exec(place)?.slice(1, 3).join(' ') ?? null;
}

const RUNNING_TITLE = /^Framing the future: How the Model National Response framework is supporting\s*$/;
const RUNNING_TITLE_2 = /^national efforts to end child sexual exploitation and abuse online\s*$/;

/**
 * The referenced lines as one string with single spaces (a word hyphenated across a line break
 * joined, as normalise() does), and the offsets of the spaces a phrase may not run across: blank
 * lines, page furniture, the start of a page, and — in figures, tables and boxes, whose cells are
 * not extracted in reading order — every line break.
 */
export interface FlatRange {
	text: string;
	/** Offsets of spaces a phrase may not run across. */
	stops: Set<number>;
	/** Offset where each line's words begin. */
	lineStarts: number[];
}

export function flattenRange(lines: string[], from: number, to: number, cellular: boolean): FlatRange {
	let text = '';
	const stops = new Set<number>();
	const lineStarts: number[] = [];
	let stopNext = false;
	for (let i = from - 1; i < to; i++) {
		const raw = lines[i] ?? '';
		const furniture = RUNNING_TITLE.test(raw) || RUNNING_TITLE_2.test(raw) || /^\s*https?:\/\//.test(raw);
		const content = raw.replace(/\s+/g, ' ').trim();
		if (!content || furniture) {
			stopNext = true;
			continue;
		}
		if (text) {
			const hyphenated = text.endsWith('-') && /[a-z]$/i.test(text.slice(-2, -1)) && /^[a-z]/i.test(content);
			if (hyphenated && !stopNext && !cellular) {
				text += content;
				continue;
			}
			if (stopNext || cellular || raw.startsWith(' ')) stops.add(text.length);
			text += ' ';
		}
		lineStarts.push(text.length);
		text += content;
		stopNext = false;
	}
	return { text, stops, lineStarts };
}

/** How many times a phrase occurs in a source file, as a PDF search would find it (overlaps counted). */
export function phraseCount(phrase: string, fileText: string): number {
	const needle = normalise(phrase);
	if (!needle) return 0;
	let count = 0;
	for (let i = fileText.indexOf(needle); i >= 0; i = fileText.indexOf(needle, i + 1)) count++;
	return count;
}

/** Case and quote folding that keeps string length (normalise() may not). */
const fold = (s: string) =>
	s
		.replace(/[\u2018\u2019\u2032]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/[\u2013\u2014]/g, '-')
		.toLowerCase();

/**
 * A word a phrase may grow over: letters, or a number from 1 to 100 (a count or a percentage). A
 * longer number may be a count with a footnote marker glued on ("4125" is 41 and note 25), which the
 * PDF prints as a superscript and a search would not find. No quotes: the PDF's are curly.
 */
const GROW_WORD = /^\(?(?:[A-Za-z]+|[1-9]\d?%?|100%?)[,.;:)]?$/;
/** Longest phrase offered, in words. */
export const MAX_PHRASE_WORDS = 10;

export interface Phrase {
	phrase: string;
	count: number;
}

/**
 * Grow a span of the range a word at a time, right then left in turn, over words a reader can type,
 * without crossing a stop, until its text occurs once in the file. Returns the span's text that
 * occurs in the fewest places (the shortest of those).
 */
export function grow(range: FlatRange, start: number, end: number, fileText: string, minWords = 1): Phrase {
	const { text, stops } = range;
	// Punctuation touching the span ("(76 per cent," around "76 per cent") is part of the print.
	if (/[,.;:)%]/.test(text[end] ?? '')) end++;
	if (text[start - 1] === '(') start--;
	const take = () => text.slice(start, end).trim();
	let best: Phrase = { phrase: take(), count: phraseCount(take(), fileText) };
	const sides = { right: true, left: true };
	let turn: 'right' | 'left' = 'right';
	const words = () => take().split(' ').length;
	while ((best.count > 1 || words() < minWords) && (sides.right || sides.left) && words() < MAX_PHRASE_WORDS) {
		if (!sides[turn]) turn = turn === 'right' ? 'left' : 'right';
		if (turn === 'right') {
			// Needs a space right after the span: "30 of 4125" holds "30 of 41" but may not grow from it.
			const next = /^ (\S+)/.exec(text.slice(end));
			if (next && !stops.has(end) && GROW_WORD.test(next[1])) end += next[0].length;
			else sides.right = false;
		} else {
			const prev = /(\S+) $/.exec(text.slice(0, start));
			if (prev && !stops.has(start - 1) && GROW_WORD.test(prev[1])) start -= prev[0].length;
			else sides.left = false;
		}
		turn = turn === 'right' ? 'left' : 'right';
		const count = phraseCount(take(), fileText);
		if (count < best.count || (count === best.count && best.phrase.split(' ').length < minWords))
			best = { phrase: take(), count };
	}
	return tidy(best, fileText);
}

/** Drop an unmatched bracket or a trailing comma when the phrase still leads to as many places. */
function tidy(p: Phrase, fileText: string): Phrase {
	let phrase = p.phrase;
	for (;;) {
		const opens = (phrase.match(/\(/g) ?? []).length - (phrase.match(/\)/g) ?? []).length;
		const shorter =
			/[,;:]$/.test(phrase) ? phrase.slice(0, -1)
			: opens > 0 && phrase.startsWith('(') ? phrase.slice(1)
			: opens < 0 && phrase.endsWith(')') ? phrase.slice(0, -1)
			: null;
		if (!shorter || phraseCount(shorter, fileText) !== p.count) return { phrase, count: p.count };
		phrase = shorter;
	}
}

/** The phrase grown around an anchor, or null when the anchor is not in the referenced lines. */
export function searchPhrase(anchor: string, range: FlatRange, fileText: string): Phrase | null {
	const needle = normalise(anchor).trim();
	// fold() keeps every offset, so a match in the folded text is the same span of range.text.
	const at = needle ? fold(range.text).indexOf(needle) : -1;
	return at < 0 ? null : grow(range, at, at + needle.length, fileText);
}

/** Phrases grown from the first word of each referenced line: for places with no usable anchor. */
export function lineStartPhrase(range: FlatRange, fileText: string): Phrase | null {
	let best: Phrase | null = null;
	for (const lineStart of range.lineStarts) {
		// A list bullet is not printed as text a search can find.
		const at = lineStart + (/^[-•] /.exec(range.text.slice(lineStart))?.[0].length ?? 0);
		const first = /^\S+/.exec(range.text.slice(at))?.[0] ?? '';
		if (!GROW_WORD.test(first)) continue;
		// At least three words, so the phrase reads as the start of something a reader can recognise.
		const p = grow(range, at, at + first.length, fileText, 3);
		if (!best || p.count < best.count) best = p;
	}
	return best;
}

export interface ReaderRef {
	section: string | null;
	figure: string | null;
	search_phrase: string | null;
	phrase_count: number | null;
}

/** The first place a source_ref names: the one a reader is sent to. */
export function mainPlace(ref: string): SourcePlace {
	return parseSourceRef(ref)[0];
}

/** Everything the derive script needs from one source file, computed once. */
export function sourceIndex(file = PRIMARY_SOURCE) {
	const lines = sourceLines(file);
	const headings = file === PRIMARY_SOURCE ? locateHeadings(lines) : markdownHeadings(lines);
	return { file, lines, headings, text: normalise(lines.join('\n')) };
}

export type SourceIndex = ReturnType<typeof sourceIndex>;

/**
 * A reader reference for one place, anchored on the first of `anchors` found in its lines. With
 * `preferUnique` (the derive script always asks for it), an anchor that leads to more than three places gives way to a phrase from the start of a
 * referenced line that leads to fewer (a glossary term occurs everywhere; its definition once).
 */
export function readerRefFor(
	place: SourcePlace,
	anchors: string[],
	src: SourceIndex,
	preferUnique = false
): ReaderRef {
	const figure = figureOf(place.place);
	const cellular = figure !== null || /call-out|^Glossary|^Acronyms/i.test(place.place);
	const range = flattenRange(src.lines, place.from, place.to, cellular);
	let phrase: Phrase | null = null;
	for (const a of anchors) if (a && !phrase) phrase = searchPhrase(a, range, src.text);
	// Not in a chart: its range is the whole chart, and a line of it may be another bar's label.
	const chart = figure?.startsWith('Figure') ?? false;
	if (!phrase || (preferUnique && phrase.count > 3 && !chart)) {
		const fromLine = lineStartPhrase(range, src.text);
		if (fromLine && (!phrase || fromLine.count < phrase.count)) phrase = fromLine;
	}
	return {
		section: sectionOf(place.from, src.lines, src.headings),
		figure,
		search_phrase: phrase?.phrase ?? null,
		phrase_count: phrase?.count ?? null
	};
}
