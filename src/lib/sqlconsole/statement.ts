/**
 * What the console agrees to run: one statement that only reads. The rest of the explorer queries
 * the same in-browser tables through the same connection, so a DROP, an UPDATE or a SET typed
 * here would silently change what every other page shows; and a URL in a query would make DuckDB
 * fetch from another site, which the explorer never does. This is a guard against accidents, not
 * a security boundary (the tab belongs to the person typing): DuckDB's own parser has the last word.
 */
import type { StatementProblem } from '$lib/copy/kinds';

/** First words of statements that only read. */
export const READING_STARTS = [
	'SELECT',
	'WITH',
	'FROM',
	'VALUES',
	'DESCRIBE',
	'DESC',
	'SUMMARIZE',
	'SHOW',
	'EXPLAIN',
	'PIVOT',
	'UNPIVOT'
] as const;

/** Words that change tables, settings, transactions or files, anywhere in the statement. */
export const WRITING_WORDS = [
	'INSERT',
	'UPDATE',
	'DELETE',
	'MERGE',
	'UPSERT',
	'CREATE',
	'DROP',
	'ALTER',
	'TRUNCATE',
	'COPY',
	'EXPORT',
	'IMPORT',
	'ATTACH',
	'DETACH',
	'INSTALL',
	'LOAD',
	'SET',
	'RESET',
	'PRAGMA',
	'CALL',
	'USE',
	'CHECKPOINT',
	'VACUUM',
	'BEGIN',
	'COMMIT',
	'ROLLBACK',
	'ABORT',
	'GRANT',
	'REVOKE'
] as const;

export type { StatementProblem };

export interface Stripped {
	/** The statement with comments, string literals and quoted names blanked out. */
	code: string;
	/** The contents of the string literals, in order. */
	strings: string[];
}

/**
 * Blank out comments, string literals ('…', E'…' with backslash escapes, $tag$…$tag$) and quoted
 * names ("…"), keeping their length so positions still match. Unterminated ones run to the end.
 */
export function stripSql(sql: string): Stripped {
	const parts: string[] = [];
	const strings: string[] = [];
	const blank = (from: number, to: number) => ' '.repeat(to - from);
	// Jump from one place that may open a comment, string or quoted name to the next, copying the
	// code between in one slice (character-by-character concatenation is slow on huge pastes).
	const special = /--|\/\*|['"$]/g;
	let i = 0;
	while (i < sql.length) {
		special.lastIndex = i;
		const found = special.exec(sql);
		if (!found) {
			parts.push(sql.slice(i));
			break;
		}
		parts.push(sql.slice(i, found.index));
		i = found.index;
		const ch = sql[i];
		if (found[0] === '--') {
			const end = sql.indexOf('\n', i);
			const stop = end < 0 ? sql.length : end;
			parts.push(blank(i, stop));
			i = stop;
		} else if (found[0] === '/*') {
			const end = sql.indexOf('*/', i + 2);
			const stop = end < 0 ? sql.length : end + 2;
			parts.push(blank(i, stop));
			i = stop;
		} else if (ch === "'" || ch === '"') {
			// E'…' strings treat a backslash as an escape character.
			const escapes = ch === "'" && /(?:^|[^\w])[eE]$/.test(sql.slice(Math.max(0, i - 2), i));
			let j = i + 1;
			let text = '';
			while (j < sql.length) {
				if (escapes && sql[j] === '\\') {
					text += sql.slice(j, j + 2);
					j += 2;
				} else if (sql[j] === ch && sql[j + 1] === ch) {
					text += ch;
					j += 2;
				} else if (sql[j] === ch) {
					j++;
					break;
				} else {
					// Copy up to the next quote or backslash in one go.
					let k = j + 1;
					while (k < sql.length && sql[k] !== ch && sql[k] !== '\\') k++;
					text += sql.slice(j, k);
					j = k;
				}
			}
			const stop = Math.min(j, sql.length);
			if (ch === "'") strings.push(text);
			parts.push(blank(i, stop));
			i = stop;
		} else {
			const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64))?.[0];
			if (tag && !/[\w$]/.test(sql[i - 1] ?? '')) {
				const end = sql.indexOf(tag, i + tag.length);
				const stop = end < 0 ? sql.length : end + tag.length;
				strings.push(sql.slice(i + tag.length, end < 0 ? sql.length : end));
				parts.push(blank(i, stop));
				i = stop;
			} else {
				parts.push(ch);
				i++;
			}
		}
	}
	return { code: parts.join(''), strings };
}

const URL_LIKE = /^\s*[a-z][a-z0-9+.-]*:\/\//i;

const START = /^\s*(\(|[A-Za-z_][A-Za-z0-9_]*)/;
// One native scan rather than a token list: huge pastes must not hold the page.
const WRITING = new RegExp(`(?<![\\w$])(${WRITING_WORDS.join('|')})(?![\\w$])`, 'i');

/** Why the console will not run this text, or null when it may. */
export function checkStatement(sql: string): StatementProblem | null {
	const { code, strings } = stripSql(sql);
	const statements = code.split(';').filter((s) => s.trim() !== '');
	if (statements.length === 0) return { kind: 'empty' };
	if (statements.length > 1) return { kind: 'several', count: statements.length };
	const statement = statements[0];
	const first = START.exec(statement)?.[1];
	if (first !== '(' && !(READING_STARTS as readonly string[]).includes(first?.toUpperCase() ?? ''))
		return { kind: 'start', word: first?.toUpperCase() ?? statement.trim().slice(0, 20) };
	const writing = WRITING.exec(statement)?.[1];
	if (writing) return { kind: 'writes', word: writing.toUpperCase() };
	const url = strings.find((s) => URL_LIKE.test(s));
	if (url !== undefined) return { kind: 'url', url: url.trim().slice(0, 80) };
	return null;
}
