// On a wide screen the browser reports the width a chart was prerendered at; nothing drawn from
// the width may then be computed again, or hydration redraws the whole chart for nothing
// (kit/boxWidth). Its own file: the module is not reloaded, so the runes here and there are one.
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { BoxWidth } from '$lib/charts/kit/boxWidth.svelte';

describe('BoxWidth', () => {
	it('lays nothing out again when the box reports the width the chart was prerendered at', () => {
		let report: ResizeObserverCallback = () => {};
		vi.stubGlobal(
			'ResizeObserver',
			class {
				constructor(callback: ResizeObserverCallback) {
					report = callback;
				}
				observe() {}
				unobserve() {}
			}
		);
		const box = {} as Element;
		const tell = (width: number) =>
			report(
				[{ target: box, contentRect: { width } } as unknown as ResizeObserverEntry],
				{} as ResizeObserver
			);
		const width = new BoxWidth(1120);
		let laidOut = 0;
		const drawn: number[] = [];
		const stop = $effect.root(() => {
			const layout = $derived.by(() => {
				laidOut++;
				return { width: width.current };
			});
			$effect(() => {
				drawn.push(layout.width);
			});
		});
		flushSync();
		width.observe(box);
		tell(1120);
		flushSync();
		expect(laidOut).toBe(1);
		// A narrower box does lay the chart out again.
		tell(600);
		flushSync();
		expect([laidOut, drawn]).toEqual([2, [1120, 600]]);
		stop();
		vi.unstubAllGlobals();
	});
});
