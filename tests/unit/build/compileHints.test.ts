import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints, startupChunks } from '../../../scripts/site/compile-hints.js';

type Output = { type: 'chunk' | 'asset'; isEntry?: boolean; imports?: string[]; code?: string };

/** A client bundle shaped like SvelteKit's: start and app entries, page nodes, lazy chunks. */
function bundle(): Record<string, Output> {
	return {
		'entry/start.js': { type: 'chunk', isEntry: true, imports: ['chunks/runtime.js'], code: 'a' },
		'entry/app.js': { type: 'chunk', isEntry: true, imports: ['chunks/runtime.js'], code: 'b' },
		'nodes/2.js': { type: 'chunk', isEntry: true, imports: ['chunks/chart.js'], code: 'c' },
		'chunks/runtime.js': { type: 'chunk', imports: [], code: 'd' },
		// Statically imported two levels down: still runs as the page starts.
		'chunks/chart.js': { type: 'chunk', imports: ['chunks/scale.js'], code: 'e' },
		'chunks/scale.js': { type: 'chunk', imports: ['chunks/runtime.js'], code: 'f' },
		// Reached only by import(): the engine, the exporters.
		'chunks/engine.js': { type: 'chunk', imports: ['chunks/runtime.js'], code: 'g' },
		'assets/app.css': { type: 'asset' }
	};
}

describe('compile hints', () => {
	it('finds the entries and what they import statically, not the lazy chunks', () => {
		expect([...startupChunks(bundle())].sort()).toEqual([
			'chunks/chart.js',
			'chunks/runtime.js',
			'chunks/scale.js',
			'entry/app.js',
			'entry/start.js',
			'nodes/2.js'
		]);
	});

	it('puts the hint on the first line of those chunks only, once', () => {
		const out = bundle();
		const plugin = compileHints();
		const hook = plugin.generateBundle as { order: string; handler: (o: unknown, b: unknown) => void };
		// After every other plugin's: minification and Vite's preload helper change the first line.
		expect(hook.order).toBe('post');
		const generate = hook.handler;
		generate({}, out);
		generate({}, out);
		expect(out['nodes/2.js'].code).toBe(`${COMPILE_HINT}\nc`);
		expect(out['chunks/scale.js'].code).toBe(`${COMPILE_HINT}\nf`);
		expect(out['chunks/engine.js'].code).toBe('g');
	});

	it('applies to the client build only', () => {
		const applies = compileHints().applyToEnvironment as (e: unknown) => boolean;
		expect(applies({ config: { consumer: 'client' } })).toBe(true);
		expect(applies({ config: { consumer: 'server' } })).toBe(false);
	});
});
