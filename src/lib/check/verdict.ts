/**
 * Judging a claim against one indicator: does the review's figure match it, does the claim round
 * it, or does it differ (and by how much)? Pure arithmetic, no text.
 *
 * Rules (shown to users on /check):
 * - A plain number must equal the review's figure at the claim's own precision: "76%" matches
 *   32 of 42 (76.2%), "76.2%" matches too, "75%" differs by 1.2 points. The percentage the review
 *   prints also matches where it differs from the counts (so both sides of a discrepancy match).
 * - Shares in words are approximate: "three-quarters" rounds to 76%; "half" of 50% matches; a word
 *   share more than 5 points away differs. "All" has no tolerance.
 * - Qualifiers are bounds: "over 70%" holds for 76%; "almost 80%" holds within 5 points below
 *   (10 for word shares such as "almost half"); "about 75%" within 3 points (5 for words).
 *   Counts: "about 30 countries" within 2 countries (or 10%).
 * - Negated claims ("have no …", "lack …") are compared with the share without.
 */
import type { Claim, CheckIndicator, Verdict } from './types';

export interface Judgement {
	verdict: Verdict;
	deltaPp: number | null;
	deltaCount: number | null;
	reviewPct: number | null;
	reviewCount: number | null;
	/** A bound that holds but is far from the figure ("over half" for 95%). */
	loose: boolean;
	/** The claim's base differs from the review's n. */
	baseDiffers: boolean;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const roundTo = (x: number, decimals: number) => {
	const f = 10 ** decimals;
	return Math.floor(x * f + 0.5) / f;
};

/** How far a bound can sit from the figure and still be "rounds to" rather than "loose". */
const LOOSE_PP = 15;

/** Judge a bound ("over", "almost", …) on a percentage. */
function percentBound(
	claim: Claim,
	value: number,
	actual: number,
	words: boolean
): { holds: boolean; loose: boolean } {
	const almostTol = words ? 10 : 5;
	const aboutTol = words ? 5 : 3;
	let holds: boolean;
	switch (claim.qualifier) {
		case 'over':
			holds = actual > value;
			break;
		case 'at-least':
			holds = actual >= value - 1e-9;
			break;
		case 'under':
			holds = actual < value;
			break;
		case 'almost':
			holds = actual >= value - almostTol && actual < value + 0.5;
			break;
		case 'about':
			holds = Math.abs(actual - value) <= aboutTol;
			break;
		default:
			holds = false;
	}
	return { holds, loose: holds && Math.abs(actual - value) > LOOSE_PP };
}

/** Judge a bound on a count of countries. */
function countBound(claim: Claim, value: number, actual: number): boolean {
	const tol = Math.max(2, Math.round(0.1 * Math.max(value, actual)));
	switch (claim.qualifier) {
		case 'over':
			return actual > value;
		case 'at-least':
			return actual >= value;
		case 'under':
			return actual < value;
		case 'almost':
			return actual < value && value - actual <= tol;
		case 'about':
			return Math.abs(actual - value) <= tol;
		default:
			return actual === value;
	}
}

export function judge(claim: Claim, ind: CheckIndicator): Judgement {
	const none: Judgement = {
		verdict: 'unsettled',
		deltaPp: null,
		deltaCount: null,
		reviewPct: null,
		reviewCount: null,
		loose: false,
		baseDiffers: false
	};
	if (ind.yes === null || ind.n === null || ind.n === 0) return none;
	const { yes, n } = ind;
	const exactYes = (100 * yes) / n;
	const actual = claim.negated ? 100 - exactYes : exactYes;
	const printed =
		ind.pct_printed === null ? null : claim.negated ? 100 - ind.pct_printed : ind.pct_printed;
	const reviewCount = claim.negated ? n - yes : yes;
	const base: Judgement = {
		...none,
		reviewPct: round1(actual),
		reviewCount
	};
	const differs = (claimedPct: number, deltaCount: number | null = null): Judgement => ({
		...base,
		verdict: 'differs',
		deltaPp: round1(claimedPct - actual),
		deltaCount
	});

	switch (claim.kind) {
		case 'pct': {
			if (claim.qualifier === 'exact') {
				const same =
					roundTo(actual, claim.decimals) === claim.value ||
					(claim.decimals === 0 && printed !== null && printed === claim.value);
				return same ? { ...base, verdict: 'matches' } : differs(claim.value);
			}
			const b = percentBound(claim, claim.value, actual, false);
			return b.holds ? { ...base, verdict: 'rounds-to', loose: b.loose } : differs(claim.value);
		}
		case 'words': {
			if (claim.qualifier === 'exact') {
				if (
					Math.abs(claim.value - actual) < 0.5 ||
					(printed !== null && Number.isInteger(claim.value) && printed === claim.value)
				)
					return { ...base, verdict: 'matches' };
				const tolerance = claim.phrase === 'all' ? 0 : 5;
				return Math.abs(claim.value - actual) <= tolerance
					? { ...base, verdict: 'rounds-to' }
					: differs(claim.value);
			}
			const b = percentBound(claim, claim.value, actual, true);
			// "Most" and "a minority" are loose by nature; only say so for bounds that sound precise.
			const loose = b.loose && claim.phrase !== 'most' && claim.phrase !== 'minority';
			return b.holds ? { ...base, verdict: 'rounds-to', loose } : differs(claim.value);
		}
		case 'fraction': {
			const claimBase = claim.base ?? n;
			const claimedPct = (100 * claim.value) / claimBase;
			if (claimBase !== n) {
				// Another base: compare the shares, and say the base differs.
				const delta = claim.value - reviewCount;
				if (claim.qualifier === 'exact' && Math.abs(claimedPct - actual) < 0.5)
					return { ...base, verdict: 'rounds-to', baseDiffers: true };
				if (claim.qualifier !== 'exact' && percentBound(claim, claimedPct, actual, false).holds)
					return { ...base, verdict: 'rounds-to', baseDiffers: true };
				return { ...differs(claimedPct, delta), baseDiffers: true };
			}
			if (claim.qualifier === 'exact')
				return claim.value === reviewCount
					? { ...base, verdict: 'matches' }
					: differs(claimedPct, claim.value - reviewCount);
			return countBound(claim, claim.value, reviewCount)
				? { ...base, verdict: 'rounds-to' }
				: differs(claimedPct, claim.value - reviewCount);
		}
		case 'count': {
			const claimedPct = (100 * claim.value) / n;
			if (claim.qualifier === 'exact')
				return claim.value === reviewCount
					? { ...base, verdict: 'matches' }
					: differs(claimedPct, claim.value - reviewCount);
			return countBound(claim, claim.value, reviewCount)
				? { ...base, verdict: 'rounds-to' }
				: differs(claimedPct, claim.value - reviewCount);
		}
	}
}

/** Order of preference when several figures are about the same topic. */
export function verdictRank(j: Judgement): number {
	switch (j.verdict) {
		case 'matches':
			return 0;
		case 'rounds-to':
			return 1;
		case 'differs':
			return 2 + Math.min(Math.abs(j.deltaPp ?? 100), 100) / 1000;
		case 'unsettled':
			return 3;
		default:
			return 4;
	}
}
