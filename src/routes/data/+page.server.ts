import { readManifest } from '$lib/server/manifest';
import { dictionaryOf } from '$lib/views/dictionary';
import { TABLE_NAMES } from '$lib/query/sql';

export function load() {
	const manifest = readManifest();
	return {
		version: manifest.datasetVersion,
		tables: dictionaryOf(manifest),
		tableNames: TABLE_NAMES
	};
}
