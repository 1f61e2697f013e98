/**
 * The engine's worker. DuckDB-WASM's own worker script fetches one module URL; the module is
 * shipped in parts (scripts/site/engine-parts.js) because hosts refuse files over 25 MiB. So the
 * worker runs DuckDB's script after a small preamble that joins the parts in order, as a stream,
 * and compiles the module as it arrives (streaming compilation, no copy of the whole module in
 * memory) when DuckDB asks for it; DuckDB is then handed that module.
 * The worker is created from a blob: URL; it inherits the page's Content-Security-Policy.
 */

/**
 * Runs inside the worker (serialised with toString(), so it must not use anything from outside
 * its own body). The module is `partUrls` joined in order. When DuckDB fetches `moduleUrl`, the
 * parts are requested and compiled here as they stream in; DuckDB's fetch gets a stand-in
 * response, and its WebAssembly.instantiateStreaming the module compiled here.
 *
 * Why here and not in DuckDB's own instantiation: DuckDB's script does not catch a failed
 * instantiation, so a missing part or a damaged module left the engine "loading" for ever. Here
 * the failure is thrown as an uncaught error, which the page gets as the worker's error event
 * (browserEngine.ts) and shows as the reason the engine is unavailable.
 * Why not from the worker's first moment: that was tried (the bytes arrived about 0.5 s sooner
 * in traces at CPU 4×), and the engine was not ready sooner for it on a two-core machine, where an
 * early compile only competes with the page's own start.
 */
export function installEngineModule(
	scope: {
		fetch: typeof fetch;
		WebAssembly: typeof WebAssembly;
		setTimeout: (run: () => void) => unknown;
	},
	moduleUrl: string,
	partUrls: string[]
): void {
	const STAND_IN = 'x-mnr-compiled';
	const realFetch = scope.fetch.bind(scope);
	const urlOf = (input: RequestInfo | URL) =>
		typeof input === 'string' ? input : 'url' in input ? input.url : input.href;
	let failure: string | null = null;
	const joined = () => {
		const parts = partUrls.map((u) => realFetch(u, { credentials: 'same-origin' }));
		// A part that fails is reported when its turn comes; until then its rejection is expected.
		for (const part of parts) part.catch(() => {});
		let index = 0;
		let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
		const body = new ReadableStream<Uint8Array>({
			async pull(controller) {
				for (;;) {
					if (!reader) {
						if (index === parts.length) return controller.close();
						const res = await parts[index].catch(() => null);
						if (!res?.ok || !res.body) {
							failure = `Part ${index + 1} of ${parts.length} of the query engine could not be loaded (${res ? `HTTP ${res.status}` : 'no connection'}).`;
							throw new Error(failure);
						}
						reader = res.body.getReader();
					}
					const { done, value } = await reader.read();
					if (!done) return controller.enqueue(value);
					reader = null;
					index++;
				}
			}
		});
		return new Response(body, { status: 200, headers: { 'content-type': 'application/wasm' } });
	};
	const wasm = scope.WebAssembly;
	const compile = () => {
		const module = wasm.compileStreaming(joined());
		module.catch((e: unknown) => {
			// The browser's own words ("expected magic word…") go to the console, not to the reader.
			if (!failure) console.error(e);
			const message = failure ?? 'The query engine’s file is damaged: it could not be compiled.';
			scope.setTimeout(() => {
				throw new Error(message);
			});
		});
		return module;
	};
	let compiling: Promise<WebAssembly.Module> | null = null;
	// Started by DuckDB's fetch of the module (below), once; its stand-in response comes after it.
	const compiled = () => (compiling ??= compile());
	const instantiateStreaming = wasm.instantiateStreaming.bind(wasm);
	wasm.instantiateStreaming = async (source, imports) => {
		const res = await source;
		if (!res.headers.has(STAND_IN)) return instantiateStreaming(res, imports);
		const module = await compiled();
		return { module, instance: await wasm.instantiate(module, imports) };
	};
	scope.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
		if (urlOf(input) !== moduleUrl) return realFetch(input, init);
		compiled();
		// DuckDB reads it for its progress and hands it on to instantiateStreaming above.
		return new Response(null, {
			status: 200,
			headers: { 'content-type': 'application/wasm', [STAND_IN]: '1' }
		});
	};
}

/** Why the engine is unavailable when DuckDB's worker script cannot be loaded. */
export const SCRIPT_MISSING = "The query engine's script could not be loaded.";

/** The worker's source: the preamble, then DuckDB's worker script. */
export function engineWorkerSource(
	workerUrl: string,
	moduleUrl: string,
	partUrls: string[]
): string {
	const args = [JSON.stringify(moduleUrl), JSON.stringify(partUrls)].join(', ');
	// A script that cannot be loaded is said so in words (the browser's message names a method).
	const load = `try { importScripts(${JSON.stringify(workerUrl)}); } catch { throw new Error(${JSON.stringify(SCRIPT_MISSING)}); }`;
	return `(${installEngineModule.toString()})(self, ${args});\n${load}\n`;
}

/** Start DuckDB's worker with the module preamble; every URL is made absolute (a blob has no base). */
export function startEngineWorker(
	workerUrl: string,
	moduleUrl: string,
	partUrls: string[]
): Worker {
	const abs = (u: string) => new URL(u, location.href).href;
	const source = engineWorkerSource(abs(workerUrl), abs(moduleUrl), partUrls.map(abs));
	return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}
