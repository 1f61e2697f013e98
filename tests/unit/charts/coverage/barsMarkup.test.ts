// The overview's bars written as one SVG string (barsMarkup.ts), which hydration adopts as it is:
// every value escaped, one link per bar carrying what the card and the tests read, and the same
// markup the server wrote before (the render snapshot in tests/unit/render holds the whole chart).
import { describe, expect, it } from 'vitest';
import { coverageLayout, type CoverageRow } from '../../../../src/lib/charts/coverage/layout';
import { coverageBarsMarkup } from '../../../../src/lib/charts/coverage/barsMarkup';
import { coverageRow } from './rows';
import { markupElements as elements } from '../markupElements';

const row = (id: number, pct: number | null, extra: Partial<CoverageRow> = {}) =>
	coverageRow(id, 1, pct, extra);

const hostile = `<img src=x onerror="alert(1)">'&`;
const rows = [
	row(1, 76.2, { name: hostile, short_name: hostile }),
	row(3, null),
	row(20, 54.8, { discrepancy: true })
];
const href = (id: number) => `/capabilities/${id}`;

describe('coverageBarsMarkup', () => {
	const layout = coverageLayout(rows, 760, false);
	const markup = coverageBarsMarkup(layout, href);

	it('escapes every word it writes, so a name can never become markup', () => {
		expect(markup).not.toContain('<img');
		expect(markup).not.toContain(`"alert(1)"`);
		const links = elements(markup).filter((e) => e.name === 'a');
		expect(links[0].attrs['aria-label']).toContain(hostile);
	});

	it('writes one link per bar, in order, with its capability, value and spoken label', () => {
		const links = elements(markup).filter((e) => e.name === 'a');
		expect(links.map((l) => l.attrs.href)).toEqual(
			layout.bars.map((b) => `/capabilities/${b.row.capability_id}`)
		);
		expect(links.map((l) => l.attrs['data-capability'])).toEqual(
			layout.bars.map((b) => String(b.row.capability_id))
		);
		const noFigure = links.find((l) => l.attrs['data-capability'] === '3')!;
		expect(noFigure.attrs['data-value']).toBe('');
		expect(noFigure.attrs['aria-label']).toBe(`Capability 3; ${layout.bars[1].value}`);
	});

	it('draws a bar only for a figure, lighter with a caveat, and mutes a missing value', () => {
		const bars = elements(markup).filter((e) => e.name === 'rect' && /\bbar\b/.test(e.attrs.class));
		expect(bars.map((b) => b.attrs.class)).toEqual(['bar', 'bar caveat']);
		const caveated = layout.bars.find((b) => b.row.capability_id === 20)!;
		expect(bars[1].attrs.width).toBe(String(caveated.width));
		const values = elements(markup).filter((e) => e.name === 'text' && /value/.test(e.attrs.class));
		expect(values.map((v) => v.attrs.class)).toEqual(['value', 'value muted', 'value']);
		// Beside the labels, a caveat is written after the value, a no-break space apart.
		expect(markup).toContain(`<tspan class="caveat-text">\u00a0(${caveated.caveatText})</tspan>`);
	});

	it('stacks a label over its bar, with its caveat on a line of its own, on a narrow screen', () => {
		const stacked = coverageLayout(rows, 320, false);
		expect(stacked.stacked).toBe(true);
		const texts = elements(coverageBarsMarkup(stacked, href)).filter((e) => e.name === 'text');
		expect(
			texts.filter((t) => t.attrs.class === 'label').map((t) => t.attrs['text-anchor'])
		).toEqual(['start', 'start', 'start']);
		expect(texts.filter((t) => t.attrs.class === 'caveat-text')).toHaveLength(1);
	});
});
