// A Vite plugin: SvelteKit's router, as it starts and after every navigation, walks every link of
// the page to find those marked data-sveltekit-preload-code="viewport" or "eager" (preloaded as
// they scroll into view, or at once). For each link it parses the URL and reads six attributes on
// every ancestor. The explorer marks no link so, yet the walk runs inside the hydration task:
// timed in the page at CPU 4× it takes 7 ms on / (41 links), 10 ms on /capabilities (78) and 26 ms
// on /map (100). The plugin puts one native query (under 2 ms) in front of the walk: a page with
// neither mark on any element skips it, a page with one walks exactly as before.
//
// Patching a dependency's source is a last resort; this one is small and checked: the build stops
// if SvelteKit's code no longer has the line the patch expects, so an upgrade cannot drop it
// silently (tests/unit/build/preloadWalk.test.ts).

import { dependencyPatch } from './dependency-patch.js';

/** SvelteKit's client router, the only file the plugin changes. */
const CLIENT = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;

/** The start of the walk, as SvelteKit 2 writes it in setup_preload. */
export const WALK_START = 'function after_navigate() {\n\t\tobserver.disconnect();\n';

/** The marks the walk looks for, as one selector: the values SvelteKit's `levels` reads as
 * viewport and eager preloading. */
export const WALKED_MARKS =
	'[data-sveltekit-preload-code="viewport"],[data-sveltekit-preload-code="eager"]';

/**
 * @param {string} code SvelteKit's client.js
 * @returns {string} the same code, its link walk skipped on pages without either mark
 */
export function guardPreloadWalk(code) {
	if (!code.includes(WALK_START))
		throw new Error(
			"mnr:preload-walk: SvelteKit's client no longer starts its link walk as expected " +
				'(after_navigate in setup_preload). Check the walk in the new version and update ' +
				'scripts/site/preload-walk.js, or remove the plugin if the walk is gone.'
		);
	return code.replace(
		WALK_START,
		`${WALK_START}\t\tif (!container.querySelector(${JSON.stringify(WALKED_MARKS)})) return;\n`
	);
}

/** @returns {import('vite').Plugin} */
export function preloadWalk() {
	return dependencyPatch({
		name: 'mnr:preload-walk',
		matches: (id) => CLIENT.test(id.split('?')[0]),
		patch: guardPreloadWalk
	});
}
