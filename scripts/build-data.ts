// `npm run data`: validate the curated tables in data/ and write static/data/ (Parquet, CSV, manifest),
// every earlier release to static/data/v/<version>/, and the list of versions (versions.json).
// Fails with every problem listed when the data breaks a rule, so nothing half-valid is published.
import { loadCurated } from './data/load';
import { validateDataset } from './data/validate';
import { deriveDataset } from './data/derive';
import { BANNER, writeDataset } from './data/write';
import { readChangelog } from './data/changelog';
import {
	archivedVersions,
	readRelease,
	releaseProblems,
	RELEASES_DIR,
	VERSIONED_DIR
} from './data/releases';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { README_PATH, renderDataReadme } from './data/readme';
import { VERSIONS_FILE, type DatasetVersions } from '../src/lib/data/versions';

const outDir = process.env.DATA_OUT ?? 'static/data';
const { tables, errors } = loadCurated('data');
errors.push(...validateDataset(tables));
const changelog = readChangelog();
errors.push(...changelog.errors);
if (errors.length) {
	console.error(`data: ${errors.length} problem(s) in data/:\n  ` + errors.join('\n  '));
	process.exit(1);
}
const derived = deriveDataset(tables);
const manifest = writeDataset(derived, outDir);
const archived = archivedVersions();
const problems = releaseProblems(changelog.entries, archived, manifest.datasetVersion);
if (problems.length) {
	console.error(
		`data: ${problems.length} problem(s) with the releases:\n  ` + problems.join('\n  ')
	);
	process.exit(1);
}
// Earlier releases, rewritten from their archive each build (a removed one must not linger).
rmSync(join(outDir, VERSIONED_DIR), { recursive: true, force: true });
for (const version of archived)
	writeDataset(
		readRelease(join(RELEASES_DIR, version)),
		join(outDir, VERSIONED_DIR, version),
		version
	);
const versions: DatasetVersions = {
	note: BANNER.replace('data/*.csv', 'data/CHANGELOG.md'),
	current: manifest.datasetVersion,
	releases: changelog.entries
};
writeFileSync(join(outDir, VERSIONS_FILE), JSON.stringify(versions, null, '\t') + '\n');
// The data dictionary for curators and researchers, regenerated with the data it describes.
writeFileSync(README_PATH, renderDataReadme(derived, manifest));
const summary = manifest.tables.map((t) => `${t.name} ${t.rows}`).join(', ');
console.log(
	`data: wrote ${manifest.tables.length} tables to ${outDir} (version ${manifest.datasetVersion}; earlier releases kept: ${archived.join(', ') || 'none'}): ${summary}`
);
