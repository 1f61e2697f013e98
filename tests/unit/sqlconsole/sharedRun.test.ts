import { describe, expect, it } from 'vitest';
import {
	queryFingerprint,
	rememberShared,
	runsOnOpen,
	type KeyValueStore
} from '$lib/sqlconsole/sharedRun';

function memory(): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}
const origin = 'https://explorer.example';
const sql = 'SELECT count(*) FROM countries';

describe('runsOnOpen', () => {
	it('runs a linked query when the reader came from the explorer itself', () => {
		expect(runsOnOpen(sql, { referrer: `${origin}/about`, origin, store: memory() })).toBe(true);
	});

	it('asks first when the link came from another site, or from nowhere (pasted, mail)', () => {
		for (const referrer of ['', 'https://evil.example/page', 'not a url'])
			expect(runsOnOpen(sql, { referrer, origin, store: memory() })).toBe(false);
	});

	it('runs a link this browser copied with the console, and only that query', () => {
		const store = memory();
		rememberShared(sql, store);
		expect(runsOnOpen(sql, { referrer: '', origin, store })).toBe(true);
		expect(runsOnOpen(sql + ' ', { referrer: '', origin, store })).toBe(false);
		// The store holds fingerprints, never the query text.
		expect([...store.data.values()].join()).not.toContain('countries');
	});

	it('survives a damaged or refused store', () => {
		const store = memory();
		store.data.set('mnr-explorer:shared-queries', '{not json');
		expect(runsOnOpen(sql, { referrer: '', origin, store })).toBe(false);
		const refusing: KeyValueStore = {
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		expect(() => rememberShared(sql, refusing)).not.toThrow();
		expect(runsOnOpen(sql, { referrer: '', origin, store: null })).toBe(false);
	});

	it('forgets the oldest after fifty', () => {
		const store = memory();
		for (let i = 0; i < 51; i++) rememberShared(`SELECT ${i}`, store);
		expect(runsOnOpen('SELECT 0', { referrer: '', origin, store })).toBe(false);
		expect(runsOnOpen('SELECT 50', { referrer: '', origin, store })).toBe(true);
	});
});

describe('queryFingerprint', () => {
	it('differs for different queries and is stable', () => {
		expect(queryFingerprint('SELECT 1')).toBe(queryFingerprint('SELECT 1'));
		expect(queryFingerprint('SELECT 1')).not.toBe(queryFingerprint('SELECT 2'));
	});
});
