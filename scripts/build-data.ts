// `npm run data`: validate the curated tables in data/ and write static/data/ (Parquet, CSV, manifest).
// Fails with every problem listed when the data breaks a rule, so nothing half-valid is published.
import { loadCurated } from './data/load';
import { validateDataset } from './data/validate';
import { deriveDataset } from './data/derive';
import { writeDataset } from './data/write';
import { writeFileSync } from 'node:fs';
import { README_PATH, renderDataReadme } from './data/readme';

const { tables, errors } = loadCurated('data');
errors.push(...validateDataset(tables));
if (errors.length) {
	console.error(`data: ${errors.length} problem(s) in data/:\n  ` + errors.join('\n  '));
	process.exit(1);
}
const derived = deriveDataset(tables);
const manifest = writeDataset(derived, process.env.DATA_OUT ?? 'static/data');
// The data dictionary for curators and researchers, regenerated with the data it describes.
writeFileSync(README_PATH, renderDataReadme(derived, manifest));
const summary = manifest.tables.map((t) => `${t.name} ${t.rows}`).join(', ');
console.log(
	`data: wrote ${manifest.tables.length} tables to static/data (version ${manifest.datasetVersion}): ${summary}`
);
