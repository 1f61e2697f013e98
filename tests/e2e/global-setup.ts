import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { createServer } from '../../scripts/serve.js';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Origin + base of the main build, e.g. http://127.0.0.1:41234 */
		siteUrl: string;
		/** Origin + base of the sub-path build, e.g. http://127.0.0.1:41235/mnr-explorer */
		subpathUrl: string;
	}
}

export const SUBPATH = '/mnr-explorer';

function listen(server: Server): Promise<string> {
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve(`http://127.0.0.1:${port}`);
		})
	);
}

/** Serves build/ and build-subpath/ on free loopback ports for the whole run. */
export default async function setup(project: TestProject) {
	const main: Server = createServer({ dir: 'build', basePath: '' });
	const sub: Server = createServer({ dir: 'build-subpath', basePath: SUBPATH });
	project.provide('siteUrl', await listen(main));
	project.provide('subpathUrl', (await listen(sub)) + SUBPATH);
	return async () => {
		await new Promise((r) => main.close(r));
		await new Promise((r) => sub.close(r));
	};
}
