// The router's walk over every link (SvelteKit's after_navigate in setup_preload) is skipped on a
// page where no element asks for viewport or eager code preloading (scripts/site/preload-walk.js).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	guardPreloadWalk,
	preloadWalk,
	WALK_START,
	WALKED_MARKS
} from '../../../scripts/site/preload-walk.js';

const kitClient = join(
	dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json')),
	'src/runtime/client'
);
const client = readFileSync(join(kitClient, 'client.js'), 'utf8');

describe('the preload walk guard', () => {
	it("goes first in the installed SvelteKit's walk, once", () => {
		const patched = guardPreloadWalk(client);
		const guard = `if (!container.querySelector(${JSON.stringify(WALKED_MARKS)})) return;`;
		expect(patched.split(guard)).toHaveLength(2);
		const walk = patched.slice(patched.indexOf(WALK_START));
		// Nothing between the observer's reset and the guard; the walk itself follows it.
		expect(walk.slice(WALK_START.length).trimStart().startsWith(guard)).toBe(true);
		expect(walk.indexOf("container.querySelectorAll('a')")).toBeGreaterThan(walk.indexOf(guard));
	});

	it('looks for every value SvelteKit preloads on view or at once, and only those', async () => {
		const { PRELOAD_PRIORITIES } = await import(join(kitClient, 'constants.js'));
		const early = Object.entries(PRELOAD_PRIORITIES as Record<string, number>)
			.filter(([, level]) => level >= PRELOAD_PRIORITIES.viewport)
			.map(([value]) => `[data-sveltekit-preload-code="${value}"]`);
		expect(WALKED_MARKS.split(',').sort()).toEqual(early.sort());
	});

	it('stops the build, saying what to check, when the walk is not where it was', () => {
		expect(() => guardPreloadWalk(client.replace(WALK_START, 'function other() {\n'))).toThrow(
			/no longer starts its link walk/
		);
	});

	it("changes SvelteKit's client only, in the client build", () => {
		const plugin = preloadWalk();
		const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
		const id = join(kitClient, 'client.js');
		expect(transform(client, id)?.code).toContain(JSON.stringify(WALKED_MARKS));
		expect(transform(client, `${id}?v=1`)?.code).toContain(JSON.stringify(WALKED_MARKS));
		expect(transform(client, join(kitClient, 'utils.js'))).toBeNull();
		expect(transform(client, '/work/src/lib/client.js')).toBeNull();
		expect(plugin.apply).toBe('build');
	});
});
