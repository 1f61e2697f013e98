// Every page knows the dataset version it was built with: links, embeds and exports carry it, and
// an address asking for another version is compared with it (see datasetPin).
import { readManifest } from '$lib/server/manifest';

export function load() {
	return { datasetVersion: readManifest().datasetVersion };
}
