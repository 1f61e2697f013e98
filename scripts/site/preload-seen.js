// A Vite plugin: before a page script or a lazy chunk is imported, Vite's preload helper adds a
// <link rel=modulepreload> for each script it needs that the page does not link yet. To know which
// the page links, it compares each needed file with every <link> of the page, reading each link's
// resolved address: on a page with ~100 links (SvelteKit writes one per script the page starts
// with), SvelteKit's start asks for 10, 20 and up to 44 scripts in turn, and the comparisons take
// 5–35 ms of the page's start task at CPU 4× (timed in the page). Every one of them is found: the
// page already links what it starts with.
// The plugin has the helper note the page's links once, on its first call, as files already seen,
// and compare with no link after that: a file the page links is found in one lookup, and one it
// does not is linked without reading the page's links again (the engine's start asks for a dozen
// such files). Links the helper adds itself are noted as before; a link another script adds later
// is not, and at worst is added a second time, which fetches nothing again.
//
// Patching a dependency's source is a last resort; this one is small and checked: the build stops
// if Vite's helper no longer has the lines the patch expects (tests/unit/build/preloadSeen.test.ts).

import { dependencyPatch } from './dependency-patch.js';

/** Vite's virtual module for the helper, the only module the plugin changes. */
const HELPER = '\0vite/preload-helper.js';

/** Where the helper keeps the files it has seen (a module-level object). */
export const SEEN = 'const seen = {};';

/** Where the helper takes the page's links, in each call. */
export const LINKS = 'const links = document.getElementsByTagName("link");';

/**
 * In place of LINKS: on the first call, each link of the page noted as the helper's comparison
 * would match it (a stylesheet needs rel=stylesheet; any other file any link with its address);
 * then no links left to compare with.
 */
export const NOTE_LINKS =
	'if (!linksSeen) { linksSeen = true; for (const l of document.getElementsByTagName("link")) ' +
	'if (l.rel === "stylesheet" || !l.href.endsWith(".css")) seen[l.href] = true; } ' +
	'const links = [];';

/**
 * @param {string} code Vite's preload helper
 * @returns {string} the same helper, which notes the page's links once and compares no more
 */
export function noteLinksOnce(code) {
	if (code.split(SEEN).length !== 2 || code.split(LINKS).length !== 2)
		throw new Error(
			"mnr:preload-seen: Vite's preload helper no longer keeps seen files and reads the page's " +
				'links as expected. Check the helper in the new version and update ' +
				'scripts/site/preload-seen.js, or remove the plugin if the helper no longer compares ' +
				'every link.'
		);
	return code.replace(SEEN, `${SEEN}let linksSeen = false;`).replace(LINKS, NOTE_LINKS);
}

/** @returns {import('vite').Plugin} */
export function preloadSeen() {
	return dependencyPatch({
		name: 'mnr:preload-seen',
		matches: (id) => id === HELPER,
		patch: noteLinksOnce
	});
}
