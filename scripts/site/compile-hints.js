// A Vite plugin: marks the scripts every page runs as it starts with V8's explicit compile hint, so
// Chromium (136 and later) compiles their functions while the file downloads, on a background
// thread, instead of one by one on the main thread as hydration first calls them. Other browsers
// read the mark as a comment.
//
// Why: traces of a first visit at CPU 4× showed compiling functions on first call (V8.CompileCode,
// ParseFunction, CompileIgnition) as about half of every page's blocking time.
// Measured as total blocking time with `npm run bench -- --only lcp` (README, Benchmark).
//
// Which scripts: the client build's entries (SvelteKit's start and app scripts and one per page
// node) and what they import statically, i.e. what a page loads before it is interactive. Chunks
// reached only by import() (the engine, exports, the check) are left lazy: a page may never load
// them, and most of their functions are not called when it does.

/** V8's marker; it must be the file's first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * @param {Record<string, { type: 'chunk' | 'asset', isEntry?: boolean, imports?: string[], code?: string }>} bundle
 * @returns {Set<string>} the file names of the chunks a page loads as it starts
 */
export function startupChunks(bundle) {
	const found = new Set();
	const visit = (/** @type {string} */ fileName) => {
		const chunk = bundle[fileName];
		if (!chunk || chunk.type !== 'chunk' || found.has(fileName)) return;
		found.add(fileName);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	for (const [fileName, output] of Object.entries(bundle))
		if (output.type === 'chunk' && output.isEntry) visit(fileName);
	return found;
}

/** @returns {import('vite').Plugin} */
export function compileHints() {
	return {
		name: 'mnr:compile-hints',
		apply: 'build',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		generateBundle: {
			// Last: after minification, which would drop the comment, and after Vite's preload helper,
			// which puts a line above the imports of chunks that use import().
			order: 'post',
			handler(_options, bundle) {
				for (const fileName of startupChunks(bundle)) {
					const chunk = bundle[fileName];
					if (chunk.type === 'chunk' && !chunk.code.startsWith(COMPILE_HINT))
						chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
				}
			}
		}
	};
}
