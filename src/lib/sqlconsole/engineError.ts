/**
 * DuckDB reports an error either as JSON (`{"exception_type":"Parser","exception_message":…,
 * "position":"14"}`) or as text ("Binder Error: … \n\nLINE 1: SELECT nme FROM countries\n ^").
 * Either way this reads it into what a reader needs: what kind of problem, the message as a
 * sentence, the details DuckDB adds (candidate names, "did you mean"), and where in the query
 * the problem is, as an offset into the text the reader ran.
 */

export interface EngineError {
	/** DuckDB's kind of error ("Parser", "Binder", "Catalog", …), or null when it gives none. */
	kind: string | null;
	/** The message's first line, as DuckDB wrote it. */
	message: string;
	/** DuckDB's further lines (candidates, suggestions), without its own position marker. */
	details: string[];
	/** Where in the query the problem is (a character offset), or null when not known. */
	position: number | null;
}

/** DuckDB counts positions in bytes of UTF-8; the editor counts characters. */
function charOffset(sql: string, bytes: number): number {
	const encoder = new TextEncoder();
	let used = 0;
	let i = 0;
	for (const ch of sql) {
		if (used >= bytes) break;
		used += encoder.encode(ch).length;
		i += ch.length;
	}
	return Math.min(i, sql.length);
}

/** The offset DuckDB's "LINE n: …" block with its caret points at, within `sql`. */
function positionFromMarker(lines: string[], sql: string): number | null {
	const at = lines.findIndex((l) => /^LINE \d+: /.test(l));
	if (at < 0 || at + 1 >= lines.length) return null;
	const head = /^LINE (\d+): /.exec(lines[at])!;
	const caret = lines[at + 1].indexOf('^');
	if (caret < head[0].length) return null;
	const shown = lines[at].slice(head[0].length);
	const column = caret - head[0].length;
	const sqlLines = sql.split('\n');
	const n = Number(head[1]) - 1;
	if (n < 0 || n >= sqlLines.length) return null;
	// DuckDB shows a window of a long line, cut with "...": find that window in the real line.
	const window = shown.replace(/^\.\.\./, '').replace(/\.\.\.$/, '');
	const cut = shown.startsWith('...') ? 3 : 0;
	const start = sqlLines[n].indexOf(window);
	if (start < 0) return null;
	const lineStart = sqlLines.slice(0, n).reduce((s, l) => s + l.length + 1, 0);
	return Math.min(sql.length, lineStart + start + Math.max(0, column - cut));
}

/** Read an error DuckDB gave for `sql`. */
export function readEngineError(raw: string, sql: string): EngineError {
	let kind: string | null = null;
	let text = raw;
	let position: number | null = null;
	if (raw.trimStart().startsWith('{')) {
		try {
			const json = JSON.parse(raw) as Record<string, unknown>;
			if (typeof json.exception_message === 'string') {
				text = json.exception_message;
				kind = typeof json.exception_type === 'string' ? json.exception_type : null;
				const p = Number(json.position);
				if (json.position !== undefined && Number.isInteger(p) && p >= 0)
					position = charOffset(sql, p);
			}
		} catch {
			// Not JSON after all: read it as text.
		}
	}
	if (kind === null) {
		const typed = /^([A-Z][A-Za-z ]*?) Error: ([\s\S]*)$/.exec(text);
		if (typed) [kind, text] = [typed[1], typed[2]];
	}
	const lines = text.split('\n');
	position ??= positionFromMarker(lines, sql);
	const marker = lines.findIndex((l) => /^LINE \d+: /.test(l));
	const kept = (marker >= 0 ? lines.slice(0, marker) : lines).map((l) => l.trim()).filter(Boolean);
	return { kind, message: kept[0] ?? text.trim(), details: kept.slice(1), position };
}

/** The query's line holding `position`, its 1-based number and column, for showing the spot. */
export function spotIn(
	sql: string,
	position: number
): { line: number; column: number; text: string } {
	const before = sql.slice(0, position);
	const line = before.split('\n').length;
	const lineStart = before.lastIndexOf('\n') + 1;
	const lineEnd = sql.indexOf('\n', position);
	return {
		line,
		column: position - lineStart + 1,
		text: sql.slice(lineStart, lineEnd < 0 ? sql.length : lineEnd)
	};
}

/**
 * The part of a spot's line to show (at most `width` characters around it), split at the spot so
 * the character there can be marked, and how far the caret under it is indented.
 */
export function spotWindow(
	spot: { column: number; text: string },
	width = 72
): { before: string; at: string; after: string; indent: number } {
	const i = spot.column - 1;
	const start = Math.max(0, Math.min(i - Math.floor(width * 0.6), spot.text.length - width));
	const shown = spot.text.slice(start, start + width);
	const k = i - start;
	const lead = start > 0 ? '…' : '';
	return {
		before: lead + shown.slice(0, k),
		// The end of the input has no character to mark: mark a space there.
		at: shown.charAt(k) || ' ',
		after: shown.slice(k + 1) + (start + width < spot.text.length ? '…' : ''),
		indent: lead.length + k
	};
}
