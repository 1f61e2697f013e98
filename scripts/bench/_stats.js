// Summary statistics for benchmark samples, from d3-array (its quantile is the R-7 linear
// interpolation between closest ranks that spreadsheets and numpy use by default, so a 5-sample
// p95 sits between the two slowest runs). Unit-tested in tests/unit/bench.
import { extent, quantile } from 'd3-array';

/** @param {readonly number[]} samples */
const finiteOf = (samples) => samples.filter((v) => Number.isFinite(v));

/**
 * The p-th percentile (0–100) of the finite samples.
 * @param {readonly number[]} samples
 * @param {number} p
 * @returns {number | null} null when there are no samples
 */
export function percentile(samples, p) {
	return quantile(finiteOf(samples), p / 100) ?? null;
}

/**
 * @typedef {{ n: number, median: number | null, p95: number | null, min: number | null, max: number | null }} Summary
 */

/**
 * Median, p95 and range of the finite samples (failed runs are recorded as NaN and not counted).
 * @param {readonly number[]} samples
 * @returns {Summary}
 */
export function summarize(samples) {
	const finite = finiteOf(samples);
	const [min, max] = extent(finite);
	return {
		n: finite.length,
		median: percentile(finite, 50),
		p95: percentile(finite, 95),
		min: min ?? null,
		max: max ?? null
	};
}
