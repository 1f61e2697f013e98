// A capability page's list of figures on the server: what it says in each field follows the page's
// language, the yes/no of "printings disagree" included (it was written in English).
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { query } from '../../fixture/dataset';
import { getLocale, overwriteGetLocale } from '../../../../src/lib/paraglide/runtime';
import { sql } from '../../../../src/lib/query/sql';
import type { Indicator } from '../../../../src/lib/data/types';
import CapabilityFigureList from '../../../../src/lib/charts/capability/CapabilityFigureList.svelte';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

/** The "printings disagree" field of each figure of capabilities 1 and 20, in a language. */
async function disagreeFields(locale: 'en' | 'fr' | 'es'): Promise<string[]> {
	overwriteGetLocale(() => locale);
	const indicators = [
		...(await query<Indicator>(sql.capabilityIndicators(1))),
		...(await query<Indicator>(sql.capabilityIndicators(20)))
	];
	const figures = indicators.map((indicator) => ({ indicator, printings: [] }));
	const { body } = render(CapabilityFigureList, { props: { figures } });
	return [...body.matchAll(/<dd data-field="discrepancy"[^>]*>([^<]*)<\/dd>/g)].map((m) => m[1]);
}

describe('CapabilityFigureList', () => {
	it('says whether printings disagree in the page language', async () => {
		// Capability 20's figure has printings that disagree; capability 1's agree.
		const en = await disagreeFields('en');
		expect(en).toContain('yes');
		expect(en).toContain('no');
		const fr = await disagreeFields('fr');
		expect(fr).toEqual(en.map((v) => (v === 'yes' ? 'oui' : 'non')));
		const es = await disagreeFields('es');
		expect(es).toEqual(en.map((v) => (v === 'yes' ? 'sí' : 'no')));
	});
});
