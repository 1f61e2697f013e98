import { describe, expect, it } from 'vitest';
import {
	engineFilesToStore,
	isEngineFile,
	precacheList,
	strategyFor
} from '$lib/offline/cachePlan';

const build = [
	'/mnr/_app/immutable/entry/start.B1.js',
	'/mnr/_app/immutable/assets/0.C1.css',
	'/mnr/_app/immutable/assets/duckdb-eh.1.CCfn.wasm',
	'/mnr/_app/immutable/assets/duckdb-eh.2.CkX1.wasm',
	'/mnr/_app/immutable/assets/duckdb-browser-eh.worker.hQa-dcAV.js'
];
const files = [
	'/mnr/data/countries.parquet',
	'/mnr/data/countries.csv',
	'/mnr/data/manifest.json',
	'/mnr/data/v/5e20df2abaaf/countries.parquet'
];
const prerendered = ['/mnr/', '/mnr/map', '/mnr/countries/KEN', '/mnr/embed/coverage'];

describe('the service worker’s cache plan', () => {
	it('stores pages, scripts, styles and data on install; not the engine, embeds, CSV copies or earlier releases', () => {
		expect(precacheList({ build, files, prerendered })).toEqual([
			'/mnr/_app/immutable/entry/start.B1.js',
			'/mnr/_app/immutable/assets/0.C1.css',
			'/mnr/data/countries.parquet',
			'/mnr/data/manifest.json',
			'/mnr/',
			'/mnr/map',
			'/mnr/countries/KEN'
		]);
	});

	it('knows the engine’s files', () => {
		expect(build.filter(isEngineFile)).toEqual(build.slice(2));
	});

	it('answers hashed files from the cache first, pages and data from the network first', () => {
		expect(strategyFor('/mnr/_app/immutable/assets/duckdb-eh.1.CCfn.wasm', build)).toBe('engine');
		expect(strategyFor('/mnr/_app/immutable/entry/start.B1.js', build)).toBe('immutable');
		expect(strategyFor('/mnr/data/countries.parquet', build)).toBe('network');
		expect(strategyFor('/mnr/map', build)).toBe('network');
		// An engine file of another build is not this build's engine.
		expect(strategyFor('/mnr/_app/immutable/assets/duckdb-eh.1.OLD.wasm', build)).toBe('immutable');
	});

	describe('storing the engine a page names once it has started', () => {
		const origin = 'https://example.org';
		const store = (urls: unknown, kind = 'store-engine') =>
			engineFilesToStore({ kind, urls }, origin, build);

		it('stores this build’s engine files, as paths, once each', () => {
			expect(
				store([
					'https://example.org/mnr/_app/immutable/assets/duckdb-eh.1.CCfn.wasm',
					'/mnr/_app/immutable/assets/duckdb-eh.2.CkX1.wasm',
					'/mnr/_app/immutable/assets/duckdb-eh.2.CkX1.wasm',
					'https://example.org/mnr/_app/immutable/assets/duckdb-browser-eh.worker.hQa-dcAV.js'
				])
			).toEqual(build.slice(2));
		});

		it('refuses anything else: other sites, other files, an engine of another build, bad messages', () => {
			expect(
				store([
					'https://evil.example/mnr/_app/immutable/assets/duckdb-eh.1.CCfn.wasm',
					'/mnr/_app/immutable/entry/start.B1.js',
					'/mnr/data/countries.parquet',
					'/mnr/_app/immutable/assets/duckdb-eh.1.OLD.wasm',
					'http://[::1',
					42
				])
			).toEqual([]);
			expect(store(['/mnr/_app/immutable/assets/duckdb-eh.1.CCfn.wasm'], 'other')).toEqual([]);
			expect(store('/mnr/_app/immutable/assets/duckdb-eh.1.CCfn.wasm')).toEqual([]);
			expect(engineFilesToStore(null, origin, build)).toEqual([]);
		});
	});
});
