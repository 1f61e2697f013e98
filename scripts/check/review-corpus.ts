// The review as a test corpus for /check: every sentence of Framing the Future that prints a figure
// recorded in data/printings.csv, cut from the source text AS EXTRACTED (hard line breaks, footnote
// markers glued to numbers) and also with its lines joined. Written to
// tests/unit/check/review-corpus.generated.ts, which the unit tests run through the check: each
// printing must get its own figure and verdict.
//
//   npx tsx scripts/check/review-corpus.ts          write the fixture
//   npx tsx scripts/check/review-corpus.ts --check  fail when the committed fixture is stale
//
// Chart values (a "Figure N" place) are left out: the extraction prints a chart's numbers apart
// from its labels, so there is no sentence to paste; so are bases ("Of the 42 countries"), which
// are part of another claim. Both are listed in the fixture with the reason.
import { readFileSync, writeFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { execFileSync } from 'node:child_process';
import { loadCurated } from '../data/load';
import { deriveDataset } from '../data/derive';
import { sourceLines } from '../data/sources';
import { parseSourceRef, PRIMARY_SOURCE } from '../../src/lib/data/sourceRef';

export const FIXTURE = 'tests/unit/check/review-corpus.generated.ts';

export interface CorpusEntry {
	indicator_id: string;
	printed: string;
	value_kind: string;
	/** false: the dataset records this printing as disagreeing with the review's own counts. */
	agrees: boolean | null;
	source_ref: string;
	/** The sentence as extracted, line breaks and footnote markers included. */
	raw: string;
	/** The same sentence with its lines joined by spaces. */
	joined: string;
	/** Where the printed words sit in `raw` (UTF-16 offsets, end exclusive). */
	at: [number, number];
	/** The section heading line above, when the sentence is in a capability section. */
	heading: string | null;
}

/** A number in the review that is NOT one of its figures (data/exclusions.csv), in its sentence. */
export interface Decoy {
	printed: string;
	source_ref: string;
	/** Why the dataset leaves it out. */
	reason: string;
	raw: string;
	joined: string;
	at: [number, number];
}

export interface Skipped {
	indicator_id: string;
	printed: string;
	source_ref: string;
	reason: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The printed words as a pattern that survives the extraction's line breaks. */
function printedPattern(printed: string): RegExp {
	const body = printed
		.trim()
		.split(/\s+/)
		.map((w) => escape(w).replace(/-/g, '-\\s*'))
		.join('\\s+');
	// A footnote marker may be glued to the last number ("41109"), so no boundary after a digit.
	const close = /\d$/.test(printed.trim()) ? '' : '(?![a-z])';
	return new RegExp(`(?<![\\w])${body}${close}`, 'i');
}

/** Sentence end: . ! ? (or a footnote marker after one) followed by white space. */
const SENTENCE_END = /[.!?](?:\d{1,3})?(?=\s)/g;

function sentenceAround(
	block: string,
	start: number,
	end: number
): { from: number; to: number } | null {
	let from = 0;
	SENTENCE_END.lastIndex = 0;
	for (let m = SENTENCE_END.exec(block); m; m = SENTENCE_END.exec(block)) {
		const stop = m.index + m[0].length;
		if (stop <= start) from = stop;
		else if (m.index >= end) return { from, to: stop };
	}
	return { from, to: block.length };
}

/** The printing's section heading: "Hotline: Current status" → "Hotline". */
function headingOf(place: string): string | null {
	const m = /^(.+?):\s*(?:Current status|Gaps|Good practice)/i.exec(place);
	return m ? m[1].trim() : null;
}

/** The sentence's lines joined by spaces (a word hyphenated across a break becomes one word). */
export const joinLines = (raw: string) =>
	raw.replace(/-\n(?=[a-z])/g, '-').replace(/[ \t]*\n[ \t]*/g, ' ');

/** The sentence printing `printed` in the cited lines, as extracted; or why there is none. */
function cutSentence(
	lines: string[],
	place: { from: number; to: number },
	printed: string
): { raw: string; at: [number, number] } | string {
	// The paragraph around the lines cited: back and forward to a blank line.
	let a = place.from - 1;
	let b = place.to - 1;
	while (a > 0 && lines[a - 1].trim() !== '' && place.from - a < 12) a--;
	while (b < lines.length - 1 && lines[b + 1].trim() !== '' && b - place.to < 12) b++;
	const block = lines.slice(a, b + 1).join('\n');
	// Search from the cited lines on, so a paragraph printing the figure twice gives the cited one.
	const offset = lines.slice(a, place.from - 1).join('\n').length;
	const re = printedPattern(printed);
	const m = re.exec(block.slice(offset)) ?? re.exec(block);
	if (!m) {
		return 'printed words not found in the cited lines';
	}
	const start = (re.exec(block.slice(offset)) ? offset : 0) + m.index;
	const end = start + m[0].length;
	// "Of the 13 countries not yet connected, 92 per cent (12) …": the check reads a number after
	// "of the" as the base of the claim that follows, not as a claim.
	if (
		/\b(?:of|among|across)\s+(?:all\s+)?the\s+$/i.test(block.slice(Math.max(0, start - 16), start))
	) {
		return 'printed as the base of another claim ("of the …")';
	}
	const s = sentenceAround(block, start, end)!;
	let from = s.from;
	while (from < start && /\s/.test(block[from])) from++;
	const raw = block.slice(from, s.to).replace(/\s+$/, '');
	return { raw, at: [start - from, end - from] };
}

/** The review's own decoys: every number data/exclusions.csv records as not a figure. */
export function buildDecoys(): Decoy[] {
	// exclusions.csv is documentation of the curation, not a published table: read it directly.
	const exclusions = csvParse(readFileSync('data/exclusions.csv', 'utf8'));
	const lines = sourceLines(PRIMARY_SOURCE);
	const out: Decoy[] = [];
	for (const x of exclusions) {
		const printed = String(x.printed);
		const place = parseSourceRef(String(x.source_ref))[0];
		const cut = cutSentence(lines, place, printed);
		if (typeof cut === 'string') continue;
		out.push({
			printed,
			source_ref: String(x.source_ref),
			reason: String(x.reason),
			raw: cut.raw,
			joined: joinLines(cut.raw),
			at: cut.at
		});
	}
	return out;
}

export function buildCorpus(): { entries: CorpusEntry[]; skipped: Skipped[] } {
	const { tables } = loadCurated('data');
	const derived = deriveDataset(tables);
	const lines = sourceLines(PRIMARY_SOURCE);
	const entries: CorpusEntry[] = [];
	const skipped: Skipped[] = [];
	for (const p of derived.printings) {
		const printed = String(p.printed);
		const ref = String(p.source_ref);
		const base = { indicator_id: String(p.indicator_id), printed, source_ref: ref };
		const place = parseSourceRef(ref)[0];
		if (/^Figure \d+/.test(place.place)) {
			skipped.push({
				...base,
				reason: 'chart value: the extraction prints it apart from its label'
			});
			continue;
		}
		// How the printing was read is in its method note (older data kept it in the note).
		const howRead = `${p.note ?? ''} ${p.method_note ?? ''}`;
		if (/extracted apart|split apart by extraction|extraction puts/i.test(howRead)) {
			skipped.push({
				...base,
				reason: 'call-out whose number the extraction printed apart from its words'
			});
			continue;
		}
		if (p.value_kind === 'n') {
			skipped.push({ ...base, reason: 'a base ("of the 42 countries"), part of another claim' });
			continue;
		}
		const cut = cutSentence(lines, place, printed);
		if (typeof cut === 'string') {
			skipped.push({ ...base, reason: cut });
			continue;
		}
		const { raw, at } = cut;
		const heading = headingOf(place.place);
		let headingLine: string | null = null;
		if (heading) {
			const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
			for (let i = place.from - 2; i >= Math.max(0, place.from - 600); i--) {
				// A heading may wrap onto a second line.
				const two = lines[i] + '\n' + (lines[i + 1] ?? '');
				if (norm(lines[i]) === norm(heading)) headingLine = lines[i].trim();
				else if (lines[i].trim() && norm(two) === norm(heading)) headingLine = two.trim();
				if (headingLine) break;
			}
		}
		entries.push({
			...base,
			value_kind: String(p.value_kind),
			agrees: p.agrees as boolean | null,
			source_ref: ref,
			raw,
			joined: joinLines(raw),
			at,
			heading: headingLine
		});
	}
	return { entries, skipped };
}

function render(): string {
	const { entries, skipped } = buildCorpus();
	const src = [
		'// GENERATED FILE: do not edit by hand. Made by scripts/check/review-corpus.ts from',
		'// data/printings.csv and the source text framing-the-future-2022.txt; run',
		'// `npx tsx scripts/check/review-corpus.ts` to remake it.',
		"import type { CorpusEntry, Decoy, Skipped } from '../../../scripts/check/review-corpus';",
		'',
		`export const REVIEW_CORPUS: CorpusEntry[] = ${JSON.stringify(entries, null, '\t')};`,
		'',
		`export const REVIEW_CORPUS_SKIPPED: Skipped[] = ${JSON.stringify(skipped, null, '\t')};`,
		'',
		'/** Numbers the review prints that are not its figures (data/exclusions.csv), in their sentences. */',
		`export const REVIEW_DECOYS: Decoy[] = ${JSON.stringify(buildDecoys(), null, '\t')};`,
		''
	].join('\n');
	// Formatted as the repository formats TypeScript, so `npm run lint` accepts it.
	return execFileSync('npx', ['prettier', '--stdin-filepath', FIXTURE], { input: src }).toString();
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const out = render();
	if (process.argv.includes('--check')) {
		const current = readFileSync(FIXTURE, 'utf8');
		if (current !== out) {
			console.error(`${FIXTURE} is stale: run npx tsx scripts/check/review-corpus.ts`);
			process.exit(1);
		}
		console.log(`${FIXTURE} is up to date.`);
	} else {
		writeFileSync(FIXTURE, out);
		const { entries, skipped } = buildCorpus();
		console.log(`${FIXTURE}: ${entries.length} sentences, ${skipped.length} printings left out.`);
	}
}
