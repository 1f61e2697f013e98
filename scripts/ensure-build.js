// Build the site for the benchmark when build/ is missing or older than its inputs (the same rule
// as `npm start`, but the bench's own scripts are not inputs: editing them must not force a rebuild).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = [
	'src',
	'data',
	'static',
	join('scripts', 'data'),
	join('scripts', 'build-data.ts'),
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];

/**
 * Newest modification time under a path (files only), ignoring the generated static/data.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	if (path === join('static', 'data')) return 0;
	return readdirSync(path).reduce(
		(/** @type {number} */ m, name) => Math.max(m, newest(join(path, name))),
		0
	);
}

/** @param {(msg: string) => void} log */
export function ensureBuild(log) {
	const builtAt = existsSync('build/index.html') ? statSync('build/index.html').mtimeMs : 0;
	if (builtAt >= Math.max(...INPUTS.map(newest))) return;
	log(builtAt ? 'sources changed since the last build; rebuilding…' : 'no build yet; building…');
	execSync('npm run build', { stdio: ['ignore', process.stderr, 'inherit'] });
}
