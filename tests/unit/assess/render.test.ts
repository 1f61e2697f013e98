// The comparison chart rendered on the server, as the prerender draws it: a "your answer" row per
// figure with the answer in words and as a marker, bars with the review's counts, the countries
// named as examples kept apart as mentions.
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import ComparisonChart from '../../../src/lib/assess/ComparisonChart.svelte';
import { comparisonRows } from '../../../src/lib/assess/comparison';
import { domainCharts } from '../../../src/lib/assess/charts';
import type { AssessData } from '../../../src/lib/assess/load';
import { assessData } from './dataset';

let data: AssessData;
beforeAll(async () => {
	data = await assessData();
}, 60_000);

describe('ComparisonChart (server render)', () => {
	it('draws the answers as their own series beside the review figures', () => {
		const rows = comparisonRows(data.questions, data.figures, { q46: 'no', q51: 'yes' });
		const chart = domainCharts(rows, data.domains, data.capabilities).find((c) => c.key === 'd3')!;
		const examples = new Map(data.examples.map((e) => [e.capability_id, e.names]));
		const { body } = render(ComparisonChart, {
			props: { chart, examples, capabilityName: (id: number) => `Capability ${id}` }
		});
		expect(body).toContain('data-chart="assess-d3"');
		expect(body).toMatch(/data-group="q46"[\s\S]*?data-yours="no"[\s\S]*?>No</);
		expect(body).toMatch(/data-group="q37"[\s\S]*?data-yours="unanswered"/);
		expect(body).toContain('40 of 42 · 95% · stated');
		expect(body).toContain('Countries the review names as examples');
		expect(body).toContain('not an assessment');
		// q51 is in the Societal domain, not here.
		expect(body).not.toContain('data-group="q51"');
	});
});
