// `npm run data`: validates the curated tables in data/ and writes static/data/.
// (Stub for the foundation; the dataset issue fills it.)
import { mkdirSync, writeFileSync } from 'node:fs';

mkdirSync('static/data', { recursive: true });
writeFileSync(
	'static/data/manifest.json',
	JSON.stringify(
		{ generatedBy: 'scripts/build-data.ts — do not edit by hand', tables: [] },
		null,
		2
	) + '\n'
);
console.log('data: wrote static/data/manifest.json');
