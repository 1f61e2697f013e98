/**
 * Fetching views ahead of the reader: from the view on screen, every view one choice away (each
 * setting with a fixed list of values, one at a time) is asked of the engine while the browser is
 * idle, so the next change a reader makes is usually answered in the next frame (see answerCache).
 */
import type { ParamSpecs, ParamState } from '$lib/url/params';

/** The states one choice away from `here`: one setting changed to each of its other values. */
export function neighbourStates<S extends ParamSpecs>(
	specs: S,
	here: ParamState<S>
): ParamState<S>[] {
	const out: ParamState<S>[] = [];
	for (const key of Object.keys(specs) as (keyof S)[]) {
		const spec = specs[key];
		const choices = typeof spec.values === 'function' ? (spec.choices ?? []) : spec.values;
		// A setting whose default is "none" (all income groups, every domain) offers that too.
		const options: (string | null)[] = spec.default === null ? [null, ...choices] : [...choices];
		for (const value of options) if (value !== here[key]) out.push({ ...here, [key]: value });
	}
	return out;
}

/**
 * Run `fetch` for each SQL in turn, each only when the browser is idle (no deadline: it is optional
 * work), until done or cancelled. The returned function cancels: the reader moved on, and the
 * neighbours of the new view matter more.
 */
export function fetchWhenIdle(sqls: string[], fetch: (sql: string) => Promise<void>): () => void {
	let cancelled = false;
	const idle = () =>
		new Promise<void>((resolve) =>
			'requestIdleCallback' in window
				? window.requestIdleCallback(() => resolve())
				: setTimeout(resolve, 50)
		);
	(async () => {
		for (const sql of sqls) {
			await idle();
			if (cancelled) return;
			await fetch(sql);
		}
	})();
	return () => {
		cancelled = true;
	};
}
