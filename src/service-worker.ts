/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Makes a second visit work offline and start its engine from disk. On install it stores this
 * build's pages, scripts, styles and data files (not when the browser asks to save data); the
 * engine (5–8 MB) is stored the first time a page uses it. Scripts and the engine have hashed,
 * never-changing names and are served from the cache first; pages and data files are asked of the
 * network first, so a reader online always sees the current version, and the cache answers when
 * the network does not. Only this site's own requests are handled.
 */
import { build, files, prerendered, version } from '$service-worker';
import { savesData } from '$lib/engine/dataPlan';
import { engineFilesToStore, precacheList, strategyFor } from '$lib/offline/cachePlan';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SITE = `mnr-site-${version}`;
/** Outlives versions: the engine changes only when DuckDB-WASM does, and its names say so. */
const ENGINE = 'mnr-engine';

sw.addEventListener('install', (event) => {
	const light = savesData(sw.navigator as { connection?: object });
	event.waitUntil(
		caches
			.open(SITE)
			.then((cache) => cache.addAll(light ? [] : precacheList({ build, files, prerendered })))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith('mnr-site-') && key !== SITE) await caches.delete(key);
			// Engine files of an older build are no longer asked for.
			const engine = await caches.open(ENGINE);
			const current = new Set(build);
			for (const request of await engine.keys())
				if (!current.has(new URL(request.url).pathname)) await engine.delete(request);
			await sw.clients.claim();
		})()
	);
});

async function cacheFirst(request: Request, cacheName: string): Promise<Response> {
	const cached = await caches.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) (await caches.open(cacheName)).put(request, response.clone());
	return response;
}

async function networkFirst(request: Request): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok) (await caches.open(SITE)).put(request, response.clone());
		return response;
	} catch (error) {
		// A page's query string is view state, read by the page itself: the stored page serves it.
		const cached = await caches.match(request, { ignoreSearch: true });
		if (cached) return cached;
		throw error;
	}
}

// A page's first engine usually starts before this worker controls the page (installing stores the
// whole site first), so its files never pass through the fetch handler below. The page then names
// them once its engine is ready, and they are stored here: mostly from the browser's HTTP cache,
// which has just received them.
sw.addEventListener('message', (event) => {
	const paths = engineFilesToStore(event.data, sw.location.origin, build);
	if (!paths.length) return;
	event.waitUntil(
		(async () => {
			const cache = await caches.open(ENGINE);
			for (const path of paths)
				if (!(await cache.match(path))) await cache.add(path).catch(() => {});
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	const strategy = strategyFor(url.pathname, build);
	event.respondWith(
		strategy === 'engine'
			? cacheFirst(request, ENGINE)
			: strategy === 'immutable'
				? cacheFirst(request, SITE)
				: networkFirst(request)
	);
});
