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

/** Why the engine cannot run in this browser, or null. */
export async function unsupportedReason(): Promise<string | null> {
	if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function')
		return 'This browser does not support WebAssembly.';
	if (typeof Worker !== 'function') return 'This browser does not support Web Workers.';
	const { getPlatformFeatures } = await import('@duckdb/duckdb-wasm');
	if (!(await getPlatformFeatures()).wasmExceptions)
		return 'This browser is too old for the query engine (it lacks WebAssembly exception handling, which browsers have had since 2022).';
	return null;
}
