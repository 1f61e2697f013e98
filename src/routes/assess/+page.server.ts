import { nodeEngine } from '$lib/server/nodeEngine';
import { readManifest } from '$lib/server/manifest';
import { loadAssessData } from '$lib/assess/load';

/**
 * Everything the self-assessment needs, baked into the page at build time, including the dataset
 * version written into every answer file. The page needs nothing else, so it makes no request
 * after load.
 */
export function load() {
	return loadAssessData(nodeEngine.query.bind(nodeEngine), readManifest().datasetVersion);
}
