// Split DuckDB-WASM's engine into parts every common static host accepts (Cloudflare Pages refuses
// files over 25 MiB; the engine is ~33 MiB). The browser joins them back into one module while it
// compiles it (src/lib/engine/engineWorker.ts). Only the "eh" build ships: browsers without
// WebAssembly exception handling (before 2022) get the prerendered views, which need no engine.
// Writes .engine/duckdb-eh.<i>.wasm, imported by the app with `?url` so Vite hashes and emits them.
// usage: node scripts/site/engine-parts.js
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The largest file a common static host accepts (Cloudflare Pages: 25 MiB). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** How many parts the app imports (src/lib/engine/engineBundle.ts names each). */
export const PART_COUNT = 2;
export const PARTS_DIR = '.engine';
const SOURCE = 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm';

/** @param {number} i 1-based */
export const partPath = (i) => resolve(PARTS_DIR, `duckdb-eh.${i}.wasm`);

/**
 * Split `bytes` into PART_COUNT nearly equal parts, or say why it cannot be done within the limit.
 * @param {Uint8Array} bytes
 * @returns {Uint8Array[]}
 */
export function splitEngine(bytes) {
	const size = Math.ceil(bytes.length / PART_COUNT);
	if (size > MAX_FILE_BYTES)
		throw new Error(
			`The engine (${bytes.length} bytes) no longer fits in ${PART_COUNT} parts of at most ${MAX_FILE_BYTES} bytes: raise PART_COUNT and import the new part in src/lib/engine/engineBundle.ts.`
		);
	return Array.from({ length: PART_COUNT }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
}

/** Write the parts unless they already hold this engine (a stamp records the source's hash). */
export function writeEngineParts() {
	const bytes = readFileSync(SOURCE);
	const hash = createHash('sha256').update(bytes).digest('hex');
	const stamp = resolve(PARTS_DIR, 'source.sha256');
	const parts = Array.from({ length: PART_COUNT }, (_, i) => partPath(i + 1));
	if (
		existsSync(stamp) &&
		readFileSync(stamp, 'utf8') === hash &&
		parts.every((p) => existsSync(p))
	)
		return;
	mkdirSync(PARTS_DIR, { recursive: true });
	splitEngine(bytes).forEach((part, i) => writeFileSync(parts[i], part));
	writeFileSync(stamp, hash);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeEngineParts();
