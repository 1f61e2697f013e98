/**
 * The check receipt: a record a newsroom files with the story. It names the text by its SHA-256
 * fingerprint (the text itself stays with the writer), the dataset version and the date, and for
 * each claim the words, the verdict, the review's figure (yes, n, %), its status and caveats, and
 * where a reader finds it in the published review. Plain text for people, JSON for systems; both
 * are built from the same record.
 */
import { copy } from '$lib/copy';
import { CAVEAT_LABEL, caveatsOf } from '$lib/data/caveats';
import { explainFigure, namesOneFigure, noteText } from './explain';
import { readerReference } from './reference';
import { asOneLine } from './sentenceSpans';
import type { CheckIndicator, CheckResult, Confidence, Verdict } from './types';

const c = copy.check;

export interface ReceiptFigure {
	indicator_id: string;
	label: string;
	yes: number | null;
	n: number | null;
	pct: number | null;
	pct_printed: number | null;
	status: CheckIndicator['status'];
	caveats: string[];
	/** Where a reader finds the figure in the published review (section, figure, phrase, page). */
	reference: string;
	/** Technical: where the figure is in the source text, with line ranges (JSON only). */
	source_ref: string;
}

export interface ReceiptClaim {
	id: number;
	words: string;
	sentence: string;
	verdict: Verdict;
	verdict_label: string;
	explanation: string;
	confidence: Confidence | null;
	evidence: string[];
	/** The review's figure the claim was judged against (null when none is named). */
	figure: ReceiptFigure | null;
	/** For "no confident match": the nearby figures. */
	candidates: { indicator_id: string; label: string; reference: string }[];
	notes: string[];
}

export interface ReceiptTerm {
	words: string;
	term: string;
	status: string;
	left_as_written: string | null;
	use_instead: string[];
}

export interface Receipt {
	receipt: 'MNR Explorer check receipt';
	format: 1;
	checked_at: string;
	dataset_version: string;
	source: string;
	text: { sha256: string; characters: number };
	claims: ReceiptClaim[];
	wording: ReceiptTerm[];
}

/** SHA-256 of the text as UTF-8, in hex. */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const SOURCE =
	'WeProtect Global Alliance and UNICEF (2022), Framing the Future: How the Model National Response framework is supporting national efforts to end child sexual exploitation and abuse online';

function figureOf(ind: CheckIndicator): ReceiptFigure {
	return {
		indicator_id: ind.indicator_id,
		label: ind.label,
		yes: ind.yes,
		n: ind.n,
		pct: ind.pct,
		pct_printed: ind.pct_printed,
		status: ind.status,
		caveats: caveatsOf(ind).map((k) => CAVEAT_LABEL[k]),
		reference: readerReference(ind),
		source_ref: ind.source_ref
	};
}

export function buildReceipt(input: {
	text: string;
	sha256: string;
	result: Pick<CheckResult, 'figures' | 'terms'>;
	byId: Map<string, CheckIndicator>;
	datasetVersion: string;
	checkedAt: Date;
}): Receipt {
	const { text, result, byId } = input;
	const claims = result.figures.map((f): ReceiptClaim => {
		const ind = f.indicatorId === null ? undefined : byId.get(f.indicatorId);
		const named = namesOneFigure(f) && ind !== undefined;
		const candidates =
			f.verdict === 'uncertain'
				? [f.indicatorId, ...f.alternatives]
						.filter((id, i, all): id is string => id !== null && all.indexOf(id) === i)
						.map((id) => byId.get(id))
						.filter((i): i is CheckIndicator => i !== undefined)
						.map((i) => ({
							indicator_id: i.indicator_id,
							label: i.label,
							reference: readerReference(i)
						}))
				: [];
		return {
			id: f.id,
			words: asOneLine(f.claim.text),
			sentence: asOneLine(text.slice(f.context.start, f.context.end)),
			verdict: f.verdict,
			verdict_label: c.verdict[f.verdict],
			explanation: explainFigure(f, ind),
			confidence: f.indicatorId === null ? null : f.confidence,
			evidence: f.evidence,
			figure: named ? figureOf(ind) : null,
			candidates,
			notes: f.notes.map(noteText)
		};
	});
	const wording = result.terms.map((t): ReceiptTerm => ({
		words: asOneLine(t.text),
		term: t.term,
		status: t.status,
		left_as_written: t.kept === null ? null : c.term.kept[t.kept],
		use_instead: t.useInstead
	}));
	return {
		receipt: 'MNR Explorer check receipt',
		format: 1,
		checked_at: input.checkedAt.toISOString(),
		dataset_version: input.datasetVersion,
		source: SOURCE,
		text: { sha256: input.sha256, characters: text.length },
		claims,
		wording
	};
}

const fmtPct = (p: number | null) => (p === null ? '–' : `${p}%`);

/** The receipt as plain text: one block per claim, in the order of the text. */
export function receiptText(r: Receipt): string {
	const lines = [
		r.receipt.toUpperCase(),
		`Checked at:       ${r.checked_at}`,
		`Dataset version:  ${r.dataset_version}`,
		`Source:           ${r.source}`,
		`Text SHA-256:     ${r.text.sha256}`,
		`Text length:      ${r.text.characters} characters`,
		`Claims:           ${r.claims.length}`,
		''
	];
	for (const cl of r.claims) {
		lines.push(`[${cl.id}] “${cl.words}”`);
		lines.push(`    Verdict:     ${cl.verdict_label} (${cl.verdict})`);
		lines.push(`    Why:         ${cl.explanation}`);
		if (cl.confidence)
			lines.push(
				`    Match:       ${cl.confidence}${cl.evidence.length ? `; words matched: ${cl.evidence.join(', ')}` : ''}`
			);
		if (cl.figure) {
			const f = cl.figure;
			lines.push(`    Figure:      ${f.label} [${f.indicator_id}]`);
			lines.push(
				`    Review:      ${f.yes ?? '–'} of ${f.n ?? '–'} countries = ${fmtPct(f.pct)}${f.pct_printed !== null ? ` (printed ${f.pct_printed}%)` : ''}`
			);
			lines.push(
				`    Status:      ${f.status}${f.caveats.length ? `; caveats: ${f.caveats.join(', ')}` : ''}`
			);
			lines.push(`    Find it in:  ${f.reference}`);
		}
		for (const k of cl.candidates)
			lines.push(`    Nearby:      ${k.label} [${k.indicator_id}] — ${k.reference}`);
		for (const n of cl.notes) lines.push(`    Note:        ${n}`);
		lines.push('');
	}
	if (r.wording.length) {
		lines.push('WORDING');
		for (const t of r.wording)
			lines.push(
				`- “${t.words}” (${t.term}): ${t.left_as_written ? `left as written, ${t.left_as_written}` : `${t.status}${t.use_instead.length ? `; use instead: ${t.use_instead.join('; ')}` : ''}`}`
			);
		lines.push('');
	}
	return lines.join('\n');
}
