/**
 * What the service worker stores and how it answers, as pure functions of the build's file lists
 * (SvelteKit's $service-worker `build`, `files` and `prerendered`, all paths with the base).
 */

/** The engine: its module's parts and DuckDB's worker script. Stored on first use, not on install. */
export const isEngineFile = (path: string): boolean =>
	path.endsWith('.wasm') || /\/duckdb-browser-[\w-]+\.worker\.[\w-]+\.js$/.test(path);

/**
 * Stored on install: every page a reader opens directly, the scripts and styles, and the data files
 * the engine reads. Not the engine, not embeds (they live in other sites' frames and are stored when
 * visited), not the CSV copies (downloads) and not earlier dataset releases (data/v/…: stored when
 * an old link is opened).
 */
export function precacheList(lists: {
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
}): string[] {
	return [
		...lists.build.filter((p) => !isEngineFile(p)),
		...lists.files.filter((p) => !p.endsWith('.csv') && !p.includes('/data/v/')),
		...lists.prerendered.filter((p) => !p.includes('/embed/'))
	];
}

/** The message a page sends the service worker once its engine has started (see storeEngine.ts). */
export interface StoreEngineMessage {
	kind: 'store-engine';
	/** The engine files the page loaded, as absolute URLs or paths. */
	urls: string[];
}

/**
 * Which of the URLs a page asks to store are this build's engine files, as paths: a page cannot
 * make the worker fetch anything else, nor another origin's files.
 */
export function engineFilesToStore(
	message: unknown,
	origin: string,
	build: readonly string[]
): string[] {
	const m = message as Partial<StoreEngineMessage> | null;
	if (!m || m.kind !== 'store-engine' || !Array.isArray(m.urls)) return [];
	const paths = new Set<string>();
	for (const u of m.urls) {
		if (typeof u !== 'string') continue;
		let url: URL;
		try {
			url = new URL(u, origin);
		} catch {
			continue;
		}
		if (url.origin === origin && strategyFor(url.pathname, build) === 'engine')
			paths.add(url.pathname);
	}
	return [...paths];
}

export type Strategy = 'engine' | 'immutable' | 'network';

/**
 * How a same-origin GET is answered: hashed build files from the cache first (their names change
 * when their content does), everything else from the network first, falling back to the cache.
 */
export function strategyFor(pathname: string, build: readonly string[]): Strategy {
	if (isEngineFile(pathname) && build.includes(pathname)) return 'engine';
	if (pathname.includes('/_app/immutable/')) return 'immutable';
	return 'network';
}
