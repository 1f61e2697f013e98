/**
 * A value that follows its source one frame late while it is out of sight: a reader's choice is
 * painted first, and what they cannot see (a closed table alternative, say) catches up right
 * after. While `visible` is true it follows at once, so nothing on screen is ever stale.
 */
import { untrack } from 'svelte';

export function afterPaint<T>(source: () => T, visible: () => boolean): { readonly value: T } {
	let value = $state.raw<T>(untrack(source));
	$effect(() => {
		const next = source();
		if (visible()) {
			value = next;
			return;
		}
		let timer: ReturnType<typeof setTimeout> | undefined;
		// After the next frame's paint: a task queued from requestAnimationFrame runs once it is done.
		const frame = requestAnimationFrame(() => (timer = setTimeout(() => (value = next))));
		return () => {
			cancelAnimationFrame(frame);
			clearTimeout(timer);
		};
	});
	return {
		get value() {
			return value;
		}
	};
}
