/**
 * The dataset's manifest (static/data/manifest.json, written by `npm run data`), read at
 * prerender time: the version, and each table's row count, files, sizes and hashes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Manifest } from '$lib/data/manifest';
import type { DatasetVersions } from '$lib/data/versions';

export function readManifest(): Manifest {
	const file = resolve('static/data/manifest.json');
	if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run data" before building.`);
	return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The list of dataset versions (static/data/versions.json, written by `npm run data` from data/CHANGELOG.md). */
export function readVersions(): DatasetVersions {
	const file = resolve('static/data/versions.json');
	if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run data" before building.`);
	return JSON.parse(readFileSync(file, 'utf8')) as DatasetVersions;
}
