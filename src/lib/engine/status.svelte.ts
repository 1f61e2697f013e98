/**
 * The browser engine's lifecycle, as reactive state every control can read: idle until the first
 * interaction or idle time after paint (deferred instead when the reader's browser asks to save
 * data), loading while DuckDB-WASM starts and the tables load, ready, or failed with a reason the
 * page shows.
 */
export type EngineState = 'idle' | 'deferred' | 'loading' | 'ready' | 'failed';

export const engineStatus = $state<{
	state: EngineState;
	message: string | null;
	/** Queries answered so far. */
	queries: number;
	/** View queries asked for and not yet settled: while above 0 a chart may still show an older view. */
	pending: number;
	/** Tables left out because their file does not match this version's schema: table → why. */
	mismatched: Record<string, string>;
}>({
	state: 'idle',
	message: null,
	queries: 0,
	pending: 0,
	mismatched: {}
});

/** Resolves once no view query is in flight (or after `timeoutMs`), e.g. before exporting a chart. */
export function viewsSettled(timeoutMs = 30_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	return new Promise((resolve) => {
		const poll = () =>
			engineStatus.pending === 0 || Date.now() > until ? resolve() : setTimeout(poll, 50);
		poll();
	});
}
