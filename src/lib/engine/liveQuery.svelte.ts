/**
 * Rows for a view: the prerendered rows while the view is in its default state, and the answer of
 * DuckDB-WASM once the user changes something. Pages hand in a function that returns the SQL for
 * the current state (or null for the default state) together with that state, and every answer
 * carries the state that asked for it: while a new query runs the page still holds the previous
 * answer, and draws it with its own state, never with the one still being asked.
 */
import { untrack } from 'svelte';
import { browserEngine } from './browserEngine';
import { engineStatus } from './status.svelte';

/** What a view asks: its SQL (null: the prerendered rows stand for it) and the state behind it. */
export interface Question<Q> {
	sql: string | null;
	state: Q;
}

export interface LiveRows<T, Q = null> {
	readonly rows: T[];
	/** The state these rows answer (not necessarily the state being asked now). */
	readonly state: Q;
	/** A query for the current state is running (or waiting for the engine). */
	readonly pending: boolean;
	/** Why the last query failed, if it did. */
	readonly error: string | null;
}

export function liveRows<T, Q = null>(initial: () => T[], ask: () => Question<Q>): LiveRows<T, Q> {
	// Raw: answers are replaced whole, never edited, so deep proxies would only cost time. A
	// proxied answer made Svelte wrap every field of every row in its own signal on each change,
	// the largest part of a sort's frame.
	let rows = $state.raw<T[]>(initial());
	let answered = $state.raw<Q>(untrack(ask).state);
	let pending = $state(false);
	let error = $state<string | null>(null);
	let latest = 0;

	function show(answer: T[], state: Q) {
		rows = answer;
		// The state is asked as a fresh snapshot each time (on hydration, when the URL is read, on
		// every change), so the same view would otherwise count as a new answer and rebuild the
		// chart's model, meta and markup for nothing: twice on every chart page's hydration.
		if (!sameState(answered, state)) answered = state;
		pending = false;
		error = null;
	}

	$effect(() => {
		const { sql, state } = ask();
		const ticket = ++latest;
		if (sql === null) return show(initial(), state);
		// An answer already here (fetched ahead while idle, or seen before) is drawn in this same
		// update, so the reader's choice costs one frame, not a "pending" frame and then another.
		const kept = untrack(() => browserEngine.settled<T>(sql));
		if (kept) return show(kept, state);
		pending = true;
		// untrack: counting must not make this effect depend on the counter (it would re-run,
		// re-query and count again, forever).
		untrack(() => engineStatus.pending++);
		const settled = () => engineStatus.pending--;
		browserEngine
			.query<T>(sql)
			.finally(settled)
			.then(
				(result) => {
					if (ticket !== latest) return; // a newer state has been asked for
					show(result, state);
				},
				(e: Error) => {
					if (ticket !== latest) return;
					pending = false;
					error = engineStatus.state === 'failed' ? engineStatus.message : e.message;
				}
			);
	});

	return {
		get rows() {
			return rows;
		},
		get state() {
			return answered;
		},
		get pending() {
			return pending;
		},
		get error() {
			return error;
		}
	};
}

/** Whether two states hold the same values (states are flat records of settings, or null). */
export function sameState<Q>(a: Q, b: Q): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	return keys.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}
