// Coverage check: scan the review for printed figures (percentages, "X of Y", "X out of Y",
// "N … countries") and report every one that no printing of an indicator, and no reviewed
// exclusion, accounts for. A figure the dataset silently skipped is a defect.
import { parseSourceRef, PRIMARY_SOURCE } from '../../src/lib/data/sourceRef';
import type { Dataset } from './load';

export interface FigureHit {
	line: number;
	value: number;
	kind: 'pct' | 'fraction' | 'countries';
	/** The matched characters, for the report. */
	text: string;
}

const PATTERNS: { kind: FigureHit['kind']; re: RegExp }[] = [
	// URL percent-encoding ("Glossary%20%5B") is not a share; "50%55%" (two chart values run
	// together) is, so only %20 and escapes with a hex letter are skipped.
	{
		kind: 'pct',
		re: /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:per\s*cent|%(?!20|[0-9][a-f]|[a-f][0-9a-f]))/gi
	},
	{ kind: 'fraction', re: /(?<![\d.])(\d+)\s+(?:out\s+of|of)\s+(\d+)/gi },
	{ kind: 'countries', re: /(?<![\d.])(\d+)\s+(?:[A-Za-z-]+\s+){0,3}?countries\b/gi }
];

/** Every printed figure in a text, with its 1-based line number. */
export function scanFigures(text: string): FigureHit[] {
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
	const lineOf = (offset: number) => {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};
	const hits: FigureHit[] = [];
	for (const { kind, re } of PATTERNS) {
		for (const m of text.matchAll(re)) {
			hits.push({ line: lineOf(m.index), value: Number(m[1]), kind, text: m[0].replace(/\s+/g, ' ') });
		}
	}
	return hits.sort((a, b) => a.line - b.line || a.value - b.value);
}

interface Claim {
	from: number;
	to: number;
	numbers: number[];
}

function claims(tables: Dataset): Claim[] {
	const out: Claim[] = [];
	const add = (ref: string, numbers: number[]) => {
		for (const p of parseSourceRef(ref)) if (p.file === PRIMARY_SOURCE) out.push({ from: p.from, to: p.to, numbers });
	};
	const numbersIn = (s: string) => [...s.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
	for (const p of tables.printings) add(String(p.source_ref), [...numbersIn(String(p.printed)), Number(p.value)]);
	for (const e of tables.excluded_figures) add(String(e.source_ref), numbersIn(String(e.printed)));
	return out;
}

/** Printed figures that no printing or exclusion accounts for. */
export function unaccountedFigures(text: string, tables: Dataset): FigureHit[] {
	const known = claims(tables);
	return scanFigures(text).filter(
		(hit) => !known.some((c) => c.from <= hit.line && hit.line <= c.to && c.numbers.includes(hit.value))
	);
}
