/**
 * A page's view state, kept in the URL. The prerendered HTML shows the defaults (prerendering
 * cannot read query strings); once the page mounts, the URL's parameters are read, invalid ones
 * are reported in `ignored`, and every change is written back with replaceState so reload and
 * share reproduce the view.
 */
import { afterNavigate, beforeNavigate, replaceState } from '$app/navigation';
import { onDestroy } from 'svelte';
import { page } from '$app/state';
import {
	acceptValue,
	parseParams,
	setValue,
	toSearch,
	type ParamSpecs,
	type ParamState
} from './params';
import { VERSION_PARAM, withVersion } from '$lib/data/versions';
import { markViewChanged } from '$lib/hydration/later';

/** A page's query string ("?…" or "") with the address's dataset version kept, if it has one. */
function keepVersion(search: string): string {
	const version = new URLSearchParams(window.location.search).get(VERSION_PARAM);
	return version === null ? search : `?${withVersion(search.replace(/^\?/, ''), version)}`;
}

export interface ViewState<S extends ParamSpecs> {
	/** Current values (reactive). */
	readonly values: ParamState<S>;
	/** Notes on parameters that were ignored. */
	readonly ignored: string[];
	/** True once the URL has been read (always false in the prerendered HTML). */
	readonly hydrated: boolean;
	/** True when every value is its default: the prerendered rows apply. */
	readonly isDefault: boolean;
	/** The query string (without "?") of the current state. */
	readonly search: string;
	set(changes: Partial<ParamState<S>>): void;
	/**
	 * A reader's choice from a control, as the control hands it over (a string, or null for the
	 * no-setting choice); a value the parameter does not allow is ignored.
	 */
	choose(key: keyof S & string, raw: string | null): void;
}

/** Every setting of `state` is its default: the prerendered rows stand for it. */
export function isDefaultState<S extends ParamSpecs>(specs: S, state: ParamState<S>): boolean {
	return (Object.keys(specs) as (keyof S)[]).every((k) => state[k] === specs[k].default);
}

export function defaults<S extends ParamSpecs>(specs: S): ParamState<S> {
	const out = {} as ParamState<S>;
	for (const key of Object.keys(specs) as (keyof S)[]) setValue(out, key, specs[key].default);
	return out;
}

export function viewState<S extends ParamSpecs>(specs: S): ViewState<S> {
	const values = $state<ParamState<S>>(defaults(specs));
	let ignored = $state<string[]>([]);
	let hydrated = $state(false);

	// afterNavigate (not onMount) runs once the router is ready, which replaceState needs, and
	// again when a link leads to the same page with other parameters.
	afterNavigate(() => {
		// A one-off read of the address, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const params = new URLSearchParams(window.location.search);
		// The dataset version is every page's setting, read by datasetPin, not by the page.
		params.delete(VERSION_PARAM);
		const parsed = parseParams(specs, params);
		Object.assign(values, parsed.state);
		ignored = parsed.ignored;
		hydrated = true;
		if (!isDefaultState(specs, values)) markViewChanged();
		// Drop the ignored parameters from the address bar so a shared link is clean.
		if (parsed.ignored.length) write();
	});

	// The address is written after the frame that shows the reader's choice: replacing the history
	// entry costs a few milliseconds the chart should have. Choices within one frame write once,
	// and a pending write is made before leaving the page (or dropped once the page is gone).
	let due = false;
	function flush() {
		if (!due) return;
		due = false;
		const { pathname, hash } = window.location;
		// The current page's own (already base-prefixed) path, so resolve() has nothing to add.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(pathname + keepVersion(toSearch(specs, values)) + hash, page.state);
	}
	function write() {
		if (due) return;
		due = true;
		requestAnimationFrame(() => setTimeout(flush));
	}
	beforeNavigate(flush);
	onDestroy(() => (due = false));

	return {
		values,
		get ignored() {
			return ignored;
		},
		get hydrated() {
			return hydrated;
		},
		get isDefault() {
			return isDefaultState(specs, values);
		},
		get search() {
			return toSearch(specs, values).replace(/^\?/, '');
		},
		set(changes) {
			Object.assign(values, changes);
			write();
		},
		choose(key, raw) {
			const value = acceptValue(specs[key], raw);
			if (value === undefined) return;
			setValue(values, key, value);
			write();
		}
	};
}
