/**
 * The shapes the figure and wording check works on: the dataset rows it matches against (as the
 * query module returns them, see src/lib/query/check.ts) and what it reports. Plain data only, so
 * results cross the Web Worker boundary by structured clone.
 */
import type { Population } from '$lib/data/schema';
import type { ReaderRefFields } from '$lib/data/readerRef';
import type { Indicator, Printing } from '$lib/data/types';
import type { Segment } from './highlight';

/** One indicator (without its method note), with its capability's names. */
export interface CheckIndicator extends Omit<Indicator, 'method_note'> {
	capability_name: string | null;
	capability_short_name: string | null;
	/** The capability's names in French and Spanish, "|"-separated (data/translations.csv). */
	capability_translated_names: string | null;
}

export interface CheckTerm extends ReaderRefFields {
	term: string;
	status: 'preferred' | 'avoid' | 'use with care' | 'alternative';
	use_instead: string | null;
	note: string;
	source_ref: string;
}

/**
 * One printing of a figure (data/printings.csv without its notes and reader reference). `agrees`
 * false: the review's own counts contradict this printing.
 */
export type CheckPrinting = Pick<
	Printing,
	'indicator_id' | 'printed' | 'value' | 'value_kind' | 'agrees' | 'source_ref'
>;

/** Everything the check needs; prerendered into the page and handed to the worker. */
export interface CheckDataset {
	indicators: CheckIndicator[];
	terms: CheckTerm[];
	printings: CheckPrinting[];
	/** Footnote numbers the dataset records, for splitting markers glued to numbers. */
	footnotes: number[];
}

/** Words that bound or soften a figure: "over 70%", "almost half", "about 30 countries". */
export type Qualifier = 'exact' | 'over' | 'at-least' | 'under' | 'almost' | 'about';

/**
 * A numeric claim found in the text.
 * - pct: a percentage ("76 per cent", "76%", "ninety percent")
 * - fraction: a count out of a stated base ("32 of 42", "29 out of 41 countries")
 * - count: a number of countries ("32 countries", "thirty-two governments")
 * - words: a share in words ("three-quarters", "nine in ten", "half", "most", "almost all")
 */
export type ClaimKind = 'pct' | 'fraction' | 'count' | 'words';

export interface Claim {
	/** Position in the whole text (UTF-16 offsets), end exclusive. */
	start: number;
	end: number;
	/** The characters as written. */
	text: string;
	kind: ClaimKind;
	qualifier: Qualifier;
	/** pct and words: a percentage (words converted: "two-thirds" = 66.67); fraction and count: the count. */
	value: number;
	/** fraction: the stated base ("of 42"). */
	base: number | null;
	/** Decimal places written (for "76.2%"), so a match is judged at the claim's own precision. */
	decimals: number;
	/** words: the normalised phrase ("over three-quarters"), compared with the review's own wording. */
	phrase: string | null;
	/** The claim is about countries WITHOUT something ("have no", "lack", "do not"). */
	negated: boolean;
}

/**
 * - matches: the review prints this figure (or the claim equals it at the claim's precision)
 * - rounds-to: an approximation that holds ("about 75%", "three-quarters", "over 70%", "most")
 * - differs: the claim is confidently about this figure, and the review's figure is different;
 *   `deltaPp` says by how much. Never given on a weak or contested topic (that is `uncertain`).
 * - inconsistent: the claim repeats what the review prints, but the review's own counts give
 *   another figure (a misprint in the review, recorded in the dataset)
 * - unsettled: the topic's figure exists but the review does not settle its value (ambiguous)
 * - uncertain: no confident match: the topic is weak or several figures compete (candidates given)
 * - outside: not a figure from this review (a count larger than the review's base, a share of
 *   people rather than of countries)
 * - no-match: nothing in the review's figures is about this
 */
export type Verdict =
	| 'matches'
	| 'rounds-to'
	| 'differs'
	| 'inconsistent'
	| 'unsettled'
	| 'uncertain'
	| 'outside'
	| 'no-match';

/** How sure the topic match is: what the evidence words are, and where they were found. */
export type Confidence = 'high' | 'medium' | 'low';

/** Why a figure needs care when quoted. */
export type FigureNote =
	| { kind: 'denominator'; claimed: number; reviewN: number }
	| { kind: 'all-countries'; reviewN: number }
	| { kind: 'worldwide' }
	| { kind: 'population'; population: Population; reviewN: number | null }
	| { kind: 'loose'; reviewPct: number }
	| { kind: 'negated' }
	| { kind: 'candidate'; values: string }
	| { kind: 'other-base'; noun: string }
	| { kind: 'subset'; reviewN: number; parentLabel: string }
	| { kind: 'other-figure-matches'; indicator_id: string; label: string }
	/**
	 * One phrase states two figures the sentence names ("all 15 … criminalize online abuse and
	 * 'knowing possession'"): the other figure, which gets the same verdict.
	 */
	| { kind: 'also-states'; indicator_id: string; label: string }
	/** printedPct null: the review's words ("almost a quarter"), not a printed percentage. */
	| { kind: 'misprint'; printedPct: number | null; countsPct: number }
	| { kind: 'larger-than-base'; claimed: number; reviewN: number }
	| { kind: 'from-heading' }
	| { kind: 'other-study'; name: string };

export interface FigureResult {
	id: number;
	claim: Claim;
	verdict: Verdict;
	/** The best-matching indicator's id, null for no-match (rows stay on the page, not in results). */
	indicatorId: string | null;
	/** Topic score of the match (higher is surer); 0 when none. */
	score: number;
	/** How sure the topic match is (high: the figure's own words in the claim's clause). */
	confidence: Confidence;
	/** The words the topic match rests on, as written in the text. */
	evidence: string[];
	/** Other indicators on the same topic, best first (ids). */
	alternatives: string[];
	/** Signed difference claim − review in percentage points (1 decimal), when it differs. */
	deltaPp: number | null;
	/** Signed difference in countries, for counts and fractions. */
	deltaCount: number | null;
	/** The review's percentage the claim was compared with (the no-side for negated claims). */
	reviewPct: number | null;
	/** The review's count compared with (yes, or n − yes for negated claims). */
	reviewCount: number | null;
	/** The claim repeats the review's own wording ("over three-quarters"). */
	asWorded: boolean;
	notes: FigureNote[];
	/** The sentence the claim is in, for the result list. */
	context: { start: number; end: number };
}

export interface TermHit {
	id: number;
	start: number;
	end: number;
	text: string;
	term: string;
	slug: string;
	status: 'avoid' | 'use with care';
	/** Left as written, not flagged (see `kept`). */
	quoted: boolean;
	/**
	 * Why the term is left as written: inside quotation marks; part of a name (a law, treaty or
	 * body); a capability's own name ("offender support systems"); or mentioned as a word ("the
	 * term child pornography"). Null when it is flagged.
	 */
	kept: 'quote' | 'name' | 'capability' | 'mention' | null;
	/** Suggested replacements from the guidance (may be empty). */
	useInstead: string[];
	note: string;
	/** Technical: where the guidance is in the source files, with line ranges. */
	source_ref: string;
	/**
	 * Where a reader finds the guidance: the reader-reference fields. The page words them in its
	 * own language (reference.ts); the check itself runs in a worker, which has no messages.
	 */
	readerRef: Required<ReaderRefFields>;
}

export interface CheckResult {
	/** Length of the text checked. */
	length: number;
	figures: FigureResult[];
	terms: TermHit[];
	/** The text with every unquoted "avoid" term replaced (null when nothing was replaced). */
	corrected: string | null;
	/** Milliseconds the matching took (in the worker or on the main thread). */
	elapsedMs: number;
	/**
	 * The text cut into plain and highlighted runs, in blocks (see highlight.ts): made where the
	 * check runs, so the page only draws them.
	 */
	blocks: Segment[][];
	/** Counts and cards, made where the check runs (see summary.ts). */
	summary: CheckSummary;
}

/**
 * What the page shows of a result before drawing any claim: counts per verdict and per term
 * status, and how the claims and term hits fall into cards.
 */
export interface CheckSummary {
	verdicts: Record<Verdict, number>;
	terms: { avoid: number; care: number; quoted: number };
	/** Claims per figure card, in the order of the result's figures. */
	figureCards: number[];
	/**
	 * Wording cards in the order shown: each term's hits as positions in the result's terms, and
	 * how many of them are quoted (so a card shows its counts without reading every hit).
	 */
	termCards: { slug: string; hits: number[]; quoted: number }[];
}
