// Vite's preload helper notes the page's links once instead of comparing each needed script with
// every link (scripts/site/preload-seen.js).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	LINKS,
	NOTE_LINKS,
	noteLinksOnce,
	preloadSeen,
	SEEN
} from '../../../scripts/site/preload-seen.js';

// The helper's code as Vite writes it: a template around preload.toString(), in Vite's build.
const vite = readFileSync(
	join(
		dirname(createRequire(import.meta.url).resolve('vite/package.json')),
		'dist/node/chunks/config.js'
	),
	'utf8'
);
const template = vite.slice(vite.indexOf('function getPreloadCode('));
const preload = vite.slice(vite.indexOf('function preload(baseModule, deps, importerUrl) {'));
const helper = `${template.slice(0, template.indexOf('\n}\n'))}\n${preload.slice(0, preload.indexOf('\n}\n'))}`;

describe("the preload helper's link lookup", () => {
	it("finds both lines it patches in the installed Vite's helper, once each", () => {
		expect(helper.split(SEEN)).toHaveLength(2);
		expect(helper.split(LINKS)).toHaveLength(2);
	});

	it('notes the links where it read them, before any needed script is looked up', () => {
		const patched = noteLinksOnce(helper);
		expect(patched.split(NOTE_LINKS)).toHaveLength(2);
		expect(patched).not.toContain(LINKS);
		expect(patched).toContain(`${SEEN}let linksSeen = false;`);
		expect(patched.indexOf('if (dep in seen) return;')).toBeGreaterThan(
			patched.indexOf(NOTE_LINKS)
		);
	});

	it('notes each link as the comparison it replaces would match it', () => {
		// The helper's own test: a stylesheet only by a rel=stylesheet link, a script by any link.
		expect(preload).toContain(
			'if (link$1.href === dep && (!isCss || link$1.rel === "stylesheet")) return;'
		);
		const seen: Record<string, boolean> = {};
		const links = [
			{ rel: 'modulepreload', href: 'https://x/_app/a.js' },
			{ rel: 'stylesheet', href: 'https://x/_app/b.css' },
			{ rel: 'preload', href: 'https://x/_app/c.css' },
			{ rel: 'alternate', href: 'https://x/fr/' }
		];
		const document = { getElementsByTagName: (tag: string) => (tag === 'link' ? links : []) };
		const left = new Function('seen', 'document', `let linksSeen = false; ${NOTE_LINKS} return links;`);
		expect(left(seen, document)).toEqual([]);
		expect(Object.keys(seen).sort()).toEqual([
			'https://x/_app/a.js',
			'https://x/_app/b.css',
			'https://x/fr/'
		]);
	});

	it('stops the build, saying what to check, when the helper is not as expected', () => {
		expect(() => noteLinksOnce(helper.replace(LINKS, 'const links = [];'))).toThrow(
			/no longer keeps seen files and reads the page's links/
		);
		expect(() => noteLinksOnce(helper.replace(SEEN, 'const seen = new Set();'))).toThrow(
			/mnr:preload-seen/
		);
	});

	it("changes Vite's helper only, in the client build", () => {
		const plugin = preloadSeen();
		const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
		expect(transform(helper, '\0vite/preload-helper.js')?.code).toContain(NOTE_LINKS);
		expect(transform(helper, '/work/src/lib/preload-helper.js')).toBeNull();
		expect(plugin.apply).toBe('build');
	});
});
