import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRATCH_DIR, SCRATCH_PATH, startBenchServer } from '../../../scripts/bench/_server.js';
import { precompress } from '../../../scripts/site/precompress.js';

/** The response's content-encoding and length for `url`, asking with `accept`. */
function encodingOf(url: string, accept: string) {
	return new Promise<{ encoding: string | undefined; length: number }>((resolve, reject) => {
		get(url, { headers: { 'accept-encoding': accept } }, (res) => {
			let length = 0;
			res.on('data', (chunk: Buffer) => (length += chunk.length));
			res.on('end', () => resolve({ encoding: res.headers['content-encoding'], length }));
		}).on('error', reject);
	});
}

describe('the bench server’s generated files', () => {
	it('are sent precompressed when a part wrote the copies, like the site’s pages', async () => {
		const site = mkdtempSync(join(tmpdir(), 'mnr-bench-site-'));
		const dir = join(SCRATCH_DIR, `test-${process.pid}`);
		mkdirSync(dir, { recursive: true });
		const page = '<!doctype html><p>A floor page.</p>\n'.repeat(200);
		writeFileSync(join(dir, 'page.html'), page);
		precompress(dir);
		const server = await startBenchServer({ dir: site });
		try {
			const url = `${server.origin}${SCRATCH_PATH}/test-${process.pid}/page.html`;
			const br = await encodingOf(url, 'br, gzip');
			expect(br.encoding).toBe('br');
			expect(br.length).toBeLessThan(page.length / 10);
			expect((await encodingOf(url, 'gzip')).encoding).toBe('gzip');
			expect(await encodingOf(url, 'identity')).toEqual({
				encoding: undefined,
				length: page.length
			});
		} finally {
			await server.close();
			rmSync(dir, { recursive: true, force: true });
			rmSync(site, { recursive: true, force: true });
		}
	});
});
