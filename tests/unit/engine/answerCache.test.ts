import { describe, expect, it, vi } from 'vitest';
import { answerCache } from '$lib/engine/answerCache';
import { neighbourStates } from '$lib/live/prefetch';
import { coverageParams, type CoverageState } from '$lib/charts/coverage/view';

describe('kept answers', () => {
	it('asks the engine once per SQL, and again after a failure', async () => {
		let fail = true;
		const run = vi.fn(async (sql: string) => {
			if (sql === 'bad' && fail) throw new Error('no');
			return [sql];
		});
		const cache = answerCache(run);
		expect(await cache.answer('a')).toEqual(['a']);
		expect(await cache.answer('a')).toEqual(['a']);
		expect(run).toHaveBeenCalledTimes(1);
		await expect(cache.answer('bad')).rejects.toThrow('no');
		expect(cache.has('bad')).toBe(false);
		fail = false;
		expect(await cache.answer('bad')).toEqual(['bad']);
		expect(run).toHaveBeenCalledTimes(3);
	});

	it('shares an answer in flight, and forgets the least recently used beyond its limit', async () => {
		const run = vi.fn(async (sql: string) => sql);
		const cache = answerCache(run, 2);
		const [x, y] = [cache.answer('a'), cache.answer('a')];
		expect(x).toBe(y);
		await cache.answer('b');
		await cache.answer('a'); // a is now the most recent
		await cache.answer('c'); // b goes
		expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
	});

	it('gives an arrived answer at once, and nothing for one in flight or failed', async () => {
		let release: (rows: string[]) => void = () => {};
		const cache = answerCache((sql) =>
			sql === 'bad'
				? Promise.reject(new Error('broken table'))
				: new Promise<string[]>((resolve) => (release = resolve))
		);
		const asked = cache.answer('a');
		expect(cache.settled('a')).toBeUndefined(); // in flight: the view shows it as pending
		release(['row']);
		await asked;
		expect(cache.settled('a')).toEqual(['row']);
		await cache.prefetch('bad');
		expect(cache.settled('bad')).toBeUndefined();
		expect(cache.settled('never asked')).toBeUndefined();
	});

	it('forgets the arrived value of an answer it lets go', async () => {
		const cache = answerCache(async (sql) => sql, 2);
		await cache.answer('a');
		await cache.answer('b');
		await cache.answer('c'); // a goes
		expect([cache.settled('a'), cache.settled('b'), cache.settled('c')]).toEqual([
			undefined,
			'b',
			'c'
		]);
	});

	it('a prefetch never rejects', async () => {
		const cache = answerCache(async () => {
			throw new Error('broken table');
		});
		await expect(cache.prefetch('x')).resolves.toBeUndefined();
	});
});

describe('views one choice away', () => {
	it('changes one setting at a time, to each of its other values, "all" included', () => {
		const here: CoverageState = { sort: 'mnr', group: 'domain', domain: null };
		const next = neighbourStates(coverageParams, here);
		expect(next).toContainEqual({ sort: 'high', group: 'domain', domain: null });
		expect(next).toContainEqual({ sort: 'mnr', group: 'none', domain: null });
		expect(next).toContainEqual({ sort: 'mnr', group: 'domain', domain: '6' });
		// 2 other orders + 1 other grouping + 6 domains; never the view itself.
		expect(next).toHaveLength(9);
		expect(next).not.toContainEqual(here);
		const inDomain = neighbourStates(coverageParams, { ...here, domain: '2' });
		expect(inDomain).toContainEqual({ ...here, domain: null });
	});
});
