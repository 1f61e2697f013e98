/**
 * Rows for a view: the prerendered rows while the view is in its default state, and the answer of
 * DuckDB-WASM once the user changes something. Pages hand in a function that returns the SQL for
 * the current state, or null for the default state.
 */
import { untrack } from 'svelte';
import { browserEngine } from './browserEngine';
import { engineStatus } from './status.svelte';

export interface LiveRows<T> {
	readonly rows: T[];
	/** A query for the current state is running (or waiting for the engine). */
	readonly pending: boolean;
	/** Why the last query failed, if it did. */
	readonly error: string | null;
}

export function liveRows<T>(initial: () => T[], sqlFor: () => string | null): LiveRows<T> {
	let rows = $state<T[]>(initial());
	let pending = $state(false);
	let error = $state<string | null>(null);
	let latest = 0;

	$effect(() => {
		const sql = sqlFor();
		const ticket = ++latest;
		if (sql === null) {
			rows = initial();
			pending = false;
			error = null;
			return;
		}
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
					rows = result;
					pending = false;
					error = null;
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
		get pending() {
			return pending;
		},
		get error() {
			return error;
		}
	};
}
