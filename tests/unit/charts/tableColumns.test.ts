// The tables under the charts: their column headings follow the page's language (one catalogue,
// copy/en/tableColumns.ts), English headings stay exactly as they were, and the download keeps the
// dictionary's column keys whatever the language.
import { afterEach, describe, expect, it } from 'vitest';
import { query } from '../fixture/dataset';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { copy } from '../../../src/lib/copy';
import { tableColumnsOf } from '../../../src/lib/copy/en/tableColumns';
import { defaults } from '../../../src/lib/url/viewState.svelte';
import { sql } from '../../../src/lib/query/sql';
import { toCsv } from '../../../src/lib/export/csv';
import type { ChartMeta } from '../../../src/lib/export/meta';
import type { Locale } from '../../../src/lib/i18n/locales';
import type { Indicator } from '../../../src/lib/data/types';
import type { CoverageRow } from '../../../src/lib/charts/coverage/layout';
import type { CountryMentionCount } from '../../../src/lib/charts/country/layout';
import type { CapabilityChoice, MapCountryRow } from '../../../src/lib/charts/map/types';
import type { ComparisonRow } from '../../../src/lib/charts/compare/query';
import { heatmapModel, type HeatmapRow } from '../../../src/lib/charts/heatmap/model';
import { mapSql } from '../../../src/lib/charts/map/query';
import { placesFor } from '../../../src/lib/charts/map/atlas';
import { capabilityQueries } from '../../../src/lib/charts/capability/query';
import { coverageMeta, coverageParams, coverageSql } from '../../../src/lib/charts/coverage/view';
import { mapCountriesSql, mapMeta, mapParams } from '../../../src/lib/charts/map/view';
import {
	breakdownOf,
	heatmapMeta,
	heatmapParams,
	heatmapSql
} from '../../../src/lib/charts/heatmap/view';
import {
	compareMeta,
	compareParams,
	compareSql,
	compareView
} from '../../../src/lib/charts/compare/view';
import {
	capabilityGroups,
	capabilityMeta,
	type CapabilityDetail
} from '../../../src/lib/charts/capability/view';
import { countryChartSql, countryMeta, countryParams } from '../../../src/lib/charts/country/view';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

/** Each chart's default view (and the heatmap's countries breakdown) as its page builds it. */
const charts: Record<string, () => Promise<ChartMeta>> = {
	coverage: async () => {
		const s = defaults(coverageParams);
		return coverageMeta(await query<CoverageRow>(coverageSql(s)), s, '');
	},
	map: async () => {
		const s = defaults(mapParams);
		const rows = await query<MapCountryRow>(mapCountriesSql(s));
		const capabilities = await query<CapabilityChoice>(mapSql.capabilityChoices());
		return mapMeta(rows, s, '', { capabilities, places: placesFor(rows.map((r) => r.map_iso3)) });
	},
	heatmap: async () => {
		const s = defaults(heatmapParams);
		const rows = await query<HeatmapRow>(heatmapSql(s));
		const model = heatmapModel(rows, breakdownOf(s), copy.capabilities.populations);
		return heatmapMeta(model, rows, '', '');
	},
	heatmapCountries: async () => {
		const s = { ...defaults(heatmapParams), breakdown: 'countries' as const };
		const rows = await query<HeatmapRow>(heatmapSql(s));
		const model = heatmapModel(rows, breakdownOf(s), copy.capabilities.populations);
		return heatmapMeta(model, rows, '', '');
	},
	compare: async () => {
		const s = defaults(compareParams);
		return compareMeta(compareView(await query<ComparisonRow>(compareSql(s)), s.capability), s, '');
	},
	capability: async () => {
		const [capability] = await query<CapabilityDetail>(capabilityQueries.capability(1));
		const indicators = await query<Indicator>(sql.capabilityIndicators(1));
		return capabilityMeta(capability, indicators, capabilityGroups(indicators));
	},
	country: async () => {
		const s = defaults(countryParams);
		const rows = await query<CountryMentionCount>(countryChartSql('GBR', s));
		return countryMeta(rows, { iso3: 'GBR', name: 'England and Wales' }, s, '');
	}
};

async function headings(chart: string, locale: Locale): Promise<string[]> {
	overwriteGetLocale(() => locale);
	return (await charts[chart]()).columns.map((c) => c.label);
}

// The English headings as they were before they became messages: English pages must not change.
const ENGLISH: Record<string, string[]> = {
	coverage: [
		'Capability',
		'Short name',
		'Name',
		'Domain',
		'Yes',
		'n',
		'% (recomputed)',
		'% (printed)',
		'Status',
		'Where in the review'
	],
	map: [
		'ISO3',
		'Country',
		'Income group',
		'Region',
		'Survey',
		'Safe Online',
		'Scope',
		'Named as an example',
		'Capability counted',
		'Drawn as',
		'Attribute source',
		'Where in the review'
	],
	heatmap: [
		'Capability',
		'Name',
		'Domain',
		'Population',
		'Indicator',
		'Yes',
		'n',
		'% (recomputed)',
		'% (printed)',
		'Status',
		'Candidate values',
		'Where in the review'
	],
	heatmapCountries: [
		'ISO3',
		'Country',
		'Capability',
		'Capability name',
		'Times named',
		'Named in all capabilities'
	],
	compare: [
		'Capability',
		'Figure',
		'Countries',
		'Indicator',
		'Yes',
		'n',
		'% (recomputed)',
		'Status',
		'Candidate values',
		'Note',
		'Where in the review'
	],
	capability: [
		'Indicator',
		'Figure',
		'Countries',
		'Yes',
		'n',
		'% (recomputed)',
		'% (printed)',
		'Status',
		'Candidate values',
		'Printings disagree',
		'Where in the review'
	],
	country: [
		'Capability',
		'Short name',
		'Name',
		'Domain',
		'Named as an example',
		'Where in the review'
	]
};

// Headings written the same way in the other language: a code, the symbol for the number of
// countries, a programme's name (never reworded), and French words spelt as in English.
const SAME: Record<Exclude<Locale, 'en'>, string[]> = {
	fr: ['ISO3', 'n', 'Safe Online', 'Population', 'Note'],
	es: ['ISO3', 'n', 'Safe Online']
};

describe('chart table headings', () => {
	it.each(Object.keys(charts))('%s: English headings are unchanged', async (chart) => {
		expect(await headings(chart, 'en')).toEqual(ENGLISH[chart]);
	});

	it.each(Object.keys(charts).flatMap((c) => (['fr', 'es'] as const).map((l) => [c, l] as const)))(
		'%s: every heading is in %s',
		async (chart, locale) => {
			const english = await headings(chart, 'en');
			const shown = await headings(chart, locale);
			expect(shown).toHaveLength(english.length);
			const untranslated = shown.filter((h, i) => h === english[i] && !SAME[locale].includes(h));
			expect(untranslated).toEqual([]);
		}
	);

	it('French coverage table, word for word', async () => {
		expect(await headings('coverage', 'fr')).toEqual([
			'Capacité',
			'Nom court',
			'Nom',
			'Domaine',
			'Oui',
			'n',
			'% (recalculé)',
			'% (imprimé)',
			'Statut',
			'Où dans l’étude'
		]);
	});

	it('the download keeps the dictionary column keys in every language', async () => {
		overwriteGetLocale(() => 'es');
		const meta = await charts.coverage();
		// After the byte-order mark that tells spreadsheets the file is UTF-8.
		expect(toCsv(meta.columns, meta.rows).split(/\r?\n/)[0]).toBe(
			'\ufeffcapability_id,short_name,name,domain_name,yes,n,pct,pct_printed,status,source_ref'
		);
	});

	// The text alternatives were English sentences built in code: a French or Spanish page read
	// its chart aloud in English.
	it.each(['heatmap', 'heatmapCountries', 'compare'])(
		'the %s chart’s text alternative is in the page’s language',
		async (chart) => {
			overwriteGetLocale(() => 'en');
			const english = (await charts[chart]()).altText;
			for (const locale of ['fr', 'es'] as const) {
				overwriteGetLocale(() => locale);
				const alt = (await charts[chart]()).altText;
				expect(alt).not.toBe(english);
				expect(alt, `${locale}: ${alt}`).not.toMatch(/\b(the|of|are|cells|bars|against)\b/);
			}
		}
	);

	// The capability chart's text alternative was an English sentence built in code as well. The
	// figures' own labels are the review's wording and stay as printed.
	it.each([
		[
			'en',
			"Bar chart of the review's 2 figures for capability 1. Leadership. Has a national inter-ministerial or multi-stakeholder governance mechanism (all surveyed): 32 of 42 · 76% · stated. Has a relevant national policy or strategy (all surveyed): 27 of 42 · 64% · stated."
		],
		[
			'fr',
			'Diagramme en barres des 2 chiffres que l’étude donne pour la capacité 1. Leadership. Has a national inter-ministerial or multi-stakeholder governance mechanism (tous)\u00a0: 32 sur 42 · 76\u00a0% · imprimé. Has a relevant national policy or strategy (tous)\u00a0: 27 sur 42 · 64\u00a0% · imprimé.'
		],
		[
			'es',
			'Gráfico de barras de las 2 cifras que el estudio da para la capacidad 1. Leadership. Has a national inter-ministerial or multi-stakeholder governance mechanism (todos): 32 de 42 · 76\u00a0% · impreso. Has a relevant national policy or strategy (todos): 27 de 42 · 64\u00a0% · impreso.'
		]
	] as const)('the capability chart’s text alternative in %s', async (locale, alt) => {
		overwriteGetLocale(() => locale);
		expect((await charts.capability()).altText).toBe(alt);
	});

	it('the capability chart’s text alternative says when the table holds more bars', async () => {
		const [first] = await query<Indicator>(sql.capabilityIndicators(1));
		const indicators = Array.from({ length: 5 }, (_, i) => ({
			...first,
			indicator_id: `x${i}`,
			headline: i === 0
		}));
		const [capability] = await query<CapabilityDetail>(capabilityQueries.capability(1));
		const altIn = (locale: Locale) => {
			overwriteGetLocale(() => locale);
			return capabilityMeta(capability, indicators, capabilityGroups(indicators)).altText;
		};
		expect(altIn('en')).toMatch(
			/^Bar chart of the review's 5 figures .* The table lists the rest\.$/
		);
		expect(altIn('fr')).toMatch(
			/^Diagramme en barres des 5 chiffres .* Le tableau donne les autres\.$/
		);
		expect(altIn('es')).toMatch(
			/^Gráfico de barras de las 5 cifras .* La tabla recoge el resto\.$/
		);
	});

	// One list gives every chart its headings: a dataset column reads the same under each chart
	// unless the view names another heading for what the column means there.
	it('one list heads each dataset column, in the language of the moment it is called', () => {
		overwriteGetLocale(() => 'en');
		expect(tableColumnsOf(['pct', 'population', 'source_ref'])).toEqual([
			{ key: 'pct', label: '% (recomputed)' },
			{ key: 'population', label: 'Population' },
			{ key: 'source_ref', label: 'Where in the review' }
		]);
		expect(tableColumnsOf(['population'], { population: 'countries' })).toEqual([
			{ key: 'population', label: 'Countries' }
		]);
		overwriteGetLocale(() => 'fr');
		expect(tableColumnsOf(['pct', 'source_ref']).map((c) => c.label)).toEqual([
			'% (recalculé)',
			'Où dans l’étude'
		]);
	});

	it('a column shared by several charts has one heading in all of them, but where a view says otherwise', async () => {
		overwriteGetLocale(() => 'en');
		const seen = new Map<string, Set<string>>();
		for (const chart of Object.keys(charts))
			for (const { key, label } of (await charts[chart]()).columns)
				seen.set(key, (seen.get(key) ?? new Set()).add(label));
		const several = [...seen].filter(([, labels]) => labels.size > 1);
		// The views that rename a column: population as "Countries" (a figure's population), name as
		// "Country" (map) or "Domain" (country page by domain), mentions as "Times named" (heatmap),
		// capability_id as "Capability counted" (map).
		expect(several.map(([key]) => key).sort()).toEqual([
			'capability_id',
			'mentions',
			'name',
			'population'
		]);
	});
});
