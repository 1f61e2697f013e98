import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { liveRows, sameState } from '$lib/engine/liveQuery.svelte';

// The engine is never asked here (every question is answered by the prerendered rows); its module
// reaches for SvelteKit's browser runtime, which needs a page.
vi.mock('$lib/engine/browserEngine', () => ({ browserEngine: {} }));

describe('sameState', () => {
	it('compares flat states by value', () => {
		expect(
			sameState({ colour: 'region', capability: null }, { colour: 'region', capability: null })
		).toBe(true);
		expect(sameState({ colour: 'region' }, { colour: 'survey' })).toBe(false);
		expect(sameState({ colour: 'region' }, { colour: 'region', sort: 'name' })).toBe(false);
		expect(sameState(null, null)).toBe(true);
		expect(sameState<{ a: string } | null>(null, { a: 'x' })).toBe(false);
	});
});

describe('liveRows', () => {
	it('keeps its answer when the same view is asked again, so nothing drawn from it is rebuilt', () => {
		const rows = [{ iso3: 'BRA' }];
		let asked = $state(0);
		let colour = $state('income');
		let built = 0;
		let seen: unknown;
		const stop = $effect.root(() => {
			// A fresh snapshot of the state on every ask, as liveView does.
			const live = liveRows(
				() => rows,
				() => {
					void asked;
					return { sql: null, state: { colour } };
				}
			);
			const model = $derived.by(() => {
				built++;
				return { rows: live.rows, state: live.state };
			});
			$effect(() => {
				seen = model.state;
			});
		});
		flushSync();
		const first = built;
		asked++; // e.g. the page hydrated: the same view asked again
		flushSync();
		expect(built).toBe(first);
		colour = 'region'; // a real change still reaches the chart
		flushSync();
		expect(built).toBe(first + 1);
		expect(seen).toEqual({ colour: 'region' });
		stop();
	});
});
