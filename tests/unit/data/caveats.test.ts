// A figure's caveat markers ("derived", "small n", "ambiguous", "printings disagree") have one
// home: CAVEAT_LABEL in data/caveats.ts, keyed by caveat, beside the notes that explain them. A
// second set of getters for the same messages (copy.chart had one) lets the two drift apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { CAVEAT_LABEL, type Caveat } from '../../../src/lib/data/caveats';

const MESSAGE_OF: Record<Caveat, string> = {
	'small-n': 'chart_small_n',
	derived: 'chart_derived',
	ambiguous: 'chart_ambiguous',
	discrepancy: 'chart_discrepancy'
};

function* sources(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (name !== 'paraglide') yield* sources(path);
		} else if (/\.(ts|svelte)$/.test(name)) yield path;
	}
}

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

describe('caveat markers', () => {
	it('are read from the catalogue in one place only', () => {
		const files = [...sources('src')].map((path) => ({ path, text: readFileSync(path, 'utf8') }));
		for (const message of Object.values(MESSAGE_OF)) {
			const readers = files.filter((f) => f.text.includes(`${message}(`)).map((f) => f.path);
			expect(readers, message).toEqual([join('src', 'lib', 'data', 'caveats.ts')]);
		}
	});

	it.each(['en', 'fr', 'es'] as const)('are the %s messages, read at each use', (locale) => {
		const catalogue = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
		overwriteGetLocale(() => locale);
		for (const [caveat, message] of Object.entries(MESSAGE_OF))
			expect(CAVEAT_LABEL[caveat as Caveat]).toBe(catalogue[message]);
	});
});
