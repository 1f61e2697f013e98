// `npm start`: build the site if build/ is missing or older than its inputs, then serve it.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = [
	'src',
	'data',
	'scripts',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];

/**
 * Newest modification time under a path (files only), ignoring generated static/data.
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

const builtAt = existsSync('build/index.html') ? statSync('build/index.html').mtimeMs : 0;
const changedAt = Math.max(...INPUTS.map(newest));
if (builtAt < changedAt) {
	console.log(
		builtAt ? 'Sources changed since the last build; rebuilding…' : 'No build yet; building…'
	);
	execSync('npm run build', { stdio: 'inherit' });
}
await import('./serve.js').then(({ createServer }) => {
	const port = Number(process.env.PORT ?? 4173);
	createServer().listen(port, '127.0.0.1', () => {
		console.log(
			`MNR Explorer is being served at http://localhost:${port}${process.env.BASE_PATH ?? ''}/  (Ctrl+C to stop)`
		);
	});
});
