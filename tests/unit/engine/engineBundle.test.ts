import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXCEPTIONS_PROBE, unsupportedReason } from '$lib/engine/engineBundle';

describe('unsupportedReason', () => {
	it('finds nothing missing where WebAssembly has exception handling (Node 20, like browsers since 2022)', () => {
		expect(unsupportedReason({ WebAssembly, Worker: class {} })).toBeNull();
	});

	it('says which part is missing, in order: WebAssembly, workers, exception handling', () => {
		expect(unsupportedReason({ Worker: class {} })).toMatch(/does not support WebAssembly/);
		expect(unsupportedReason({ WebAssembly })).toMatch(/does not support Web Workers/);
		const old = { ...WebAssembly, instantiate: WebAssembly.instantiate, validate: () => false };
		expect(unsupportedReason({ WebAssembly: old as typeof WebAssembly, Worker: class {} })).toMatch(
			/too old.*exception handling/
		);
	});

	it('decides without loading DuckDB: it is synchronous', () => {
		expect(unsupportedReason({ WebAssembly, Worker: class {} })).not.toBeInstanceOf(Promise);
	});
});

describe('EXCEPTIONS_PROBE', () => {
	it('is the probe DuckDB-WASM itself uses to pick its exception-handling build', () => {
		const duckdb = readFileSync('node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs', 'utf8');
		expect(duckdb).toContain(
			`WebAssembly.validate(new Uint8Array([${EXCEPTIONS_PROBE.join(',')}]))`
		);
	});

	it('is a valid module here (Node 20 has exception handling)', () => {
		expect(WebAssembly.validate(EXCEPTIONS_PROBE)).toBe(true);
	});
});
