/**
 * Give the main thread back between steps of an export, so clicks, scrolling and the page's own
 * updates are handled while a large chart (e.g. the 42 × 21 heatmap) is processed.
 */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
