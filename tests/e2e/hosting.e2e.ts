// The build as static hosts take it: no file over their size limit, the engine's parts joining
// back into DuckDB's module, precompressed copies that decompress to the originals, and the
// server choosing them by Accept-Encoding.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, PART_COUNT } from '../../scripts/site/engine-parts.js';
import { COMPRESSIBLE } from '../../scripts/site/precompress.js';
import { site } from './harness';

const BUILDS = ['build', 'build-subpath'];

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]
	);
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A raw GET, so the test sees the bytes and headers as sent (fetch would decompress). */
function get(url: string, encoding: string) {
	return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
		(resolve, reject) => {
			http
				.get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c: Buffer) => chunks.push(c));
					res.on('end', () =>
						resolve({
							status: res.statusCode ?? 0,
							headers: res.headers,
							body: Buffer.concat(chunks)
						})
					);
				})
				.on('error', reject);
		}
	);
}

describe('a build every common static host takes', () => {
	for (const dir of BUILDS) {
		const files = filesUnder(dir);

		it(`${dir}: no file is over ${MAX_FILE_BYTES / 2 ** 20} MiB`, () => {
			const over = files.filter((f) => statSync(f).size > MAX_FILE_BYTES);
			expect(over).toEqual([]);
		});

		it(`${dir}: ships one engine, in ${PART_COUNT} parts that join into DuckDB's eh module`, () => {
			const wasm = files.filter((f) => f.endsWith('.wasm')).sort();
			expect(wasm.map((f) => f.replace(/.*\//, '').replace(/\.[\w-]+\.wasm$/, ''))).toEqual(
				Array.from({ length: PART_COUNT }, (_, i) => `duckdb-eh.${i + 1}`)
			);
			const joined = Buffer.concat(wasm.map((f) => readFileSync(f)));
			const original = readFileSync('node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
			expect(sha(joined)).toBe(sha(original));
		});

		it(`${dir}: every text and wasm file has .br and .gz copies of the same bytes`, () => {
			const compressible = files.filter((f) => COMPRESSIBLE.test(f) && statSync(f).size >= 1024);
			expect(compressible.length).toBeGreaterThan(100);
			const missing = compressible.filter(
				(f) => !files.includes(`${f}.br`) || !files.includes(`${f}.gz`)
			);
			expect(missing).toEqual([]);
			// Decompressing each is slow for the engine: check every page and the first engine part.
			const sample = compressible.filter((f) => f.endsWith('.html') || /duckdb-eh\.1\./.test(f));
			for (const f of sample) {
				const original = sha(readFileSync(f));
				expect(sha(brotliDecompressSync(readFileSync(`${f}.br`))), `${f}.br`).toBe(original);
				expect(sha(gunzipSync(readFileSync(`${f}.gz`))), `${f}.gz`).toBe(original);
			}
		});
	}
});

describe('the server sends the precompressed copies', () => {
	it('chooses brotli, then gzip, by Accept-Encoding, keeping the type', async () => {
		const page = readFileSync('build/about.html');
		const br = await get(site('/about'), 'gzip, deflate, br');
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers['content-type']).toMatch(/^text\/html/);
		expect(br.headers.vary).toMatch(/accept-encoding/i);
		expect(brotliDecompressSync(br.body).equals(page)).toBe(true);

		const gz = await get(site('/about'), 'gzip');
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).equals(page)).toBe(true);

		const plain = await get(site('/about'), 'identity');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.equals(page)).toBe(true);
	});

	it('sends the engine parts as wasm, compressed, and cacheable for good', async () => {
		const part = filesUnder('build').find((f) => /duckdb-eh\.1\.[\w-]+\.wasm$/.test(f))!;
		const res = await get(site(part.slice('build'.length)), 'br');
		expect(res.status).toBe(200);
		expect(res.headers['content-type']).toBe('application/wasm');
		expect(res.headers['content-encoding']).toBe('br');
		expect(res.headers['cache-control']).toContain('immutable');
		expect(res.body.length).toBeLessThan(statSync(part).size / 4);
	});
});
