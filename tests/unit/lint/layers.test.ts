import { describe, expect, it } from 'vitest';
import {
	folderCycles,
	folderGraph,
	folderOf,
	importsOf,
	problems,
	projectModules,
	resolveImport
} from '../../../scripts/lint/layers';

/** A module graph from "from → to" lines. */
const modules = (...edges: string[]) => {
	const out = new Map<string, string[]>();
	for (const edge of edges) {
		const [from, to] = edge.split(' → ');
		out.set(from, [...(out.get(from) ?? []), to]);
		if (!out.has(to)) out.set(to, []);
	}
	return out;
};

describe('folder-level cycles', () => {
	it('finds a loop between folders that no module-level check would see', () => {
		// No module imports itself back: a.ts → y.ts and z.ts → w.ts are four different files.
		const graph = folderGraph(
			modules(
				'src/lib/charts/a.ts → src/lib/export/y.ts',
				'src/lib/export/z.ts → src/lib/charts/w.ts'
			)
		);
		expect(folderCycles(graph)).toEqual([['src/lib/charts', 'src/lib/export']]);
		expect(problems(graph)[0]).toBe('folder cycle: src/lib/charts, src/lib/export');
	});

	it('finds a loop around a ring of three folders, with the imports that close it', () => {
		const graph = folderGraph(
			modules(
				'src/lib/charts/Chart.svelte → src/lib/engine/status.ts',
				'src/lib/engine/browser.ts → src/lib/query/engine.ts',
				'src/lib/query/map.ts → src/lib/charts/map/types.ts'
			)
		);
		expect(folderCycles(graph)).toEqual([['src/lib/charts', 'src/lib/engine', 'src/lib/query']]);
		expect(problems(graph)).toContain(
			'  src/lib/query → src/lib/charts  (e.g. src/lib/query/map.ts → src/lib/charts/map/types.ts)'
		);
	});

	it('passes a layered graph, and a single folder importing itself', () => {
		const graph = folderGraph(
			modules(
				'src/lib/charts/a.ts → src/lib/charts/b/c.ts',
				'src/lib/charts/b/c.ts → src/lib/charts/a.ts',
				'src/lib/charts/a.ts → src/lib/export/y.ts',
				'src/routes/+page.svelte → src/lib/charts/a.ts'
			)
		);
		expect(problems(graph)).toEqual([]);
	});
});

describe('forbidden imports', () => {
	it.each([
		['src/lib/charts/map/Map.svelte → src/routes/map/+page.svelte', 'charts-not-routes'],
		['src/lib/engine/live.ts → src/lib/url/params.ts', 'engine-not-url'],
		['src/lib/server/manifest.ts → scripts/data/write.ts', 'lib-not-scripts'],
		['src/lib/format.ts → scripts/data/write.ts', 'lib-not-scripts']
	])('%s breaks %s', (edge, rule) => {
		const found = problems(folderGraph(modules(edge)));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(new RegExp(`^${rule}: `));
	});

	it('allows the same imports the other way round', () => {
		const graph = folderGraph(
			modules(
				'src/routes/map/+page.svelte → src/lib/charts/map/Map.svelte',
				'src/lib/url/live.ts → src/lib/engine/browser.ts',
				'scripts/data/write.ts → src/lib/data/manifest.ts'
			)
		);
		expect(problems(graph)).toEqual([]);
	});
});

describe('reading imports', () => {
	it('reads static, type-only, re-export, side-effect and dynamic imports', () => {
		const source = `import { a, type B } from '$lib/x';
import type {
	C
} from './c';
export { d } from '../d';
export * from './e';
import './f.css';
const g = await import('$lib/g');
// import { no } from './commented';
/* import { nor } from './block'; */`;
		expect(importsOf(source)).toEqual(['$lib/x', './c', '../d', './e', './f.css', '$lib/g']);
	});

	it('reads only the <script> blocks of a Svelte file', () => {
		const source = `<script module lang="ts">import A from './A.svelte';</script>
<script lang="ts">import { b } from '$lib/b';</script>
<p>import c from './not-code'</p>`;
		expect(importsOf(source, 'X.svelte')).toEqual(['./A.svelte', '$lib/b']);
	});

	it('resolves $lib and relative paths, and leaves packages out', () => {
		const exists = (path: string) =>
			['src/lib/query/map.ts', 'src/lib/live/liveView.svelte.ts'].includes(path);
		expect(resolveImport('$lib/query/map', 'src/lib/views/map.ts', exists)).toBe(
			'src/lib/query/map.ts'
		);
		expect(resolveImport('../live/liveView.svelte', 'src/lib/views/map.ts', exists)).toBe(
			'src/lib/live/liveView.svelte.ts'
		);
		expect(resolveImport('d3', 'src/lib/views/map.ts', exists)).toBeNull();
	});

	it('collapses a module to its folder under src/lib, or to its top folder', () => {
		expect(folderOf('src/lib/charts/map/WorldMap.svelte')).toBe('src/lib/charts');
		expect(folderOf('src/lib/format.ts')).toBe('src/lib/format');
		expect(folderOf('src/routes/map/+page.svelte')).toBe('src/routes');
		expect(folderOf('scripts/data/write.ts')).toBe('scripts');
	});
});

it('the project itself has no folder cycle and no forbidden import', () => {
	expect(problems(folderGraph(projectModules('.')))).toEqual([]);
});
