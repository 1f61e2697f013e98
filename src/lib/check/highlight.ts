/**
 * The checked text cut into plain runs and highlighted runs, for the inline view. Rendering these
 * as text nodes (never as HTML) keeps whatever was pasted inert. Where a figure and a term
 * overlap, the earlier (then the longer) one is highlighted; both stay in the result lists.
 */
import type { CheckResult, Verdict } from './types';

export type Mark =
	| { kind: 'figure'; id: number; verdict: Verdict }
	| { kind: 'term'; id: number; slug: string; status: 'avoid' | 'use with care'; quoted: boolean };

export interface Segment {
	text: string;
	mark: Mark | null;
}

export function segments(text: string, result: Pick<CheckResult, 'figures' | 'terms'>): Segment[] {
	const spans: { start: number; end: number; mark: Mark }[] = [
		...result.figures.map((f) => ({
			start: f.claim.start,
			end: f.claim.end,
			mark: { kind: 'figure', id: f.id, verdict: f.verdict } as Mark
		})),
		...result.terms.map((t) => ({
			start: t.start,
			end: t.end,
			mark: { kind: 'term', id: t.id, slug: t.slug, status: t.status, quoted: t.quoted } as Mark
		}))
	].sort((a, b) => a.start - b.start || b.end - a.end);

	const out: Segment[] = [];
	let at = 0;
	for (const s of spans) {
		if (s.start < at) continue; // overlaps the previous highlight
		if (s.start > at) out.push({ text: text.slice(at, s.start), mark: null });
		out.push({ text: text.slice(s.start, s.end), mark: s.mark });
		at = s.end;
	}
	if (at < text.length) out.push({ text: text.slice(at), mark: null });
	return out;
}
