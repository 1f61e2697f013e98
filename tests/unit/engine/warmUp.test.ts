// The engine's warm-up query (src/lib/engine/warmUp.ts) must run on every dataset the explorer
// opens: today's, and each earlier release a `?v=` link loads. A query that fails is swallowed by
// the engine's start, so only this test would notice that it no longer compiles anything.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WARM_UP } from '../../../src/lib/engine/warmUp';
import { parquetEngine } from '../../../src/lib/server/nodeEngine';
import { archivedVersions, readRelease, RELEASES_DIR } from '../../../scripts/data/releases';
import { writeDataset } from '../../../scripts/data/write';
import { query } from '../fixture/dataset';

describe('the engine warm-up query', () => {
	it('runs on the current dataset and reads rows of both of its halves', async () => {
		const rows = await query<{ others: number | null }>(WARM_UP);
		// The grid (21 capabilities × the HIC and LMIC countries, with a count of figures), then
		// a row per indicator (with none): a query that reads nothing would compile nothing.
		const grid = rows.filter((r) => r.others !== null);
		expect(grid.length).toBeGreaterThan(0);
		expect(grid.length % 21).toBe(0);
		expect(rows.length).toBeGreaterThan(grid.length);
	});

	it.each(archivedVersions())('runs on the archived release %s', async (version) => {
		const dir = mkdtempSync(join(tmpdir(), 'mnr-warm-'));
		try {
			writeDataset(readRelease(join(RELEASES_DIR, version)), dir, version);
			const rows = await parquetEngine(dir).query(WARM_UP);
			expect(rows.length).toBeGreaterThan(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
