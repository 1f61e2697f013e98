// Name order without Intl (collate.ts) is the collator's order on every name the dataset holds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareNames } from '$lib/i18n/collate';

/** Every value of a CSV column (names hold no quoted commas but may be quoted). */
function column(file: string, name: string): string[] {
	const [head, ...lines] = readFileSync(`data/${file}`, 'utf8').trim().split('\n');
	const rows = lines.map((l) =>
		l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''))
	);
	const at = head.split(',').indexOf(name);
	return rows.map((r) => r[at].replace(/^"|"$/g, '').replaceAll('""', '"'));
}

const translated = (locale: string) => {
	const [head, ...lines] = readFileSync('data/translations.csv', 'utf8').trim().split('\n');
	const cols = head.split(',');
	return lines
		.map((l) => l.split(','))
		.filter(
			(r) => r[cols.indexOf('locale')] === locale && r[cols.indexOf('column_name')] === 'name'
		)
		.map((r) => r[cols.indexOf('text')].replace(/^"|"$/g, ''));
};

describe('name order', () => {
	const sets: Record<string, string[]> = {
		'country names': column('countries.csv', 'name'),
		'region names': column('regions.csv', 'name'),
		'French names': translated('fr'),
		'Spanish names': translated('es'),
		'names that differ only in accents, case or punctuation': [
			'Cote',
			'Côte',
			'cote',
			'Côté',
			'Guinea',
			'Guinea-Bissau',
			'Guinea Bissau',
			'Equatorial Guinea',
			'Congo',
			'Congo (Democratic Republic)',
			'Congo, Republic',
			"Côte d'Ivoire",
			'Émirats arabes unis',
			'Egypte',
			'Éthiopie',
			'Ñandú',
			'Nauru'
		]
	};
	for (const [what, names] of Object.entries(sets))
		it(`is the collator's for ${what}`, () => {
			expect(names.length).toBeGreaterThan(3);
			const byCollator = [...names].sort((a, b) => a.localeCompare(b, 'en'));
			expect([...names].reverse().sort(compareNames)).toEqual(byCollator);
		});
});
