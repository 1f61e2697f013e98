// Precompressed copies of every text and wasm file of the build (`file.br`, `file.gz`), for hosts
// that serve them by Accept-Encoding (scripts/serve.js, nginx's gzip_static/brotli_static). Hosts
// that compress on their own (Netlify, Cloudflare Pages, GitHub Pages) ignore them. Brotli at its
// highest quality takes minutes on the engine's module, so results are cached by content hash in
// node_modules/.cache: a rebuild, or the sub-path build, compresses only what changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files worth compressing: text and wasm (Parquet and images are compressed already). */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|txt|csv|wasm)$/;
/** Below this, a compressed copy saves less than a round trip's headers. */
const MIN_BYTES = 1024;
const CACHE = join('node_modules', '.cache', 'mnr-precompress');

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]
	);
}

/** @param {Buffer} bytes */
const brotli = (bytes) =>
	brotliCompressSync(bytes, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
			[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
		}
	});
/** @param {Buffer} bytes */
const gzip = (bytes) => gzipSync(bytes, { level: 9 });

/**
 * @param {Buffer} bytes
 * @param {'br' | 'gz'} kind
 */
function compressed(bytes, kind) {
	const key = join(CACHE, `${createHash('sha256').update(bytes).digest('hex')}.${kind}`);
	if (existsSync(key)) return readFileSync(key);
	const out = kind === 'br' ? brotli(bytes) : gzip(bytes);
	mkdirSync(CACHE, { recursive: true });
	writeFileSync(key, out);
	return out;
}

/**
 * Write `.br` and `.gz` beside every compressible file in `dir`; returns how many files got them.
 * @param {string} dir
 */
export function precompress(dir) {
	let count = 0;
	for (const file of filesUnder(dir)) {
		if (!COMPRESSIBLE.test(file) || statSync(file).size < MIN_BYTES) continue;
		const bytes = readFileSync(file);
		for (const kind of /** @type {const} */ (['br', 'gz']))
			writeFileSync(`${file}.${kind}`, compressed(bytes, kind));
		count++;
	}
	return count;
}
