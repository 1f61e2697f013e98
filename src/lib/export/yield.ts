/**
 * Give the main thread back between steps of an export, so clicks, scrolling and the page's own
 * updates are handled while a large chart (e.g. the 42 × 21 heatmap) is processed.
 *
 * The export waits in the task queue like any other task (a zero-delay timer), not with
 * `scheduler.yield()`: that one resumes *ahead* of the page's queued tasks, so an export made of
 * many short slices still kept the page's timers and the engine's messages waiting until its
 * last slice, about 2 s for the heatmap.
 */
export function yieldToMain(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A time budget for a loop of many small steps: `pause()` hands the main thread back once the
 * steps since the last pause took `ms` or more, so no task grows long however fast or slow the
 * machine is (a fixed count of steps per slice is too many on a slow one).
 */
export function timeSlicer(ms = 40, now: () => number = () => performance.now()) {
	let start = now();
	return {
		async pause(): Promise<void> {
			if (now() - start < ms) return;
			await yieldToMain();
			start = now();
		}
	};
}
