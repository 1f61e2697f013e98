// The self-assessment's data for unit tests: the shared dataset fixture (../fixture) read by the
// page's own loader (src/lib/assess/load.ts).
import { query } from '../fixture/dataset';
import { loadAssessData, type AssessData } from '../../../src/lib/assess/load';

let cached: Promise<AssessData> | undefined;

async function build(): Promise<AssessData> {
	return loadAssessData(query, 'testversion1');
}

export function assessData(): Promise<AssessData> {
	cached ??= build();
	return cached;
}
