// Layering check, run by `npm run lint`: the import graph of src/ and scripts/ collapsed to folders.
// Module-level "no cycles" is not enough: a.ts → b/x.ts → a/y.ts is no module cycle, yet it ties
// two folders into one loop, and then neither can change alone. So every module stands for its
// folder (src/lib/charts/map/WorldMap.svelte → src/lib/charts; src/lib/format.ts → src/lib/format)
// and the check fails on any cycle among those folders, and on the forbidden edges in RULES.
//
//   npx tsx scripts/lint/layers.ts           check (exit 1 with the offending imports)
//   npx tsx scripts/lint/layers.ts --graph   print the folder graph
//
// Imports are read with a regular expression, not a parser: static `import … from`, `export … from`,
// side-effect `import '…'` and dynamic `import('…')`, in .ts/.js files and in .svelte <script>s.
// Only the project's own modules count ($lib/…, relative paths); packages are ignored.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Folders under src/lib that are one unit each; anything deeper collapses to these. */
const LIB = 'src/lib';

export interface LayerRule {
	name: string;
	/** A folder node (see folderOf), or a folder above several (src/lib matches src/lib/x). */
	from: string;
	to: string;
	why: string;
}

/** A folder → the folders it imports, each with one example import ("file → target"). */
export type FolderGraph = Map<string, Map<string, string>>;

/** Forbidden edges, by the folder names that stay put when files move. */
export const RULES: LayerRule[] = [
	{
		name: 'charts-not-routes',
		from: 'src/lib/charts',
		to: 'src/routes',
		why: 'a chart is drawn from its model; pages wire charts, not the reverse'
	},
	{
		name: 'engine-not-url',
		from: 'src/lib/engine',
		to: 'src/lib/url',
		why: 'the engine answers queries; what the address bar says is the page’s business'
	},
	{
		name: 'lib-not-scripts',
		from: 'src/lib',
		to: 'scripts',
		why: 'the app must not depend on build scripts; shared rules live in src/lib and scripts import them'
	}
];

const CODE = /\.(ts|js|svelte)$/;
const IMPORT =
	/(?:^|[^\w$.])(?:import|export)\s*(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?['"]([^'"\n]+)['"]|import\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The specifiers a source file imports. */
export function importsOf(source: string, file = ''): string[] {
	let code = source;
	if (file.endsWith('.svelte')) {
		code = [...source.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
	}
	// Comments may quote imports (this file does); drop them first.
	code = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
	return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
}

/**
 * The folder node a project file stands for: the first folder below src/lib (or the file itself
 * when it sits in src/lib directly, without extension), else its top folder pair (src/routes,
 * scripts, tests …).
 */
export function folderOf(file: string): string {
	const parts = file.split('/');
	if (file.startsWith(LIB + '/')) {
		const rest = parts.slice(2);
		return rest.length > 1
			? `${LIB}/${rest[0]}`
			: `${LIB}/${rest[0].replace(/(\.svelte)?\.(ts|js|svelte)$/, '')}`;
	}
	if (parts[0] === 'src') return parts.length > 2 ? `src/${parts[1]}` : 'src';
	return parts[0];
}

/** Resolve a specifier from `file` to a project path (posix, relative to root), or null for packages. */
export function resolveImport(
	specifier: string,
	file: string,
	exists: (path: string) => boolean
): string | null {
	// Vite's suffixes (?url, ?raw) are not part of the path.
	const spec = specifier.replace(/\?.*$/, '');
	let base: string;
	if (spec.startsWith('$lib/') || spec === '$lib') base = LIB + spec.slice(4);
	else if (spec.startsWith('.')) base = join(dirname(file), spec).split(sep).join('/');
	else return null;
	const candidates = [
		base,
		`${base}.ts`,
		`${base}.js`,
		`${base}.svelte.ts`,
		`${base}/index.ts`,
		`${base}/index.js`
	];
	// A .js specifier may name a .ts file (TypeScript's NodeNext habit).
	if (base.endsWith('.js')) candidates.push(base.replace(/\.js$/, '.ts'));
	return candidates.find(exists) ?? base;
}

/**
 * Folder edges of a module graph: `modules` maps a project file to the project files it imports.
 * Each edge keeps one example import so a failure can name the line to change.
 */
export function folderGraph(modules: Map<string, string[]>): FolderGraph {
	const graph: FolderGraph = new Map();
	for (const [file, targets] of modules) {
		const from = folderOf(file);
		const edges = graph.get(from) ?? new Map<string, string>();
		graph.set(from, edges);
		for (const target of targets) {
			const to = folderOf(target);
			if (to !== from && !edges.has(to)) edges.set(to, `${file} → ${target}`);
		}
	}
	return graph;
}

/**
 * Strongly connected components with more than one folder (Tarjan): each one is a loop of folders
 * that import each other, directly or around the ring.
 */
export function folderCycles(graph: FolderGraph): string[][] {
	const nodes = new Set(graph.keys());
	for (const edges of graph.values()) for (const to of edges.keys()) nodes.add(to);
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const loops: string[][] = [];
	let next = 0;
	const visit = (node: string) => {
		index.set(node, next);
		low.set(node, next++);
		stack.push(node);
		onStack.add(node);
		for (const to of graph.get(node)?.keys() ?? []) {
			if (!index.has(to)) {
				visit(to);
				low.set(node, Math.min(low.get(node)!, low.get(to)!));
			} else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1) loops.push(component.sort());
		}
	};
	for (const node of [...nodes].sort()) if (!index.has(node)) visit(node);
	return loops;
}

/** Edges that break a rule. */
export function ruleBreaks(graph: FolderGraph, rules: LayerRule[] = RULES) {
	const under = (node: string, folder: string) => node === folder || node.startsWith(folder + '/');
	const breaks: { rule: LayerRule; example: string }[] = [];
	for (const [from, edges] of graph)
		for (const [to, example] of edges)
			for (const rule of rules)
				if (under(from, rule.from) && under(to, rule.to)) breaks.push({ rule, example });
	return breaks;
}

/** Every problem, as lines to print; empty when the layering holds. */
export function problems(graph: FolderGraph, rules: LayerRule[] = RULES): string[] {
	const lines: string[] = [];
	for (const loop of folderCycles(graph)) {
		lines.push(`folder cycle: ${loop.join(', ')}`);
		const members = new Set(loop);
		for (const from of loop)
			for (const [to, example] of graph.get(from) ?? [])
				if (members.has(to)) lines.push(`  ${from} → ${to}  (e.g. ${example})`);
	}
	for (const { rule, example } of ruleBreaks(graph, rules))
		lines.push(`${rule.name}: ${example}  (${rule.why})`);
	return lines;
}

function walk(dir: string, root: string, out: string[] = []): string[] {
	for (const name of readdirSync(join(root, dir))) {
		const path = `${dir}/${name}`;
		if (statSync(join(root, path)).isDirectory()) walk(path, root, out);
		else if (CODE.test(name) && !name.endsWith('.d.ts')) out.push(path);
	}
	return out;
}

/** The module graph of the project's own code under `root`. */
export function projectModules(root: string, folders = ['src', 'scripts']): Map<string, string[]> {
	const exists = (path: string) =>
		existsSync(join(root, path)) && statSync(join(root, path)).isFile();
	const modules = new Map<string, string[]>();
	for (const folder of folders)
		for (const file of walk(folder, root)) {
			const targets = importsOf(readFileSync(join(root, file), 'utf8'), file)
				.map((spec) => resolveImport(spec, file, exists))
				.filter((target): target is string => target !== null && !target.startsWith('..'));
			modules.set(file, targets);
		}
	return modules;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const root =
		relative(process.cwd(), resolve(dirname(fileURLToPath(import.meta.url)), '../..')) || '.';
	const graph = folderGraph(projectModules(root));
	if (process.argv.includes('--graph')) {
		for (const [from, edges] of [...graph].sort())
			console.log(`${from} → ${[...edges.keys()].sort().join(', ')}`);
	}
	const found = problems(graph);
	if (found.length) {
		console.error(`Layering check failed (scripts/lint/layers.ts):\n${found.join('\n')}`);
		process.exit(1);
	}
	console.log(`Layering holds: ${graph.size} folders, no folder cycle, no forbidden import.`);
}
