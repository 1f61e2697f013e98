// `npm run data`: validate the curated tables in data/ and write static/data/ (Parquet, CSV, manifest).
// Fails with every problem listed when the data breaks a rule, so nothing half-valid is published.
import { loadCurated } from './data/load';
import { validateDataset } from './data/validate';
import { deriveDataset } from './data/derive';
import { writeDataset } from './data/write';

const { tables, errors } = loadCurated('data');
errors.push(...validateDataset(tables));
if (errors.length) {
	console.error(`data: ${errors.length} problem(s) in data/:\n  ` + errors.join('\n  '));
	process.exit(1);
}
const manifest = writeDataset(deriveDataset(tables), process.env.DATA_OUT ?? 'static/data');
const summary = manifest.tables.map((t) => `${t.name} ${t.rows}`).join(', ');
console.log(
	`data: wrote ${manifest.tables.length} tables to static/data (version ${manifest.datasetVersion}): ${summary}`
);
