// A capability page's chart through its definition, as chartView runs it on the page: no
// settings, the capability's own figures asked for, the headline drawn first, and meta that
// carries every figure to the table and exports.
import { describe, expect, it } from 'vitest';
import { capabilityChart } from '$lib/charts/capability/definition';
import { capabilityQueries, type CapabilityDetail } from '$lib/charts/capability/query';
import { sql } from '$lib/query/sql';
import type { Indicator } from '$lib/data/types';
import { query } from '../../fixture/dataset';

async function capability(id: number) {
	const [detail] = await query<CapabilityDetail>(capabilityQueries.capability(id));
	const rows = await query<Indicator>(capabilityChart.sql({}, detail));
	return { detail, rows };
}

describe('capabilityChart', () => {
	it('takes no settings and asks for the capability’s own figures', async () => {
		const { detail } = await capability(12);
		expect(Object.keys(capabilityChart.params)).toEqual([]);
		expect(capabilityChart.sql({}, detail)).toBe(sql.capabilityIndicators(12));
	});

	it('draws the hotline headline first, and every figure travels with the chart', async () => {
		const { detail, rows } = await capability(12);
		const model = capabilityChart.model({ rows, state: {} }, detail);
		expect(model.indicators).toBe(rows);
		expect(model.groups[0].key).toBe('c12-hotline');
		const meta = capabilityChart.meta(model, { rows, state: {} }, '?x=1', detail);
		expect(meta).toMatchObject({ id: 'capability', path: '/capabilities/12', search: '' });
		expect(meta.rows.map((r) => r.indicator_id)).toEqual(rows.map((r) => r.indicator_id));
		expect(meta.subtitle).toContain(String(rows.length));
	});

	it('has nothing to draw where the review gives no figure (capability 17)', async () => {
		const { detail, rows } = await capability(17);
		expect(rows).toEqual([]);
		expect(capabilityChart.model({ rows, state: {} }, detail).groups).toEqual([]);
	});
});
