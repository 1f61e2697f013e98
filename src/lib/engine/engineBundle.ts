/**
 * Which DuckDB-WASM build the explorer ships and where its files are. Only the "eh" build (it needs
 * WebAssembly exception handling, in every major browser since 2022); an older browser keeps the
 * prerendered views and is told why the interactive parts are unavailable. Its module comes in the
 * parts scripts/site/engine-parts.js writes (one import each; PART_COUNT there must match).
 */
import { base } from '$app/paths';

export interface EngineFiles {
	/** DuckDB's worker script. */
	worker: string;
	/** The module's parts, in order. */
	parts: string[];
	/** The one URL DuckDB is told to fetch; the worker answers it with the parts joined. */
	module: string;
}

export async function engineFiles(): Promise<EngineFiles> {
	const [worker, part1, part2] = await Promise.all([
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'),
		import('../../../.engine/duckdb-eh.1.wasm?url'),
		import('../../../.engine/duckdb-eh.2.wasm?url')
	]);
	return {
		worker: worker.default,
		parts: [part1.default, part2.default],
		module: `${base}/_app/engine/duckdb-eh.wasm`
	};
}

/**
 * A tiny module whose one function uses WebAssembly exception handling (a `try` block): only a
 * browser that can run the "eh" build finds it valid. The same bytes as the exceptions probe of
 * DuckDB-WASM's getPlatformFeatures (a unit test holds them to it), checked here without loading
 * DuckDB's script, so the engine's worker can start while that script loads.
 */
export const EXCEPTIONS_PROBE = new Uint8Array([
	0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11
]);

/** Why the engine cannot run in this browser, or null. */
export function unsupportedReason(
	scope: { WebAssembly?: typeof WebAssembly; Worker?: unknown } = globalThis
): string | null {
	const wasm = scope.WebAssembly;
	if (typeof wasm !== 'object' || typeof wasm.instantiate !== 'function')
		return 'This browser does not support WebAssembly.';
	if (typeof scope.Worker !== 'function') return 'This browser does not support Web Workers.';
	if (!wasm.validate(EXCEPTIONS_PROBE))
		return 'This browser is too old for the query engine (it lacks WebAssembly exception handling, which browsers have had since 2022).';
	return null;
}
