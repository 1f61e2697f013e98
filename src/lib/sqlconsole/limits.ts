/**
 * The SQL console's bounds. The engine runs in a worker, so a long query cannot freeze the page;
 * these keep what the page itself does (render, hold, serialise) small, and stop runaway queries.
 */

/** Result rows drawn in the table; more would only slow the page down. */
export const RENDER_LIMIT = 500;

/** Result rows kept in memory for the CSV download; counting goes on past it. */
export const KEEP_LIMIT = 200_000;

/** A query still running after this long is stopped. */
export const TIME_LIMIT_MS = 30_000;

/**
 * Longest query text (URL-encoded) written to the address bar. Common servers and proxies refuse
 * request lines over 8 KB; a longer query stays in the editor but is not put in the link.
 */
export const MAX_URL_SQL_CHARS = 6000;

/** Does the query text fit in a shareable address? */
export function sqlFitsUrl(sql: string): boolean {
	// Encoding never shortens text, so a long text is rejected without encoding it (it runs on
	// every keystroke, and a pasted text can be megabytes).
	return sql.length <= MAX_URL_SQL_CHARS && encodeURIComponent(sql).length <= MAX_URL_SQL_CHARS;
}
