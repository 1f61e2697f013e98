// Summary statistics for benchmark samples. Pure functions, unit-tested in tests/unit/bench.

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks (the method
 * spreadsheets and numpy use by default), so a 5-sample p95 sits between the two slowest runs.
 * @param {readonly number[]} samples
 * @param {number} p
 * @returns {number | null} null when there are no samples
 */
export function percentile(samples, p) {
	const sorted = samples.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	if (p <= 0) return sorted[0];
	if (p >= 100) return sorted[sorted.length - 1];
	const rank = (p / 100) * (sorted.length - 1);
	const lo = Math.floor(rank);
	const hi = Math.ceil(rank);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
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
	const finite = samples.filter((v) => Number.isFinite(v));
	return {
		n: finite.length,
		median: percentile(finite, 50),
		p95: percentile(finite, 95),
		min: finite.length ? Math.min(...finite) : null,
		max: finite.length ? Math.max(...finite) : null
	};
}
