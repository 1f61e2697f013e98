import { describe, expect, it, vi } from 'vitest';
import { Int32, Int64, Utf8 } from 'apache-arrow';
import {
	QueryRunner,
	type BatchLike,
	type ReaderLike,
	type SendingConnection
} from '../../../src/lib/sqlconsole/run';

const fields = [
	{ name: 'iso3', type: new Utf8() },
	{ name: 'n', type: new Int64() },
	{ name: 'n', type: new Int32() }
];

function batch(rows: [string, bigint, number][]): BatchLike {
	return {
		numRows: rows.length,
		schema: { fields },
		getChildAt: (c) => ({ get: (r) => rows[r]?.[c] ?? null })
	};
}

function reader(batches: BatchLike[], pauseMs = 0): ReaderLike {
	return {
		schema: { fields },
		async *[Symbol.asyncIterator]() {
			for (const b of batches) {
				if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
				yield b;
			}
		}
	};
}

/** A connection whose query stays pending until cancelled, like DuckDB busy in its worker. */
function hangingConnection() {
	let rejectPending: (e: Error) => void = () => {};
	const conn: SendingConnection = {
		send: () => new Promise((_, reject) => (rejectPending = reject)),
		cancelSent: vi.fn(async () => {
			rejectPending(new Error('INTERRUPT Error: Interrupted!'));
			return true;
		})
	};
	return conn;
}

describe('QueryRunner', () => {
	it('collects every batch, keeps repeated column names, and converts 64-bit integers', async () => {
		const conn: SendingConnection = {
			send: async () =>
				reader([
					batch([
						['ALB', 3n, 1],
						['AUS', 12n, 2]
					]),
					batch([['BEL', 5n, 3]])
				]),
			cancelSent: async () => true
		};
		const outcome = await new QueryRunner(conn).run('SELECT …');
		expect(outcome.kind).toBe('done');
		if (outcome.kind !== 'done') return;
		expect(outcome.result.columns.map((c) => c.name)).toEqual(['iso3', 'n', 'n']);
		expect(outcome.result.rows).toEqual([
			['ALB', 3, 1],
			['AUS', 12, 2],
			['BEL', 5, 3]
		]);
		expect(outcome.result.total).toBe(3);
	});

	it('keeps at most the keep limit but counts every row', async () => {
		const rows = Array.from(
			{ length: 10 },
			(_, i) => ['X', BigInt(i), i] as [string, bigint, number]
		);
		const conn: SendingConnection = {
			send: async () => reader([batch(rows.slice(0, 6)), batch(rows.slice(6))]),
			cancelSent: async () => true
		};
		const outcome = await new QueryRunner(conn, { keepLimit: 4 }).run('…');
		if (outcome.kind !== 'done') throw new Error(outcome.kind);
		expect(outcome.result.rows).toHaveLength(4);
		expect(outcome.result.total).toBe(10);
	});

	it('reports the engine error message', async () => {
		const conn: SendingConnection = {
			send: async () => {
				throw new Error('Parser Error: syntax error at or near "SELEC"');
			},
			cancelSent: async () => true
		};
		const outcome = await new QueryRunner(conn).run('SELEC 1');
		expect(outcome).toMatchObject({
			kind: 'error',
			message: expect.stringContaining('Parser Error')
		});
	});

	it('stops at once when asked, and cancels the query in the engine', async () => {
		const conn = hangingConnection();
		const runner = new QueryRunner(conn);
		const controller = new AbortController();
		const pending = runner.run('SELECT count(*) FROM range(1e12)', controller.signal);
		setTimeout(() => controller.abort(), 20);
		const outcome = await pending;
		expect(outcome).toMatchObject({ kind: 'stopped', reason: 'user' });
		expect(conn.cancelSent).toHaveBeenCalledOnce();
	});

	it('stops a query that runs past the time limit', async () => {
		const conn = hangingConnection();
		const started = Date.now();
		const outcome = await new QueryRunner(conn, { timeLimitMs: 50 }).run('…');
		expect(outcome).toMatchObject({ kind: 'stopped', reason: 'time' });
		expect(Date.now() - started).toBeLessThan(1000);
		expect(conn.cancelSent).toHaveBeenCalledOnce();
	});

	it('stops while the result is still streaming', async () => {
		const many = Array.from({ length: 100 }, () => batch([['X', 1n, 1]]));
		const conn: SendingConnection = {
			send: async () => reader(many, 5),
			cancelSent: vi.fn(async () => true)
		};
		const outcome = await new QueryRunner(conn, { timeLimitMs: 40 }).run('…');
		expect(outcome).toMatchObject({ kind: 'stopped', reason: 'time' });
	});

	it('runs the next query once the stopped one has let go of the connection', async () => {
		const conn = hangingConnection();
		const runner = new QueryRunner(conn, { timeLimitMs: 30 });
		await runner.run('first');
		conn.send = async () => reader([batch([['ALB', 1n, 1]])]);
		const outcome = await runner.run('second');
		expect(outcome.kind).toBe('done');
	});
});
