/**
 * What the console agrees to run: one statement that only reads. The rest of the explorer queries
 * the same in-browser tables through the same connection, so a DROP, an UPDATE or a SET typed
 * here would silently change what every other page shows; and a URL in a query would make DuckDB
 * fetch from another site, which the explorer never does. This is a guard against accidents, not
 * a security boundary (the tab belongs to the person typing): DuckDB's own parser has the last word.
 */

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

export type StatementProblem =
	| { kind: 'empty' }
	| { kind: 'several'; count: number }
	| { kind: 'start'; word: string }
	| { kind: 'writes'; word: string }
	| { kind: 'url'; url: string };

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
	let code = '';
	const strings: string[] = [];
	let i = 0;
	const blank = (from: number, to: number) => ' '.repeat(to - from);
	while (i < sql.length) {
		const ch = sql[i];
		const next = sql[i + 1];
		if (ch === '-' && next === '-') {
			const end = sql.indexOf('\n', i);
			const stop = end < 0 ? sql.length : end;
			code += blank(i, stop);
			i = stop;
		} else if (ch === '/' && next === '*') {
			const end = sql.indexOf('*/', i + 2);
			const stop = end < 0 ? sql.length : end + 2;
			code += blank(i, stop);
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
				} else text += sql[j++];
			}
			const stop = Math.min(j, sql.length);
			if (ch === "'") strings.push(text);
			code += blank(i, stop);
			i = stop;
		} else if (ch === '$') {
			const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i))?.[0];
			if (tag && !/[\w$]/.test(sql[i - 1] ?? '')) {
				const end = sql.indexOf(tag, i + tag.length);
				const stop = end < 0 ? sql.length : end + tag.length;
				strings.push(sql.slice(i + tag.length, end < 0 ? sql.length : end));
				code += blank(i, stop);
				i = stop;
			} else {
				code += ch;
				i++;
			}
		} else {
			code += ch;
			i++;
		}
	}
	return { code, strings };
}

const URL_LIKE = /^\s*[a-z][a-z0-9+.-]*:\/\//i;

/** Why the console will not run this text, or null when it may. */
export function checkStatement(sql: string): StatementProblem | null {
	const { code, strings } = stripSql(sql);
	const statements = code.split(';').filter((s) => s.trim() !== '');
	if (statements.length === 0) return { kind: 'empty' };
	if (statements.length > 1) return { kind: 'several', count: statements.length };
	const words = (statements[0].match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).map((w) => w.toUpperCase());
	const first = statements[0].trim();
	if (!first.startsWith('(') && !(READING_STARTS as readonly string[]).includes(words[0] ?? ''))
		return { kind: 'start', word: words[0] ?? first.slice(0, 20) };
	const writing = words.find((w) => (WRITING_WORDS as readonly string[]).includes(w));
	if (writing) return { kind: 'writes', word: writing };
	const url = strings.find((s) => URL_LIKE.test(s));
	if (url !== undefined) return { kind: 'url', url: url.trim().slice(0, 80) };
	return null;
}
