import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Later = typeof import('$lib/hydration/later');

// The module holds the document's hydration state: each test starts from a fresh copy.
async function fresh(): Promise<Later> {
	vi.resetModules();
	return import('$lib/hydration/later');
}

describe('hydration in parts', () => {
	let html: { dataset: Record<string, string> };
	beforeEach(() => {
		vi.useFakeTimers();
		html = { dataset: {} };
		vi.stubGlobal('document', { documentElement: html });
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('renders each part live in a task of its own, in the order they were queued', async () => {
		vi.useRealTimers();
		const later = await fresh();
		const live: string[] = [];
		// A microtask queued by a part runs before the next part only if that part is a new task.
		const part = (name: string) => () => {
			live.push(name);
			queueMicrotask(() => live.push(`end of ${name}'s task`));
		};
		later.goLiveLater(part('controls'));
		later.goLiveLater(part('actions'));
		later.markHydrated();
		expect(live).toEqual([]);
		await vi.waitFor(() => expect(html.dataset.hydrated).toBe(''));
		expect(live).toEqual([
			'controls',
			"end of controls's task",
			'actions',
			"end of actions's task"
		]);
	});

	it('marks <html data-hydrated> only when the layout has mounted and every part is live', async () => {
		const later = await fresh();
		later.goLiveLater(() => {});
		later.goLiveLater(() => {});
		expect(html.dataset.hydrated).toBeUndefined();
		later.markHydrated();
		expect(html.dataset.hydrated).toBeUndefined();
		await vi.runAllTimersAsync();
		expect(html.dataset.hydrated).toBe('');
	});

	it('marks a page with no parts hydrated as soon as the layout mounts', async () => {
		const later = await fresh();
		expect(later.isHydrating()).toBe(true);
		later.markHydrated();
		expect(later.isHydrating()).toBe(false);
		expect(html.dataset.hydrated).toBe('');
	});

	it('skips a part removed before its turn and still brings the next one live', async () => {
		const later = await fresh();
		const live: string[] = [];
		const cancel = later.goLiveLater(() => live.push('gone'));
		later.goLiveLater(() => live.push('kept'));
		later.markHydrated();
		cancel();
		await vi.runAllTimersAsync();
		expect(live).toEqual(['kept']);
		expect(html.dataset.hydrated).toBe('');
	});

	it('brings the next part live when one fails, and still marks the page hydrated', async () => {
		const later = await fresh();
		const live: string[] = [];
		later.goLiveLater(() => {
			throw new Error('part failed');
		});
		later.goLiveLater(() => live.push('next'));
		later.markHydrated();
		await expect(vi.advanceTimersToNextTimerAsync()).rejects.toThrow('part failed');
		await vi.runAllTimersAsync();
		expect(live).toEqual(['next']);
		expect(html.dataset.hydrated).toBe('');
	});
	it('hydrates a part inside a part in a task of its own, after the outer one, before the page counts as hydrated', async () => {
		vi.useRealTimers();
		const later = await fresh();
		const live: string[] = [];
		expect(later.onPrerendered()).toBe(true);
		later.goLiveLater(() =>
			later.adoptingPrerendered(() => {
				live.push('frame');
				// The chart, created while its frame adopts its markup, waits for a task of its own.
				expect(later.onPrerendered()).toBe(true);
				later.goLiveLater(() => live.push('chart'));
				queueMicrotask(() => live.push("end of frame's task"));
			})
		);
		later.markHydrated();
		// Outside any part, once the page has hydrated, a new part is drawn at once.
		expect(later.onPrerendered()).toBe(false);
		await vi.waitFor(() => expect(html.dataset.hydrated).toBe(''));
		expect(live).toEqual(['frame', "end of frame's task", 'chart']);
	});

	it('lets parts adopt their markup only while the page shows the prerendered view', async () => {
		const later = await fresh();
		expect(later.canAdoptPrerendered()).toBe(true);
		// A view read from the address while the page hydrates: the parts are drawn afresh.
		later.markViewChanged();
		expect(later.canAdoptPrerendered()).toBe(false);
		// A view chosen once the page and its parts are live changes nothing for parts to come.
		const settled = await fresh();
		settled.markHydrated();
		settled.markViewChanged();
		expect(settled.canAdoptPrerendered()).toBe(true);
	});
});
