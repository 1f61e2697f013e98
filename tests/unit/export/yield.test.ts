import { afterEach, describe, expect, it } from 'vitest';
import { timeSlicer, yieldToMain } from '$lib/export/yield';

const g = globalThis as { scheduler?: unknown };

describe('yieldToMain', () => {
	afterEach(() => {
		delete g.scheduler;
	});

	it("lets the page's waiting tasks run before the export goes on", async () => {
		// A browser's scheduler.yield() resumes ahead of queued tasks; the export must not use it.
		g.scheduler = { yield: () => Promise.resolve() };
		let timerRan = false;
		setTimeout(() => (timerRan = true), 0);
		await yieldToMain();
		expect(timerRan).toBe(true);
	});
});

describe('timeSlicer', () => {
	it('hands the thread back only once the budget is spent, then starts a new one', async () => {
		let clock = 0;
		const slicer = timeSlicer(40, () => clock);
		const order: string[] = [];
		setTimeout(() => order.push('page task'), 0);
		clock = 39;
		await slicer.pause();
		order.push('step at 39 ms');
		clock = 40;
		await slicer.pause();
		order.push('step at 40 ms');
		expect(order).toEqual(['step at 39 ms', 'page task', 'step at 40 ms']);
		// The budget restarts after the pause: 79 ms is only 39 ms into the new one.
		setTimeout(() => order.push('second page task'), 0);
		clock = 79;
		await slicer.pause();
		order.push('step at 79 ms');
		expect(order.at(-1)).toBe('step at 79 ms');
		expect(order).not.toContain('second page task');
	});
});
