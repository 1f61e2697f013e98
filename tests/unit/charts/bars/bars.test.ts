import { describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../../src/lib/paraglide/runtime';
import {
	barKind,
	figureTree,
	numberFootnotes,
	type BarFigure
} from '../../../../src/lib/charts/bars/model';
import { comparisonGroups, singleGroupFigures } from '../../../../src/lib/charts/compare/model';
import type { ComparisonRow } from '../../../../src/lib/charts/compare/query';
import { groupedBarLayout } from '../../../../src/lib/charts/bars/layout';
import { barAriaLabel, barValueText } from '../../../../src/lib/charts/bars/barLabels';
import { charsThatFit, textWidth, wrapText } from '../../../../src/lib/text/wrapText';

const original = getLocale;

const fig = (over: Partial<BarFigure> & { indicator_id: string }): BarFigure => ({
	label: over.indicator_id,
	population: 'all',
	yes: null,
	n: null,
	pct: null,
	pct_printed: null,
	status: 'stated',
	candidate_values: null,
	discrepancy: false,
	source_ref: 'Somewhere, lines 1-2',
	note: null,
	parent_id: null,
	capability_id: 12,
	...over
});

// Capability 12's figures as the query returns them (headline first, then by parent and id).
const hotline = [
	fig({ indicator_id: 'c12-hotline', label: 'Has a hotline', yes: 38, n: 42, pct: 90.5 }),
	fig({ indicator_id: 'c12-inhope-member', parent_id: 'c12-hotline', yes: 29, n: 38, pct: 76.3 }),
	fig({
		indicator_id: 'c12-iwf-portal',
		parent_id: 'c12-inhope-member',
		yes: 10,
		n: 29,
		status: 'derived',
		note: '29 - 19 = 10.'
	}),
	fig({ indicator_id: 'c12-national', parent_id: 'c12-inhope-member', yes: 19, n: 29, pct: 65.5 })
];

describe('bar kinds', () => {
	it('draws a value only when the counts are settled and the figure is not ambiguous', () => {
		expect(barKind(fig({ indicator_id: 'a', yes: 3, n: 4 }))).toBe('value');
		expect(barKind(fig({ indicator_id: 'a', yes: 3, n: 4, status: 'ambiguous' }))).toBe(
			'ambiguous'
		);
		expect(barKind(fig({ indicator_id: 'a', yes: null, n: 42 }))).toBe('not-reported');
		expect(barKind(null)).toBe('not-reported');
	});
});

describe('figure tree (capability page)', () => {
	it('nests sub-figures under the figure they break down, in depth-first order', () => {
		const groups = figureTree(hotline);
		expect(groups.map((g) => [g.key, g.depth])).toEqual([
			['c12-hotline', 0],
			['c12-inhope-member', 1],
			['c12-iwf-portal', 2],
			['c12-national', 2]
		]);
		expect(groups[0].bars[0]).toMatchObject({ kind: 'value', whole: 90 });
	});

	it('puts income splits into their parent figure as extra bars', () => {
		const groups = figureTree([
			fig({ indicator_id: 'c07', yes: 29, n: 42 }),
			fig({
				indicator_id: 'c07-hic',
				parent_id: 'c07',
				population: 'hic',
				yes: 14,
				n: 15,
				status: 'derived'
			}),
			fig({
				indicator_id: 'c07-lmic',
				parent_id: 'c07',
				population: 'lmic',
				yes: 15,
				n: 27,
				status: 'derived'
			}),
			fig({ indicator_id: 'c07-share', parent_id: 'c07', yes: 12, n: 13 })
		]);
		expect(groups.map((g) => g.key)).toEqual(['c07', 'c07-share']);
		expect(groups[0].bars.map((b) => b.population)).toEqual(['all', 'hic', 'lmic']);
		expect(groups[0].bars[1].caveats).toEqual(['derived']);
	});

	it('keeps figures about one group as groups of their own', () => {
		const groups = figureTree([
			fig({ indicator_id: 'c03-a', population: 'hic', yes: 15, n: 15 }),
			fig({
				indicator_id: 'c03-b',
				population: 'hic',
				n: 15,
				status: 'ambiguous',
				candidate_values: '100|93'
			})
		]);
		expect(groups).toHaveLength(2);
		expect(groups[1].bars[0]).toMatchObject({
			kind: 'ambiguous',
			pct: null,
			whole: null,
			candidates: ['100', '93']
		});
	});
});

const comparison = (over: Partial<ComparisonRow> & { indicator_id: string }): ComparisonRow => ({
	...fig(over),
	group_id: over.group_id ?? over.indicator_id,
	group_label: over.group_label ?? 'Group',
	capability_name: 'Capability',
	short_name: 'Cap',
	counterparts: over.counterparts ?? 2,
	...over
});

describe('comparison groups (/compare)', () => {
	const rows: ComparisonRow[] = [
		comparison({ indicator_id: 'c06', group_id: 'c06', yes: 30, n: 42 }),
		comparison({
			indicator_id: 'c06-hic',
			group_id: 'c06',
			population: 'hic',
			yes: 15,
			n: 15,
			status: 'derived',
			note: 'none of the 12 is high-income'
		}),
		comparison({
			indicator_id: 'c06-lmic',
			group_id: 'c06',
			population: 'lmic',
			yes: 15,
			n: 27,
			status: 'derived',
			note: '27 - 12 = 15'
		}),
		comparison({ indicator_id: 'c15', group_id: 'c15', yes: 24, n: 41 }),
		comparison({
			indicator_id: 'c15-hic',
			group_id: 'c15',
			population: 'hic',
			status: 'ambiguous',
			candidate_values: '14|15',
			note: 'one did not answer'
		}),
		comparison({ indicator_id: 'c03-x', population: 'hic', yes: 8, n: 15, counterparts: 1 }),
		comparison({ indicator_id: 'c03-u', population: 'unicef', yes: 22, n: 25, counterparts: 1 })
	];

	it('draws only real comparisons, with a bar for every population shown', () => {
		const groups = comparisonGroups(rows);
		expect(groups.map((g) => g.key)).toEqual(['c06', 'c15']);
		expect(groups[0].bars.map((b) => b.population)).toEqual(['all', 'hic', 'lmic']);
		// c15 has no lmic figure in these rows: it reads "not reported", never 0.
		const missing = groups[1].bars[2];
		expect(missing).toMatchObject({
			population: 'lmic',
			kind: 'not-reported',
			pct: null,
			whole: null
		});
		expect(barValueText(missing)).toBe('not reported');
	});

	it('lists figures about one group only apart from the comparisons', () => {
		expect(singleGroupFigures(rows).map((r) => r.indicator_id)).toEqual(['c03-x', 'c03-u']);
	});

	it('numbers the notes of derived and ambiguous bars in reading order', () => {
		const { groups, notes } = numberFootnotes(comparisonGroups(rows));
		expect(notes.map((n) => [n.number, n.indicator_id])).toEqual([
			[1, 'c06-hic'],
			[2, 'c06-lmic'],
			[3, 'c15-hic']
		]);
		expect(groups[0].bars.map((b) => b.footnote)).toEqual([null, 1, 2]);
	});

	it('labels every bar with its count, n, share and stated/derived, and its note', () => {
		const { groups } = numberFootnotes(comparisonGroups(rows));
		expect(barValueText(groups[0].bars[0])).toBe('30 of 42 · 71% · stated');
		expect(barValueText(groups[0].bars[2])).toBe('15 of 27 · 56% · derived[2]');
		expect(barValueText(groups[1].bars[1])).toBe('ambiguous[3] · values offered: 14 | 15');
		expect(barAriaLabel('Offender management', groups[0].bars[2])).toBe(
			'Offender management; Low- and middle-income countries: 15 of 27, 56%, derived (note 2)'
		);
		// In French, spaced as French wants and with its own words.
		overwriteGetLocale(() => 'fr');
		try {
			expect(barAriaLabel('Gestion des délinquants', groups[0].bars[2])).toMatch(
				/^Gestion des délinquants\u202f; .+\u00a0: 15 sur 27, 56\u00a0%, dérivé \(note 2\)$/
			);
		} finally {
			overwriteGetLocale(original);
		}
	});

	it('writes small n and disagreeing printings beside the value', () => {
		const { groups } = numberFootnotes(
			comparisonGroups([
				comparison({ indicator_id: 'a', yes: 3, n: 7, discrepancy: true }),
				comparison({ indicator_id: 'a-hic', group_id: 'a', population: 'hic', yes: 1, n: 2 })
			])
		);
		expect(barValueText(groups[0].bars[0])).toBe(
			'3 of 7 · 43% · stated · small n · printed figures disagree'
		);
	});
});

describe('grouped bar layout', () => {
	const groups = figureTree(hotline);

	it('puts labels beside bars on wide screens and scales bars to 0–100%', () => {
		const l = groupedBarLayout(groups, 900);
		expect(l.stacked).toBe(false);
		const first = l.groups[0].rows[0];
		expect(first.labelAnchor).toBe('end');
		expect(first.length).toBeCloseTo((l.barMax * 38) / 42, 5);
		expect(l.ticks.at(-1)?.x).toBe(l.barX + l.barMax);
		// Nested groups are indented.
		expect(l.groups[2].x).toBeGreaterThan(l.groups[1].x);
	});

	it('stacks label, value and bar on a phone and stays inside the width', () => {
		const l = groupedBarLayout(groups, 343);
		expect(l.stacked).toBe(true);
		expect(l.width).toBe(343);
		for (const g of l.groups)
			for (const r of g.rows) {
				expect(r.length).toBeLessThanOrEqual(343);
				const right = r.valueAnchor === 'end' ? r.valueX : r.valueX + textWidth(r.valueText, 11);
				expect(right).toBeLessThanOrEqual(343 + 1);
			}
	});

	it('keeps groups from overlapping', () => {
		const l = groupedBarLayout(groups, 600);
		for (let i = 1; i < l.groups.length; i++)
			expect(l.groups[i].top).toBeGreaterThanOrEqual(l.groups[i - 1].bottom);
		expect(l.height).toBeGreaterThan(l.groups.at(-1)!.bottom);
	});

	it('draws no bar length for ambiguous and not-reported bars', () => {
		const l = groupedBarLayout(
			figureTree([fig({ indicator_id: 'x', status: 'ambiguous', n: 15, candidate_values: '1|2' })]),
			800
		);
		expect(l.groups[0].rows[0].length).toBe(0);
		expect(l.groups[0].rows[0].valueText).toContain('values offered: 1 | 2');
	});
});

describe('label wrapping', () => {
	it('wraps on spaces within the limit', () => {
		expect(wrapText('Law criminalizes knowing possession of CSAM', 20)).toEqual([
			'Law criminalizes',
			'knowing possession',
			'of CSAM'
		]);
	});

	it('breaks long hyphenated words after the hyphen', () => {
		expect(wrapText('High-income countries', 9)).toEqual(['High-', 'income', 'countries']);
	});

	it('ends with an ellipsis when lines run out', () => {
		const lines = wrapText('one two three four five six', 9, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1].endsWith('…')).toBe(true);
		expect(lines[1].length).toBeLessThanOrEqual(9);
	});

	it('breaks a word longer than a line without dropping any of it (one rule with the exports)', () => {
		const lines = wrapText('Hotline https://example.org/reports/2022?lang=en', 16);
		expect(lines.join('').replace(/ /g, '')).toBe(
			'Hotlinehttps://example.org/reports/2022?lang=en'
		);
		for (const l of lines) expect(l.length).toBeLessThanOrEqual(16);
		expect(lines[1]).toBe('example.org/');
	});

	it('estimates how many characters fit', () => {
		expect(charsThatFit(100, 10)).toBe(17);
		expect(charsThatFit(1, 20)).toBe(1);
	});
});

describe('row labels of sub-figures', () => {
	it('name the base of a sub-figure instead of calling it all surveyed countries', () => {
		const l = groupedBarLayout(figureTree(hotline), 900);
		expect(l.groups[0].rows[0].label).toBe('All surveyed');
		expect(l.groups[1].rows[0].label).toBe('Base: 38 countries');
		expect(barAriaLabel('INHOPE', l.groups[1].rows[0].bar, 1)).toContain('Base: 38 countries');
	});
});

describe('label wrapping keeps spaces', () => {
	it('does not glue a word to one that ends in a hyphen', () => {
		expect(wrapText('Low- and middle-income countries', 13)).toEqual([
			'Low- and',
			'middle-income',
			'countries'
		]);
		expect(wrapText('Low- and middle-income countries', 9)).toEqual([
			'Low- and',
			'middle-',
			'income',
			'countries'
		]);
	});
});
