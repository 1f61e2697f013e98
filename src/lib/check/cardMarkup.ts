/**
 * The result cards of /check (a figure found, a flagged term) as markup strings. Why: built as a
 * Svelte component each, a card was dozens of effects, blocks and text nodes made one at a time,
 * and drawing one card was the longest step of a frame (10–50 ms on a CPU four times slower).
 * As one string per card, the browser's parser builds it in a single pass, and nothing in a card
 * changes once drawn. Every text and attribute value is escaped (escapeHtml), so whatever was
 * pasted stays inert. The words are the page's messages, in the reader's language.
 */
import { copy } from '$lib/copy';
import { escapeHtml, htmlAttr as attr } from '$lib/components/tableHtml';
import { caveatsOf, CAVEAT_LABEL } from '$lib/data/caveats';
import { explainFigure, namesOneFigure, noteText } from './explain';
import { readerReference } from './reference';
import { asOneLine } from './sentenceSpans';
import { MAX_SNIPPETS } from './summary';
import type { CheckIndicator, FigureResult, TermHit, Verdict } from './types';

/** Where the cards link to, resolved by the page (base path and language). */
export interface CardLinks {
	/** The data page (for a figure that belongs to no capability). */
	data: string;
	/** A capability's page. */
	capability: (id: number) => string;
	/** The terminology guidance. */
	terms: string;
}

const esc = escapeHtml;

/** The verdicts from most to least favourable: a card takes the colour of its least favourable. */
const ORDER: readonly Verdict[] = [
	'matches',
	'rounds-to',
	'no-match',
	'outside',
	'uncertain',
	'unsettled',
	'inconsistent',
	'differs'
];

/** Longest sentence quoted under a card (characters). */
const SENTENCE_SHOWN = 320;

function figureLink(i: CheckIndicator, links: CardLinks): string {
	const href =
		i.capability_id === null
			? links.data
			: `${links.capability(i.capability_id)}#${i.indicator_id}`;
	return `<a${attr('href', href)}>${esc(i.label)}</a>`;
}

/** "32 of 42 countries = 76.2%", as the review counts it. */
const countsOf = (i: CheckIndicator) => `${i.yes} of ${i.n} countries = ${i.pct}%`;

function claimLine(f: FigureResult, ind: CheckIndicator | undefined): string {
	const c = copy.check;
	return (
		`<div class="claim-line v-${f.verdict}"${attr('id', `figure-${f.id}`)}${attr('data-verdict', f.verdict)}` +
		`${attr('data-claim', f.claim.text)} tabindex="-1"><p class="head"><span class="badge">` +
		`<span aria-hidden="true">${esc(c.verdictSymbol[f.verdict])}</span> ${esc(c.verdict[f.verdict])}</span> ` +
		`<q class="claim">${esc(asOneLine(f.claim.text))}</q> ` +
		`<a class="back"${attr('href', `#claim-${f.id}`)}>${esc(c.showInText)}</a></p> ` +
		`<p class="explain">${esc(explainFigure(f, ind))}</p></div>`
	);
}

function reviewFigure(ind: CheckIndicator, links: CardLinks): string {
	const c = copy.check;
	const counts =
		ind.yes !== null && ind.n !== null && ind.pct !== null
			? countsOf(ind) + (ind.pct_printed !== null ? `, ${c.figure.printed(ind.pct_printed)}` : '')
			: c.figure.notSettled + (ind.n !== null ? `\u00a0(n = ${ind.n})` : '');
	const caveats = caveatsOf(ind)
		.filter((k) => k !== 'derived' && k !== 'ambiguous')
		.map((k) => ` <span class="caveat">${esc(CAVEAT_LABEL[k])}</span>`)
		.join('');
	return (
		`<dl><dt>${esc(c.figure.indicator)}</dt> <dd>${figureLink(ind, links)} ` +
		`<span class="muted">— ${esc(ind.capability_name || c.figure.crossCutting)}</span></dd> ` +
		`<dt>${esc(c.figure.review)}</dt> <dd>${esc(counts)}</dd> ` +
		`<dt>${esc(c.figure.status)}</dt> <dd>${esc(c.status[ind.status])}${caveats}</dd> ` +
		`<dt>${esc(c.figure.reference)}</dt> <dd data-testid="reader-reference">${esc(readerReference(ind))}</dd></dl>`
	);
}

/**
 * A figure card: claims in one sentence matched to the same indicator (at least one), each with
 * its verdict and why; then the review's figure once, with its n, status, caveats and source,
 * the notes a reader needs before quoting it, other figures that may be meant, and the sentence.
 * `lazy`: the card is not laid out while far off screen (long result lists).
 */
export function figureCardMarkup(
	figures: FigureResult[],
	text: string,
	byId: Map<string, CheckIndicator>,
	links: CardLinks,
	lazy: boolean
): string {
	const c = copy.check;
	const first = figures[0];
	// The figure the card is about; none when the match is not confident or not the review's.
	const ind =
		namesOneFigure(first) && first.indicatorId !== null ? byId.get(first.indicatorId) : undefined;
	let worst = first.verdict;
	for (const f of figures) if (ORDER.indexOf(f.verdict) > ORDER.indexOf(worst)) worst = f.verdict;

	let out =
		`<li class="result v-${worst}${lazy ? ' lazy' : ''}"${attr('data-indicator', ind?.indicator_id ?? '')}>` +
		figures.map((f) => claimLine(f, ind ?? byId.get(f.indicatorId ?? ''))).join('');

	if (first.indicatorId !== null && first.verdict !== 'outside')
		out +=
			` <p class="confidence"${attr('data-confidence', first.confidence)}>` +
			`<span class="muted">${esc(c.confidence.label + copy.colon)}</span> ` +
			`${esc(c.confidence[first.confidence])}. ${esc(c.confidence.evidence(first.evidence))}</p>`;

	// For "no confident match": the nearby figures, first the best-scoring.
	if (first.verdict === 'uncertain') {
		const ids = [first.indicatorId, ...first.alternatives].filter(
			(id, i, all): id is string => id !== null && all.indexOf(id) === i
		);
		const candidates = ids
			.map((id) => byId.get(id))
			.filter((i): i is CheckIndicator => i !== undefined);
		if (candidates.length)
			out +=
				` <p class="label-line">${esc(c.figure.candidates)}</p> <ul class="candidates" data-testid="candidates">` +
				candidates
					.map(
						(k) =>
							`<li>${figureLink(k, links)}` +
							(k.yes !== null && k.n !== null && k.pct !== null
								? ` <span class="muted">— ${esc(countsOf(k))}</span>`
								: '') +
							'</li>'
					)
					.join('') +
				'</ul>';
	}

	if (ind) out += ' ' + reviewFigure(ind, links);

	// Notes of every claim, each kind and text once; a base that is not countries is the
	// explanation itself, not a note.
	const seen = new Set<string>();
	const notes = figures
		.flatMap((f) => f.notes)
		.filter((n) => {
			const key = JSON.stringify(n);
			if (n.kind === 'other-base' || seen.has(key)) return false;
			seen.add(key);
			return true;
		});
	if (notes.length)
		out +=
			' <ul class="notes">' +
			notes
				.map((n) => {
					const other = n.kind === 'other-figure-matches' ? byId.get(n.indicator_id) : undefined;
					return `<li>${esc(noteText(n))}${other ? ' ' + figureLink(other, links) : ''}</li>`;
				})
				.join('') +
			'</ul>';

	if (ind?.note)
		out += ` <details><summary>${esc(c.figure.note)}</summary> <p>${esc(ind.note)}</p></details>`;

	if (first.verdict !== 'uncertain') {
		const alternatives = figures
			.flatMap((f) => f.alternatives)
			.filter((id, i, all) => all.indexOf(id) === i)
			.slice(0, 3)
			.map((id) => byId.get(id))
			.filter((i): i is CheckIndicator => i !== undefined);
		if (alternatives.length)
			out +=
				` <p class="alternatives">${esc(c.figure.alternatives)} ` +
				alternatives.map((alt) => figureLink(alt, links)).join('; ') +
				'</p>';
	}

	const s = text.slice(first.context.start, first.context.end);
	const sentence = s.length > SENTENCE_SHOWN ? s.slice(0, SENTENCE_SHOWN - 3) + '…' : s;
	out += ` <p class="context"><span class="muted">${esc(c.figure.context + copy.colon)}</span> ${esc(sentence)}</p>`;
	return out + '</li>';
}

/** One term's card: its first occurrences (at most MAX_SNIPPETS), and how many it has in all and quoted. */
export interface TermCard {
	hits: TermHit[];
	count: number;
	quoted: number;
}

/** A snippet of the text around an occurrence, on one line. */
function snippet(h: TermHit, text: string): { before: string; after: string } {
	const before = text.slice(Math.max(0, h.start - 40), h.start);
	const after = text.slice(h.end, h.end + 40);
	return {
		before: (h.start > 40 ? '…' : '') + before.replace(/\s+/g, ' '),
		after: after.replace(/\s+/g, ' ') + (h.end + 40 < text.length ? '…' : '')
	};
}

/**
 * A wording card: every occurrence of one flagged term, its status, what to use instead and why,
 * where the guidance says so, and each place it occurs (quoted ones marked as left as written).
 * `hits` are the term's first occurrences, in text order (at least one); `count` and
 * `quotedCount` the totals.
 */
export function termCardMarkup(
	hits: TermHit[],
	count: number,
	quotedCount: number,
	text: string,
	links: CardLinks,
	lazy: boolean
): string {
	const c = copy.check;
	const first = hits[0];
	// Flagged unless every occurrence is quoted.
	const shownAs = quotedCount === count ? 'quoted' : first.status;
	const state = shownAs === 'quoted' ? 'quoted' : shownAs === 'avoid' ? 'avoid' : 'care';
	const useInstead = first.useInstead.length
		? first.useInstead.map((u) => `<strong>${esc(u)}</strong>`).join('; ')
		: esc(c.term.noReplacement);
	const snippets = hits
		.slice(0, MAX_SNIPPETS)
		.map((h) => {
			const s = snippet(h, text);
			const kept = h.kept
				? `\u00a0<span class="tag">${esc(c.termStatus.quoted + copy.colon)} ${esc(c.term.kept[h.kept])}</span>`
				: '';
			return (
				`<li><a${attr('href', `#hit-${h.id}`)}>${esc(s.before)}<strong>${esc(h.text)}</strong>` +
				`${esc(s.after)}</a>${kept}</li>`
			);
		})
		.join('');
	return (
		`<li${attr('id', `wording-${first.slug}`)} class="result${lazy ? ' lazy' : ''} ${state}"` +
		`${attr('data-term', first.term)}${attr('data-term-status', shownAs)} tabindex="-1">` +
		`<p class="head"><span class="badge"><span aria-hidden="true">` +
		`${esc(shownAs === 'quoted' ? c.termSymbol.quoted : c.termSymbol[first.status])}</span> ` +
		`${esc(shownAs === 'quoted' ? c.termStatus.quoted : c.termStatus[first.status])}</span> ` +
		`<strong class="term">${esc(first.term)}</strong> ` +
		`<a class="guide"${attr('href', `${links.terms}#${first.slug}`)}>${esc(c.term.inGuidance)}</a></p> ` +
		(shownAs === 'quoted' ? `<p>${esc(c.term.quotedExplain)}</p> ` : '') +
		`<p><span class="label">${esc(c.term.useInstead)}</span> ${useInstead}</p> ` +
		`<p><span class="label">${esc(c.term.why)}</span> ${esc(first.note)}</p> ` +
		`<p class="muted"><span class="label">${esc(c.term.source)}</span> ` +
		`${esc(readerReference({ ...first.readerRef, source_ref: first.source_ref }))}</p> ` +
		`<p>${esc(c.term.occurrences(count, quotedCount))}</p> <ul class="snippets">${snippets}</ul>` +
		(count > MAX_SNIPPETS ? ` <p class="muted">${esc(c.capped(MAX_SNIPPETS, count))}</p>` : '') +
		'</li>'
	);
}
