// The plain-text results table `npm run bench` prints. Pure, unit-tested in tests/unit/bench.

/**
 * A number for the table: whole numbers for large values, a few significant digits for small.
 * @param {number | null | undefined} value
 * @param {string} [unit]
 * @returns {string}
 */
export function formatValue(value, unit = '') {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	if (unit === 'bytes' || unit === 'B') return formatBytes(value);
	const abs = Math.abs(value);
	if (abs >= 100) return Math.round(value).toLocaleString('en-US');
	if (abs >= 10) return value.toFixed(1);
	if (abs >= 1 || abs === 0) return value.toFixed(2).replace(/\.?0+$/, '') || '0';
	return value.toPrecision(2);
}

/**
 * Bytes in KB/MB (1 KB = 1024 bytes), as browsers' network panels show them.
 * @param {number} bytes
 * @returns {string}
 */
export function formatBytes(bytes) {
	if (bytes < 1024) return `${Math.round(bytes)} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/**
 * @typedef {{ part: string, name: string, unit: string, n: number, median: number | null,
 *   p95: number | null, min: number | null, max: number | null, note?: string }} TableRow
 */

/**
 * Render rows as an aligned text table with a header, numbers right-aligned.
 * Notes are not put in the table (they are long); the runner prints them below it.
 * @param {readonly TableRow[]} rows
 * @returns {string}
 */
export function formatTable(rows) {
	const header = ['part', 'measure', 'unit', 'runs', 'median', 'p95', 'min–max'];
	const right = [false, false, false, true, true, true, true];
	const unitLabel = (/** @type {string} */ u) => (u === 'bytes' ? 'bytes' : u);
	const body = rows.map((r) => [
		r.part,
		r.name,
		unitLabel(r.unit),
		String(r.n),
		formatValue(r.median, r.unit),
		formatValue(r.p95, r.unit),
		r.min === null ? '–' : `${formatValue(r.min, r.unit)}–${formatValue(r.max, r.unit)}`
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
	const line = (/** @type {string[]} */ cells) =>
		cells
			.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/**
 * Replace each row's note by a footnote number appended to its name; identical notes share one
 * number. Returns the rows (without `note`) and the distinct notes in order of first use.
 * @template {{ name: string, note?: string }} R
 * @param {readonly R[]} rows
 * @returns {{ rows: Omit<R, 'note'>[], notes: string[] }}
 */
export function footnoted(rows) {
	/** @type {string[]} */
	const notes = [];
	const out = rows.map(({ note, ...row }) => {
		if (!note) return row;
		let i = notes.indexOf(note);
		if (i < 0) i = notes.push(note) - 1;
		return { ...row, name: `${row.name} [${i + 1}]` };
	});
	return { rows: out, notes };
}
