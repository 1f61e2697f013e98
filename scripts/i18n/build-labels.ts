/**
 * Writes src/lib/i18n/datasetLabels.generated.ts: the dataset's names (countries, regions, income
 * groups, domains, capabilities and their short names) in French and Spanish, keyed by the English
 * name as the tables hold it, with each translation's status (reviewed or draft). Source:
 * data/translations.csv joined with the English tables. Summaries stay out: the charts draw names.
 * Run: npx tsx scripts/i18n/build-labels.ts (tests/unit/i18n/labels.test.ts fails when stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { labelsModule } from './labels';

writeFileSync(
	'src/lib/i18n/datasetLabels.generated.ts',
	labelsModule((f) => readFileSync(`data/${f}`, 'utf8'))
);
