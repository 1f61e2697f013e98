// An {@html} block's markup is not built while hydration adopts the prerendered nodes, and is
// built on every other draw (hydration/adoptedMarkup).
import { describe, expect, it } from 'vitest';
import { ADOPTED, adoptedMarkup } from '$lib/hydration/adoptedMarkup';
import { adoptingPrerendered, adoptsPrerendered } from '$lib/hydration/later';

/** A markup block as a component keeps it, counting what it reads and builds. */
function block() {
	const counts = { read: 0, built: 0 };
	const draw = adoptedMarkup(
		() => counts.read++,
		() => `<rect data-n="${++counts.built}"/>`
	);
	return { draw, counts };
}

describe('adoptedMarkup', () => {
	it('skips building the first draw made while its part is hydrated, yet reads its inputs', () => {
		const { draw, counts } = block();
		expect(adoptingPrerendered(draw)).toBe(ADOPTED);
		expect(counts).toEqual({ read: 1, built: 0 });
		// The inputs change: the markup is built from then on.
		expect(draw()).toBe('<rect data-n="1"/>');
		expect(counts).toEqual({ read: 2, built: 1 });
	});

	it('builds a draw that is not an adoption: a mount, or a first draw after the part went live', () => {
		const mounted = block();
		expect(mounted.draw()).toBe('<rect data-n="1"/>');
		const late = block();
		adoptingPrerendered(() => {});
		expect(late.draw()).toBe('<rect data-n="1"/>');
	});

	it('adopts only the first draw, even if a later one is made while a part is hydrated', () => {
		const { draw } = block();
		expect(adoptingPrerendered(draw)).toBe(ADOPTED);
		expect(adoptingPrerendered(draw)).toBe('<rect data-n="1"/>');
	});

	it('stops adopting when a part fails while it is hydrated', () => {
		expect(() =>
			adoptingPrerendered(() => {
				throw new Error('part failed');
			})
		).toThrow('part failed');
		expect(adoptsPrerendered()).toBe(false);
	});
});
