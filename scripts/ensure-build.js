// Build the site when build/ is missing or older than its inputs: `npm start` and `npm run bench`
// both call this, so they agree on when a build is stale. Only the scripts that shape the site are
// inputs: editing the server, the tests or the benchmark must not force a rebuild.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = [
	'src',
	'data',
	'messages',
	join('project.inlang', 'settings.json'),
	'static',
	join('scripts', 'data'),
	join('scripts', 'build-data.ts'),
	join('scripts', 'site'),
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

/**
 * @param {(msg: string) => void} log where to say that a build starts
 * @param {import('node:stream').Writable} output where the build's own output goes
 */
export function ensureBuild(log, output = process.stderr) {
	const builtAt = existsSync('build/index.html') ? statSync('build/index.html').mtimeMs : 0;
	if (builtAt >= Math.max(...INPUTS.map(newest))) return;
	log(builtAt ? 'Sources changed since the last build; rebuilding…' : 'No build yet; building…');
	execSync('npm run build', { stdio: ['ignore', output, 'inherit'] });
}
