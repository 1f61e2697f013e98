/**
 * Ask the service worker to keep the engine's files for the next visit, once the engine has
 * started (the worker checks they are this build's engine files; see cachePlan.ts). Without a
 * service worker (private windows, some embeds, a first visit before it installs) nothing happens.
 */
import type { StoreEngineMessage } from './cachePlan';

export function storeEngineForNextVisit(urls: string[]): void {
	const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
	if (!container) return;
	const message: StoreEngineMessage = {
		kind: 'store-engine',
		urls: urls.map((u) => new URL(u, location.href).href)
	};
	container.ready.then((registration) => registration.active?.postMessage(message)).catch(() => {});
}
