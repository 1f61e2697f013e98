/**
 * The one way a chart page (or its embed) wires its URL state to its rows: the prerendered rows
 * stand for the default view (and any view with the same query), and also before hydration, so
 * the first paint needs no engine; any other view, once the URL has been read, is asked of
 * DuckDB-WASM. So is every view of a page
 * opened at an earlier dataset version (`?v=`): the prerendered rows are the current version's.
 */
import { datasetPin } from '$lib/data/datasetPin.svelte';
import type { ParamSpecs, ParamState } from '$lib/url/params';
import { defaults, isDefaultState, viewState, type ViewState } from '$lib/url/viewState.svelte';
import { liveRows, type LiveRows } from '$lib/engine/liveQuery.svelte';
import { engineStatus } from '$lib/engine/status.svelte';
import { browserEngine } from '$lib/engine/browserEngine';
import { fetchWhenIdle, neighbourStates } from './prefetch';

export function liveView<S extends ParamSpecs, T>(
	specs: S,
	prerendered: () => T[],
	sqlFor: (values: ParamState<S>) => string
): { view: ViewState<S>; live: LiveRows<T, ParamState<S>> } {
	const view = viewState(specs);
	// The prerendered rows answer every state whose query is the default state's: settings a chart
	// applies to its rows itself (the overview's sort, say) never need the engine. The default
	// state itself is answered without writing any query: that is every page load's first check,
	// inside hydration.
	const needsEngine = (state: ParamState<S>) =>
		datasetPin.needsEngine ||
		(!isDefaultState(specs, state) && sqlFor(state) !== sqlFor(defaults(specs)));
	const live = liveRows<T, ParamState<S>>(prerendered, () => {
		// A snapshot: the answer keeps the state that asked, whatever the reader picks next.
		const state = { ...view.values };
		return { sql: view.hydrated && needsEngine(state) ? sqlFor(state) : null, state };
	});
	// Once this view is shown and the engine is ready, the views one choice away are fetched while
	// the browser is idle; a change of view cancels the rest and starts from the new one.
	$effect(() => {
		if (!view.hydrated || live.pending || engineStatus.state !== 'ready') return;
		const here = { ...view.values };
		const sqls = neighbourStates(specs, here).filter(needsEngine).map(sqlFor);
		return fetchWhenIdle(sqls, browserEngine.prefetch);
	});
	return { view, live };
}

/**
 * Rows a page prerenders outside any setting (a capability's figures, a country's mentions): the
 * prerendered rows, or the engine's answer when the page shows an earlier dataset version.
 */
export function versionedRows<T>(prerendered: () => T[], sqlFor: () => string): LiveRows<T> {
	return liveRows<T>(prerendered, () => ({
		sql: datasetPin.needsEngine ? sqlFor() : null,
		state: null
	}));
}
