/**
 * Whether a query carried by the address (?sql=…&run=1) runs as soon as the page opens. The engine
 * is locked out of the network, so running is harmless; still, a reader who followed another
 * site's link should see the query before it runs. It runs on open when the reader came from a
 * page of the explorer, or when this browser copied that very link with "Copy link to this query";
 * otherwise the console shows the query and asks for Run.
 */
const STORE_KEY = 'mnr-explorer:shared-queries';
/** Enough for a working session; the oldest are forgotten first. */
const REMEMBERED = 50;

/** A short, stable fingerprint of a query (FNV-1a): the store never holds query text. */
export function queryFingerprint(sql: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < sql.length; i++) {
		h ^= sql.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return `${sql.length.toString(36)}-${(h >>> 0).toString(36)}`;
}

/** Storage as the module needs it, so tests can hand in a stand-in (and private modes may refuse it). */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

function remembered(store: KeyValueStore | null): string[] {
	try {
		const list = JSON.parse(store?.getItem(STORE_KEY) ?? '[]');
		return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
	} catch {
		return [];
	}
}

/** Record that this browser shared a link to `sql` (from the console's own copy-link button). */
export function rememberShared(sql: string, store: KeyValueStore | null): void {
	const print = queryFingerprint(sql);
	const list = [print, ...remembered(store).filter((p) => p !== print)].slice(0, REMEMBERED);
	try {
		store?.setItem(STORE_KEY, JSON.stringify(list));
	} catch {
		// Storage full or refused: the link then asks for Run when opened, which is safe.
	}
}

/** Run a linked query on open? `referrer` is document.referrer, `origin` the explorer's own. */
export function runsOnOpen(
	sql: string,
	{ referrer, origin, store }: { referrer: string; origin: string; store: KeyValueStore | null }
): boolean {
	let from: string | null = null;
	try {
		from = referrer ? new URL(referrer).origin : null;
	} catch {
		from = null;
	}
	if (from === origin) return true;
	return remembered(store).includes(queryFingerprint(sql));
}
