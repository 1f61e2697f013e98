/**
 * The one way a chart page (or its embed) wires its URL state to its rows: the prerendered rows
 * stand for the default view, and also before hydration, so the first paint needs no engine;
 * any other view, once the URL has been read, is asked of DuckDB-WASM.
 */
import type { ParamSpecs, ParamState } from '$lib/url/params';
import { viewState, type ViewState } from '$lib/url/viewState.svelte';
import { liveRows, type LiveRows } from './liveQuery.svelte';

export function liveView<S extends ParamSpecs, T>(
	specs: S,
	prerendered: () => T[],
	sqlFor: (values: ParamState<S>) => string
): { view: ViewState<S>; live: LiveRows<T> } {
	const view = viewState(specs);
	const live = liveRows<T>(prerendered, () =>
		view.hydrated && !view.isDefault ? sqlFor(view.values) : null
	);
	return { view, live };
}
