/**
 * The browser engine's lifecycle, as reactive state every control can read: idle until the first
 * interaction or idle time after paint, loading while DuckDB-WASM starts and the tables load,
 * ready, or failed with a reason the page shows.
 */
export type EngineState = 'idle' | 'loading' | 'ready' | 'failed';

export const engineStatus = $state<{ state: EngineState; message: string | null; queries: number }>(
	{
		state: 'idle',
		message: null,
		queries: 0
	}
);
