// Dataset names in French and Spanish come from data/translations.csv through a generated table;
// rows keep their codes, English rows are untouched, and what is not a dataset name (the name of a
// law or body the review prints) passes through as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelTable } from '../../../scripts/i18n/labels';
import { DATASET_LABELS } from '../../../src/lib/i18n/datasetLabels.generated';
import { datasetLabel, isDraftLabel, localizeRows } from '../../../src/lib/i18n/datasetLabels';

describe('dataset labels', () => {
	it('the generated table matches data/translations.csv (run scripts/i18n/build-labels.ts)', () => {
		expect(DATASET_LABELS).toEqual(labelTable((f) => readFileSync(`data/${f}`, 'utf8')));
	});

	it('names every review country in French and Spanish', () => {
		const countries = readFileSync('data/countries.csv', 'utf8')
			.split('\n')
			.slice(1)
			.filter(Boolean);
		expect(countries.length).toBe(42);
		expect(datasetLabel('Albania', 'fr')).toBe('Albanie');
		expect(isDraftLabel('Albania', 'fr')).toBe(false);
	});

	it('translates names, keeps codes, leaves English rows as they are', () => {
		const rows = [
			{ iso3: 'ALB', name: 'Albania', income_group: 'UMIC', mentions: 2 },
			{ iso3: 'XXX', name: 'Child Online Protection Act', income_group: 'HIC', mentions: 0 }
		];
		expect(localizeRows(rows, 'en')).toBe(rows);
		const fr = localizeRows(rows, 'fr');
		expect(fr[0]).toEqual({ iso3: 'ALB', name: 'Albanie', income_group: 'UMIC', mentions: 2 });
		expect(fr[1]).toBe(rows[1]);
		expect(rows[0]!.name).toBe('Albania');
	});
});
