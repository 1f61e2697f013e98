// The country pages' pure pieces (chart layout, grouping of mentions, neighbours, sources, meta)
// and their SQL against the built Parquet files.
import { describe, expect, it } from 'vitest';
import { technicalRef } from '../../../../src/lib/data/readerRef';
import {
	countryBarsLayout,
	type CountryMentionCount
} from '../../../../src/lib/charts/country/layout';
import {
	countryMeta,
	countryParams,
	groupMentions,
	neighbours,
	type CountryMention
} from '../../../../src/lib/charts/country/view';
import { mapSql } from '../../../../src/lib/charts/map/query';
import { sql } from '../../../../src/lib/query/sql';
import { parseParams } from '../../../../src/lib/url/params';
import { testEngine } from '../../fixture/dataset';

const count = (over: Partial<CountryMentionCount>): CountryMentionCount => ({
	capability_id: 1,
	short_name: 'Leadership',
	name: 'Leadership',
	domain_id: 1,
	domain_name: 'Policy and Governance',
	mentions: 0,
	source_ref: null,
	...over
});

const mention = (over: Partial<CountryMention>): CountryMention => ({
	mention_id: 1,
	iso3: 'GBR',
	capability_id: 1,
	kind: 'table',
	category: null,
	subject: null,
	source_ref: 'Table 1, lines 1163-1165',
	section: 'Leadership › Current status',
	figure: 'Table 1',
	search_phrase: 'Tackling Child Sexual Abuse Strategy.',
	phrase_count: 1,
	page: null,
	summary: 'Cited for a board.',
	capability_name: 'Leadership',
	domain_id: 1,
	...over
});

describe('country chart layout', () => {
	const rows = [
		count({ capability_id: 1, mentions: 4 }),
		count({ capability_id: 2, mentions: 2 }),
		count({ capability_id: 4, domain_id: 2, domain_name: 'Criminal Justice', mentions: 0 })
	];

	it('puts capabilities under domain headings and scales bars to the largest count', () => {
		const l = countryBarsLayout(rows, 800);
		expect(l.stacked).toBe(false);
		expect(l.headings.map((h) => h.domain_id)).toEqual([1, 2]);
		expect(l.bars[0].width).toBeCloseTo(l.barMax);
		expect(l.bars[1].width).toBeCloseTo(l.barMax / 2);
		expect(l.bars[2].width).toBe(0);
		expect(l.bars[2].y).toBeGreaterThan(l.bars[1].y + l.rowHeight);
	});

	it('closes up to fit an export band shorter than the chart, type at the export minimum or more', () => {
		const many = Array.from({ length: 21 }, (_, i) =>
			count({ capability_id: i + 1, domain_id: Math.ceil((i + 1) / 4), mentions: i % 3 })
		);
		const screen = countryBarsLayout(many, 582);
		expect(screen.height).toBeGreaterThan(476);
		const l = countryBarsLayout(many, 582, 476);
		expect(l.height).toBeLessThanOrEqual(476);
		expect(l.font).toBeGreaterThanOrEqual(10);
		expect(l.stacked).toBe(false);
		expect(countryBarsLayout(many, 582, 5000)).toEqual(screen);
	});

	it('stacks labels on narrow screens and has no headings per domain', () => {
		const l = countryBarsLayout(
			[count({ capability_id: null, name: 'Policy and Governance', mentions: 0 })],
			340
		);
		expect(l.stacked).toBe(true);
		expect(l.headings).toEqual([]);
		expect(l.barX).toBe(0);
		expect(l.width).toBe(340);
		// Nothing named: the scale still has a positive domain, bars stay empty.
		expect(l.bars[0].width).toBe(0);
	});
});

describe('mentions grouped for the page', () => {
	const capabilities = [
		{ capability_id: 1, domain_id: 1, name: 'Leadership', short_name: 'Leadership' },
		{
			capability_id: 4,
			domain_id: 2,
			name: 'Dedicated law enforcement',
			short_name: 'Law enforcement'
		},
		{ capability_id: 8, domain_id: 3, name: 'End-to-end support', short_name: 'Support' }
	];
	const domains = [
		{ domain_id: 2, name: 'Criminal Justice' },
		{ domain_id: 1, name: 'Policy and Governance' },
		{ domain_id: 3, name: 'Victim' }
	];

	it('orders domains and capabilities, leaves out empty ones, and keeps cross-cutting apart', () => {
		const g = groupMentions(
			[
				mention({ mention_id: 9, capability_id: 4, domain_id: 2 }),
				mention({ mention_id: 3, capability_id: 1 }),
				mention({ mention_id: 2, capability_id: 1 }),
				mention({ mention_id: 30, capability_id: null, kind: 'list', domain_id: null })
			],
			capabilities,
			domains
		);
		expect(g.domains.map((d) => d.domain.domain_id)).toEqual([1, 2]);
		expect(g.domains[0].capabilities[0].mentions.map((m) => m.mention_id)).toEqual([2, 3]);
		expect(g.crossCutting.map((m) => m.mention_id)).toEqual([30]);
		expect(g.count).toBe(3);
	});

	it('handles a country named nowhere', () => {
		expect(groupMentions([], capabilities, domains)).toEqual({
			domains: [],
			crossCutting: [],
			count: 0
		});
	});
});

describe('country helpers', () => {
	const names = [
		{ iso3: 'ALB', name: 'Albania' },
		{ iso3: 'AUS', name: 'Australia' },
		{ iso3: 'ZWE', name: 'Zimbabwe' }
	];
	it.each([
		['ALB', null, 'AUS'],
		['AUS', 'ALB', 'ZWE'],
		['ZWE', 'AUS', null],
		['XYZ', null, null]
	])('neighbours of %s are %s and %s', (iso3, previous, next) => {
		const n = neighbours(names, iso3);
		expect(n.previous?.iso3 ?? null).toBe(previous);
		expect(n.next?.iso3 ?? null).toBe(next);
	});

	it.each([
		['Table 5, lines 2161-2162', 'Table 5 (lines 2161–2162)'],
		[
			'Footnote 53, lines 1454-1455 ; Box 6, lines 4261-4271',
			'Footnote 53 (lines 1454–1455); Box 6 (lines 4261–4271)'
		],
		['not a reference', 'not a reference']
	])('shows %s as %s', (ref, text) => {
		expect(technicalRef(ref)).toBe(text);
	});

	it('takes by=capability|domain from the URL', () => {
		expect(parseParams(countryParams, new URLSearchParams('by=domain')).state.by).toBe('domain');
		expect(parseParams(countryParams, new URLSearchParams('by=region')).ignored).toHaveLength(1);
	});

	it('describes the chart without calling counts a rating', () => {
		const meta = countryMeta(
			[
				count({ mentions: 3, short_name: 'Leadership' }),
				count({ capability_id: 2, short_name: 'Research', mentions: 0 })
			],
			{ iso3: 'GBR', name: 'England and Wales' },
			{ by: 'capability' },
			''
		);
		expect(meta.id).toBe('country');
		expect(meta.path).toBe('/countries/GBR');
		expect(meta.altText).toContain('Leadership (3)');
		expect(meta.altText).toContain('1 of 2 capabilities do not name it');
		expect(meta.altText).toContain('per capability');
		expect(meta.notes.join(' ')).toMatch(/not a better score/);
		expect(meta.columns.map((c) => c.key)).toContain('source_ref');
		const byDomain = countryMeta(
			[count({ capability_id: null, name: 'Policy' })],
			{ iso3: 'KEN', name: 'Kenya' },
			{ by: 'domain' },
			'by=domain'
		);
		expect(byDomain.altText).toBe(
			'Bar chart: the review names Kenya as an example under none of the 1 domains.'
		);
		expect(byDomain.columns.map((c) => c.key)).toEqual(['name', 'mentions', 'source_ref']);
	});
});

describe('country SQL', () => {
	it('counts per capability (all 21) and per domain (all 6) with the same total', async () => {
		const byCapability = await testEngine().query<CountryMentionCount>(
			mapSql.countryMentionCounts('GBR', 'capability')
		);
		const byDomain = await testEngine().query<CountryMentionCount>(
			mapSql.countryMentionCounts('GBR', 'domain')
		);
		expect(byCapability).toHaveLength(21);
		expect(byDomain).toHaveLength(6);
		const sum = (rows: CountryMentionCount[]) => rows.reduce((s, r) => s + r.mentions, 0);
		expect(sum(byCapability)).toBe(30);
		expect(sum(byDomain)).toBe(30);
		expect(byCapability.find((r) => r.mentions === 0)?.source_ref).toBeNull();
	}, 30_000);

	it('reads a country with the names of its groups, and nothing for an unknown code', async () => {
		const [gbr] = await testEngine().query<Record<string, unknown>>(mapSql.country('GBR'));
		expect(gbr).toMatchObject({
			name: 'England and Wales',
			income_group_name: 'High-income economies',
			region_name: 'Western Europe'
		});
		expect(await testEngine().query(mapSql.country("X'Y"))).toEqual([]);
		const names = await testEngine().query<{ iso3: string }>(mapSql.countryNames());
		expect(names).toHaveLength(42);
		const mentions = await testEngine().query<CountryMention>(sql.countryMentions('GBR'));
		expect(mentions.filter((m) => m.capability_id === null)).toHaveLength(2);
	});
});
