/**
 * Dataset versions as the explorer knows them: the current one, and the earlier releases whose
 * files the build keeps under data/v/<version>/ so an old link still shows what it showed.
 * Written by `npm run data` from data/CHANGELOG.md to static/data/versions.json.
 */

export interface Release {
	/** manifest.json's datasetVersion: a hash of the data, so it changes exactly when the data does. */
	version: string;
	/** YYYY-MM-DD */
	date: string;
	/** What changed in this release and why, as the changelog says it. */
	changes: string[];
}

export interface DatasetVersions {
	note?: string;
	current: string;
	/** Every release, the current one first, then older ones. */
	releases: Release[];
}

/** The address parameter that carries the dataset version: `?v=cf22cfd5a51d`. */
export const VERSION_PARAM = 'v';

/** Where versions.json lives, under the data directory. */
export const VERSIONS_FILE = 'versions.json';

/** A version as the URL may carry it: twelve hex digits, nothing that could leave the data folder. */
export const isVersionId = (v: string): boolean => /^[0-9a-f]{12}$/.test(v);

/** Path (without base) of the folder holding an earlier release's files. */
export const releaseDataPath = (version: string): string => `/data/v/${version}`;

export function releaseOf(versions: DatasetVersions, version: string): Release | undefined {
	return versions.releases.find((r) => r.version === version);
}

/** The releases after `version`, newest first: what a reader of an old link has missed. */
export function releasesSince(versions: DatasetVersions, version: string): Release[] {
	const at = versions.releases.findIndex((r) => r.version === version);
	return at < 0 ? [] : versions.releases.slice(0, at);
}

/** A query string with the dataset version added (or replaced): "sort=low&v=cf22cfd5a51d". */
export function withVersion(search: string, version: string): string {
	const params = new URLSearchParams(search);
	params.delete(VERSION_PARAM);
	params.set(VERSION_PARAM, version);
	return params.toString();
}

export interface TextPart {
	kind: 'text' | 'code' | 'em';
	text: string;
}

/** A changelog line's inline marks (`code`, *emphasis*) as parts a page can render safely. */
export function inlineParts(line: string): TextPart[] {
	return line
		.split(/(`[^`]+`|\*[^*]+\*)/)
		.filter(Boolean)
		.map((part) =>
			part.startsWith('`')
				? { kind: 'code', text: part.slice(1, -1) }
				: part.startsWith('*') && part.length > 2
					? { kind: 'em', text: part.slice(1, -1) }
					: { kind: 'text', text: part }
		);
}
