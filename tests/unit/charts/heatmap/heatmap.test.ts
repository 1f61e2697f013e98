import { interpolateBlues } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { heatmapModel, type HeatmapRow } from '../../../../src/lib/charts/heatmap/model';
import { heatmapLayout } from '../../../../src/lib/charts/heatmap/layout';
import { clampPosition, moveInGrid } from '../../../../src/lib/charts/heatmap/navigation';
import {
	blues,
	contrast,
	heatColour,
	legendStops,
	scalePosition
} from '../../../../src/lib/charts/heatmap/scale';
import { cardText, cellAriaLabel, cellText } from '../../../../src/lib/charts/heatmap/cellText';
import { copy } from '../../../../src/lib/copy';
import { countryMentionRows, heatRow } from './rows';
import {
	filterNames,
	filterWords,
	type HeatmapState
} from '../../../../src/lib/charts/heatmap/view';

const figure = heatRow;

/** Capability rows × all/hic/lmic, as the income query returns them. */
const incomeRows: HeatmapRow[] = [
	figure({
		indicator_id: 'c01',
		label: 'Has a body',
		yes: 32,
		n: 42,
		pct: 76.2,
		pct_printed: 76,
		status: 'stated',
		population: 'all',
		source_ref: 'Figure 1, lines 1-2'
	}),
	figure({ col_key: 'hic' }),
	figure({ col_key: 'lmic' }),
	figure({ row_key: '3', row_label: 'Legislation', row_short: 'Legislation', col_key: 'all' }),
	figure({
		row_key: '3',
		row_label: 'Legislation',
		row_short: 'Legislation',
		col_key: 'hic',
		others: 11
	}),
	figure({ row_key: '3', row_label: 'Legislation', row_short: 'Legislation', col_key: 'lmic' }),
	figure({
		row_key: '7',
		row_short: 'Image databases',
		row_group: 2,
		row_group_label: 'Criminal Justice',
		col_key: 'all',
		indicator_id: 'c07',
		yes: 29,
		n: 42,
		pct: 69,
		status: 'stated'
	}),
	figure({
		row_key: '7',
		row_short: 'Image databases',
		row_group: 2,
		row_group_label: 'Criminal Justice',
		col_key: 'hic',
		indicator_id: 'c07-hic',
		yes: 14,
		n: 15,
		pct: 93.3,
		status: 'derived'
	}),
	figure({
		row_key: '7',
		row_short: 'Image databases',
		row_group: 2,
		row_group_label: 'Criminal Justice',
		col_key: 'lmic',
		indicator_id: 'c07-lmic',
		yes: 15,
		n: 27,
		pct: 55.6,
		status: 'derived'
	}),
	figure({
		row_key: '15',
		row_short: 'Offender support',
		row_group: 4,
		row_group_label: 'Societal',
		col_key: 'all',
		indicator_id: 'c15',
		yes: 24,
		n: 41,
		pct: 58.5,
		status: 'stated'
	}),
	figure({
		row_key: '15',
		row_short: 'Offender support',
		row_group: 4,
		row_group_label: 'Societal',
		col_key: 'hic',
		indicator_id: 'c15-hic',
		status: 'ambiguous',
		candidate_values: '14|15'
	}),
	figure({
		row_key: '15',
		row_short: 'Offender support',
		row_group: 4,
		row_group_label: 'Societal',
		col_key: 'lmic',
		indicator_id: 'c15-lmic',
		yes: 3,
		n: 7,
		pct: 42.9,
		status: 'stated',
		discrepancy: true
	})
];

const populations = copy.capabilities.populations;

describe('heatmap model', () => {
	const model = heatmapModel(incomeRows, 'income', populations);

	it('builds one row per capability and one column per population, in query order', () => {
		expect(model.rows.map((r) => r.key)).toEqual(['1', '3', '7', '15']);
		expect(model.cols.map((c) => c.key)).toEqual(['all', 'hic', 'lmic']);
		expect(model.cols[1].label).toBe('High-income countries');
		expect(model.cells.every((row) => row.length === 3)).toBe(true);
	});

	it('marks cells without a figure "not reported" with no value, never 0', () => {
		const missing = model.cells.flat().filter((c) => c.kind === 'not-reported');
		expect(missing.map((c) => `${model.rows[c.r].key}/${model.cols[c.c].key}`)).toEqual([
			'1/hic',
			'1/lmic',
			'3/all',
			'3/hic',
			'3/lmic'
		]);
		for (const cell of missing) {
			expect(cell.value).toBeNull();
			const text = cellText(cell, false);
			expect(text.main).toBe('not reported');
			expect(text.main).not.toMatch(/\d/);
			expect(cellAriaLabel(model, cell)).toContain('not reported');
			expect(cellAriaLabel(model, cell)).not.toMatch(/\b0\b/);
		}
		expect(cellText(missing[0], true).main).toBe('n/r');
	});

	it('gives figures a whole percentage rounded as the review rounds, and their n', () => {
		const leadership = model.cells[0][0];
		expect(leadership.kind).toBe('figure');
		expect(leadership.value).toBe(76);
		expect(cellText(leadership, false)).toMatchObject({ main: '76%', sub: '32/42', marks: '' });
		expect(cellAriaLabel(model, leadership)).toBe(
			'1. Leadership, all surveyed countries: 32 of 42 (76%)'
		);
	});

	it('marks derived, small-n and disagreeing figures where the value is shown', () => {
		const hic = model.cells[2][1];
		expect(hic.caveats).toEqual(['derived']);
		expect(cellText(hic, false).marks).toBe('†');
		expect(cellAriaLabel(model, hic)).toContain('derived');
		const lmic15 = model.cells[3][2];
		expect(lmic15.caveats).toEqual(['small-n', 'discrepancy']);
		expect(cellText(lmic15, false).marks).toBe('*≠');
		expect(cellAriaLabel(model, lmic15)).toContain('printed figures disagree');
	});

	it('draws no value for ambiguous figures and lists the candidates', () => {
		const amb = model.cells[3][1];
		expect(amb.kind).toBe('ambiguous');
		expect(amb.value).toBeNull();
		expect(amb.candidates).toEqual(['14', '15']);
		expect(cellText(amb, false).main).toBe('ambiguous');
		expect(cellAriaLabel(model, amb)).toContain('14, 15');
		expect(cardText(model, amb).lines.join(' ')).toContain('14 | 15');
	});

	it('points a not-reported cell at the other figures the capability has', () => {
		const card = cardText(model, model.cells[1][1]);
		expect(card.lines.join(' ')).toContain('11 other figures about high-income countries');
	});

	it('treats an unsettled count as not reported even with an indicator', () => {
		const m = heatmapModel(
			[figure({ indicator_id: 'x', status: 'stated', yes: null, n: 42 })],
			'overall',
			populations
		);
		expect(m.cells[0][0].kind).toBe('not-reported');
		expect(m.cells[0][0].value).toBeNull();
	});
});

describe('heatmap model: countries named as examples', () => {
	const rows = countryMentionRows([
		['AUS', 'Australia', [2, 0, 5]],
		['GHA', 'Ghana', [0, 1, 0]]
	]);
	const model = heatmapModel(rows, 'countries', populations);

	it('counts mentions, with zero as a real value and the top count as the scale maximum', () => {
		expect(model.max).toBe(5);
		expect(model.cells[0].map((c) => c.value)).toEqual([2, 0, 5]);
		expect(model.cells.flat().every((c) => c.kind === 'mentions')).toBe(true);
		expect(model.rows[0].total).toBe(7);
	});

	it('words cells as being named, never as having a capability', () => {
		const label = cellAriaLabel(model, model.cells[0][0]);
		expect(label).toBe('Australia, 1. Leadership: named as an example 2 times');
		const card = cardText(model, model.cells[1][1]);
		expect(card.lines[0]).toContain('named as an example once');
		expect(card.footer).toContain('not an assessment');
		expect(JSON.stringify(card)).not.toMatch(/\bhas (the|a) capab/i);
	});

	it('lays out countries in rows and capabilities in domain-grouped columns', () => {
		const wide = heatmapLayout(model, 1100);
		expect(wide.rows.map((r) => r.key)).toEqual(['AUS', 'GHA']);
		expect(wide.bands).toHaveLength(2);
		// A gap separates the domains.
		expect(wide.columns[2].x).toBeGreaterThan(wide.columns[1].x + wide.columns[1].width);
		expect(wide.scroll).toBe(false);
		expect(wide.total).not.toBeNull();
	});
});

describe('heatmap layout', () => {
	const model = heatmapModel(incomeRows, 'income', populations);

	it('fits the aggregate view into a phone-width container without scrolling', () => {
		const narrow = heatmapLayout(model, 343);
		expect(narrow.width).toBeLessThanOrEqual(343);
		expect(narrow.scroll).toBe(false);
		expect(narrow.compact).toBe(true);
		expect(narrow.cellWidth).toBeGreaterThanOrEqual(62);
		// Three columns on a phone: "n/r"; one column has room for "not reported".
		expect(narrow.shortStandIns).toBe(true);
		const single = heatmapModel(
			incomeRows.filter((r) => r.col_key === 'all'),
			'overall',
			populations
		);
		expect(heatmapLayout(single, 343).shortStandIns).toBe(false);
	});

	it('puts a domain heading before each new domain and keeps rows apart', () => {
		const l = heatmapLayout(model, 900);
		expect(l.headings.map((h) => h.label)).toEqual([
			'1. Policy and Governance',
			'2. Criminal Justice',
			'4. Societal'
		]);
		const ys = l.rows.map((r) => r.y);
		for (let i = 1; i < ys.length; i++)
			expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(l.cellHeight);
		expect(l.width).toBeLessThanOrEqual(780);
	});

	it('scrolls the 42 × 21 countries matrix sideways on a phone, with cells big enough to tap', () => {
		const rows: HeatmapRow[] = [];
		for (let r = 0; r < 42; r++)
			for (let c = 1; c <= 21; c++)
				rows.push(
					figure({
						row_key: `C${r}`,
						row_label: `Country ${r}`,
						row_short: `C${r}`,
						row_group: null,
						col_key: String(c),
						col_group: Math.ceil(c / 4),
						col_label: `Capability ${c}`,
						col_group_label: `Domain ${Math.ceil(c / 4)}`,
						mentions: (r * c) % 4
					})
				);
		const m = heatmapModel(rows, 'countries', populations);
		const phone = heatmapLayout(m, 343);
		expect(phone.scroll).toBe(true);
		expect(phone.compact).toBe(true);
		expect(phone.cellWidth).toBeGreaterThanOrEqual(24);
		expect(phone.cellHeight).toBeGreaterThanOrEqual(24);
		expect(phone.rows[0].lines).toEqual(['C0']);
		expect(phone.height).toBeGreaterThan(42 * phone.cellHeight);
		const desk = heatmapLayout(m, 1120);
		expect(desk.scroll).toBe(false);
		expect(desk.rows[0].lines).toEqual(['Country 0']);
	});
});

describe('countries view headers', () => {
	// The review's six domains and four of its capabilities' short names per domain at most.
	const DOMAINS = [
		'Policy and Governance',
		'Criminal Justice',
		'Victim',
		'Societal',
		'Industry',
		'Media and Communications'
	];
	const SIZES = [3, 4, 4, 4, 4, 2];
	const rows: HeatmapRow[] = [];
	let id = 0;
	for (const [d, n] of SIZES.entries())
		for (let k = 0; k < n; k++) {
			id++;
			rows.push(
				figure({
					row_key: 'ALB',
					row_label: 'Albania',
					row_short: 'ALB',
					row_group: null,
					col_key: String(id),
					col_group: d + 1,
					col_label: id === 19 ? 'Corporate responsibility (CSR)' : `Capability ${id}`,
					col_group_label: DOMAINS[d],
					mentions: 1
				})
			);
		}
	const model = heatmapModel(rows, 'countries', populations);

	it('names every column by its capability, written upwards, in full or cut with an ellipsis', () => {
		for (const width of [343, 1120]) {
			const l = heatmapLayout(model, width);
			expect(l.rotatedHeads).toBe(true);
			expect(l.columns[0].lines).toEqual(['Capability 1']);
			const csr = l.columns[18].lines[0];
			expect('Corporate responsibility (CSR)'.startsWith(csr.replace(/…$/, ''))).toBe(true);
			// The heads end above the cells and start below the domain bands.
			expect(l.headerY).toBeLessThan(l.bodyY);
		}
	});

	it('wraps domain names inside their band, whole words, never cut', () => {
		for (const width of [343, 720, 1120]) {
			const l = heatmapLayout(model, width);
			expect(l.bands.map((b) => b.lines.join(' '))).toEqual(
				DOMAINS.map((d, i) => `${i + 1}. ${d}`)
			);
		}
	});
});

describe('heatmap colour scale', () => {
	it("is d3's Blues ramp, colour for colour", () => {
		for (let i = 0; i <= 200; i++) expect(blues(i / 200)).toBe(interpolateBlues(i / 200));
	});

	it('gets darker with the value on a light background and lighter on a dark one', () => {
		const low = heatColour(0.1);
		const high = heatColour(0.9);
		expect(contrast(high.light, '#ffffff')).toBeGreaterThan(contrast(low.light, '#ffffff'));
		expect(contrast(high.dark, '#14171b')).toBeGreaterThan(contrast(low.dark, '#14171b'));
	});

	it('picks cell text that stays readable (AA for normal text) across the whole ramp', () => {
		for (let i = 0; i <= 20; i++) {
			const c = heatColour(i / 20);
			expect(contrast(c.light, c.inkLight)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(c.dark, c.inkDark)).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('places percentages on 0–100 and counts above the empty zero', () => {
		expect(scalePosition(50, 100, 'pct')).toBe(0.5);
		expect(scalePosition(0, 7, 'count')).toBe(0);
		expect(scalePosition(1, 7, 'count')).toBeGreaterThan(0.2);
		expect(scalePosition(7, 7, 'count')).toBe(1);
	});

	it('gives a gradient legend for percentages and one swatch per count for mentions', () => {
		expect(legendStops(100, 'pct').map((s) => s.value)).toEqual([0, 25, 50, 75, 100]);
		expect(legendStops(7, 'count').map((s) => s.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(legendStops(30, 'count').length).toBeLessThanOrEqual(9);
		expect(legendStops(30, 'count').at(-1)?.value).toBe(30);
	});
});

describe('heatmap keyboard movement', () => {
	it.each([
		['ArrowRight', false, { r: 1, c: 2 }],
		['ArrowLeft', false, { r: 1, c: 0 }],
		['ArrowDown', false, { r: 2, c: 1 }],
		['ArrowUp', false, { r: 0, c: 1 }],
		['Home', false, { r: 1, c: 0 }],
		['End', false, { r: 1, c: 2 }],
		['Home', true, { r: 0, c: 0 }],
		['End', true, { r: 9, c: 2 }],
		['PageDown', false, { r: 6, c: 1 }],
		['PageUp', false, { r: 0, c: 1 }]
	])('%s (ctrl %s) from row 1, column 1', (key, ctrlKey, to) => {
		expect(moveInGrid({ r: 1, c: 1 }, { key, ctrlKey }, 10, 3)).toEqual(to);
	});

	it('stops at the edges and ignores other keys', () => {
		expect(moveInGrid({ r: 0, c: 0 }, { key: 'ArrowUp' }, 10, 3)).toEqual({ r: 0, c: 0 });
		expect(moveInGrid({ r: 9, c: 2 }, { key: 'ArrowRight' }, 10, 3)).toEqual({ r: 9, c: 2 });
		expect(moveInGrid({ r: 0, c: 0 }, { key: 'Enter' }, 10, 3)).toBeNull();
		expect(moveInGrid({ r: 0, c: 0 }, { key: 'ArrowDown' }, 0, 0)).toBeNull();
	});

	it('keeps the active cell inside a grid that shrank', () => {
		expect(clampPosition({ r: 40, c: 20 }, 5, 21)).toEqual({ r: 4, c: 20 });
		expect(clampPosition({ r: 3, c: 3 }, 0, 0)).toEqual({ r: 0, c: 0 });
	});
});

describe('heatmap filters in words', () => {
	const names = filterNames(
		[{ income_group: 'HIC', name: 'High income', countries_printed: 15, source_ref: 'x' }],
		[{ region: 'WE', name: 'Western Europe', countries_printed: 8, source_ref: 'x' }]
	);

	it('names each code from its table, and keeps a code the table lacks as it is', () => {
		expect(names.income.HIC).toBe('High income');
		expect(names.income.LMIC).toBe('LMIC');
		expect(names.region).toEqual({ WE: 'Western Europe' });
	});

	it('says every active filter, in order: income, region, survey', () => {
		const state: HeatmapState = {
			breakdown: 'countries',
			income: null,
			region: null,
			survey: null,
			order: 'name'
		};
		expect(filterWords({ ...state, income: 'HIC', region: 'WE', survey: 'unicef' }, names)).toBe(
			`High income, Western Europe, ${copy.capabilities.heatmap.surveys.unicef}`
		);
		expect(filterWords(state, names)).toBe('');
	});
});
