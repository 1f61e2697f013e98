import { describe, expect, it, vi } from 'vitest';
import { SCRIPT_MISSING, engineWorkerSource, installEngineModule } from '$lib/engine/engineWorker';

/** A whole module: one function, `answer`, returning 42. */
const MODULE = new Uint8Array([
	0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 7, 10, 1, 6, 97, 110, 115, 119,
	101, 114, 0, 0, 10, 6, 1, 4, 0, 65, 42, 11
]);
const MODULE_URL = 'https://example.test/_app/engine/duckdb-eh.wasm';
const PART_URLS = ['https://example.test/e.1.wasm', 'https://example.test/e.2.wasm'];

/**
 * A worker's scope as the preamble sees it: fetch answers the parts (MODULE cut in two, or what
 * `parts` says) and records every URL; an error the preamble throws later is collected.
 */
function workerScope(
	parts: (Response | Error)[] = [new Response(MODULE.slice(0, 13)), new Response(MODULE.slice(13))]
) {
	const fetched: string[] = [];
	const thrown: unknown[] = [];
	const scope = {
		fetch: (async (input: RequestInfo | URL) => {
			const url = String(input);
			fetched.push(url);
			const i = PART_URLS.indexOf(url);
			if (i < 0) return new Response('something else');
			const part = parts[i];
			if (part instanceof Error) throw part;
			return part;
		}) as typeof fetch,
		// Its own object, so the preamble's instantiateStreaming stays in this test.
		WebAssembly: Object.create(WebAssembly) as typeof WebAssembly,
		setTimeout: (run: () => void) => {
			try {
				run();
			} catch (e) {
				thrown.push(e);
			}
		}
	};
	return { scope, fetched, thrown };
}

/** What DuckDB's worker does: fetch the module URL, wrap the response for its progress, instantiate. */
async function instantiateAsDuckDB(scope: ReturnType<typeof workerScope>['scope']) {
	const res = await scope.fetch(MODULE_URL);
	const wrapped = new Response(res.body?.pipeThrough(new TransformStream()), res);
	return scope.WebAssembly.instantiateStreaming(Promise.resolve(wrapped), {});
}

/** Let the preamble's promises settle. */
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('installEngineModule (the engine worker’s preamble)', () => {
	it('asks for nothing until DuckDB asks for the module, then for every part at once, in order', async () => {
		const { scope, fetched } = workerScope();
		installEngineModule(scope, MODULE_URL, PART_URLS);
		expect(fetched).toEqual([]);
		await scope.fetch(MODULE_URL);
		expect(fetched).toEqual(PART_URLS);
	});

	it('hands DuckDB the module joined from its parts, each part fetched once and nothing else', async () => {
		const { scope, fetched, thrown } = workerScope();
		installEngineModule(scope, MODULE_URL, PART_URLS);
		const { instance } = await instantiateAsDuckDB(scope);
		expect((instance.exports.answer as () => number)()).toBe(42);
		expect(fetched).toEqual(PART_URLS);
		expect(thrown).toEqual([]);
	});

	it('leaves every other fetch and module alone', async () => {
		const { scope } = workerScope();
		installEngineModule(scope, MODULE_URL, PART_URLS);
		expect(await (await scope.fetch('https://example.test/other.js')).text()).toBe(
			'something else'
		);
		const other = new Response(MODULE, { headers: { 'content-type': 'application/wasm' } });
		const { instance } = await scope.WebAssembly.instantiateStreaming(other, {});
		expect((instance.exports.answer as () => number)()).toBe(42);
	});

	it('throws which part could not be loaded, and why, where the page hears it', async () => {
		const { scope, thrown } = workerScope([
			new Response(MODULE.slice(0, 13)),
			new Response('Not found', { status: 404 })
		]);
		installEngineModule(scope, MODULE_URL, PART_URLS);
		await expect(instantiateAsDuckDB(scope)).rejects.toThrow();
		await settle();
		expect(thrown.map(String)).toEqual([
			'Error: Part 2 of 2 of the query engine could not be loaded (HTTP 404).'
		]);
	});

	it('says "no connection" when a part’s request fails outright', async () => {
		const { scope, thrown } = workerScope([new TypeError('Failed to fetch'), new Response('')]);
		installEngineModule(scope, MODULE_URL, PART_URLS);
		await expect(instantiateAsDuckDB(scope)).rejects.toThrow();
		await settle();
		expect(thrown.map(String)).toEqual([
			'Error: Part 1 of 2 of the query engine could not be loaded (no connection).'
		]);
	});

	it('throws a damaged module in plain words, the browser’s own to the console', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const { scope, thrown } = workerScope([new Response('garbage'), new Response('')]);
		installEngineModule(scope, MODULE_URL, PART_URLS);
		await expect(instantiateAsDuckDB(scope)).rejects.toThrow();
		await settle();
		expect(thrown.map(String)).toEqual([
			'Error: The query engine’s file is damaged: it could not be compiled.'
		]);
		expect(logged).toHaveBeenCalledOnce();
		expect(logged.mock.calls[0][0]).toBeInstanceOf(WebAssembly.CompileError);
		logged.mockRestore();
	});
});

describe('engineWorkerSource', () => {
	it('runs the preamble on the worker’s scope, then DuckDB’s script', () => {
		const source = engineWorkerSource('https://x.test/w.js', MODULE_URL, PART_URLS);
		expect(source.startsWith(`(${installEngineModule.toString()})(self, `)).toBe(true);
		expect(source).toContain(JSON.stringify(PART_URLS));
		expect(source).toContain('importScripts("https://x.test/w.js");');
	});

	it('says in words that DuckDB’s script could not be loaded', () => {
		const source = engineWorkerSource('https://x.test/w.js', MODULE_URL, PART_URLS);
		const scope = workerScope().scope;
		const run = new Function('self', 'importScripts', source);
		const missing = () => {
			throw new DOMException('Failed to execute importScripts', 'NetworkError');
		};
		expect(() => run(scope, missing)).toThrow(SCRIPT_MISSING);
		const loaded: string[] = [];
		run(workerScope().scope, (url: string) => loaded.push(url));
		expect(loaded).toEqual(['https://x.test/w.js']);
	});
});
