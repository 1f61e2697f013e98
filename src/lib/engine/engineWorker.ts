/**
 * The engine's worker. DuckDB-WASM's own worker script fetches one module URL; the module is
 * shipped in parts (scripts/site/engine-parts.js) because hosts refuse files over 25 MiB. So the
 * worker runs DuckDB's script after a small preamble that answers the fetch of that one URL with
 * the parts joined in order, as a stream: all parts download at once and the browser compiles
 * the module while it arrives (streaming compilation), with no copy of the whole module in memory.
 * The worker is created from a blob: URL; it inherits the page's Content-Security-Policy.
 */

/**
 * Runs inside the worker (serialised with toString(), so it must not use anything from outside
 * its own body): from now on, a fetch of `moduleUrl` is answered with `partUrls` joined in order.
 */
export function installPartsFetch(
	scope: { fetch: typeof fetch },
	moduleUrl: string,
	partUrls: string[]
): void {
	const realFetch = scope.fetch.bind(scope);
	scope.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = typeof input === 'string' ? input : 'url' in input ? input.url : input.href;
		if (url !== moduleUrl) return realFetch(input, init);
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
						const res = await parts[index];
						if (!res.ok || !res.body)
							throw new Error(
								`part ${index + 1} of ${parts.length} of the query engine could not be loaded (HTTP ${res.status})`
							);
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
}

/** The worker's source: the preamble, then DuckDB's worker script. */
export function engineWorkerSource(
	workerUrl: string,
	moduleUrl: string,
	partUrls: string[]
): string {
	const args = [JSON.stringify(moduleUrl), JSON.stringify(partUrls)].join(', ');
	return `(${installPartsFetch.toString()})(self, ${args});\nimportScripts(${JSON.stringify(workerUrl)});\n`;
}

/** Start DuckDB's worker with the parts preamble; every URL is made absolute (a blob has no base). */
export function startEngineWorker(
	workerUrl: string,
	moduleUrl: string,
	partUrls: string[]
): Worker {
	const abs = (u: string) => new URL(u, location.href).href;
	const source = engineWorkerSource(abs(workerUrl), abs(moduleUrl), partUrls.map(abs));
	return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}
