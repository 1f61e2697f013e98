import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import HeatmapLegend from '$lib/charts/heatmap/HeatmapLegend.svelte';
import { copy } from '$lib/copy';
import { heatLegendLayout, heatPresence, KEY_SWATCH } from '$lib/charts/heatmap/legendLayout';
import type { HeatmapModel } from '$lib/charts/heatmap/model';

const words = { ...copy.capabilities.heatmap.legend, marks: copy.capabilities.marks };
const none = { notReported: false, ambiguous: false, caveats: [] };

describe('heatmap key for exports', () => {
	it('percentages: five stops in a row below the grid, titled, nothing else when nothing else is drawn', () => {
		const l = heatLegendLayout({ breakdown: 'overall', max: 100 }, none, words, 560, 900);
		expect(l.title).toBe(words.pct);
		expect(l.titleY).toBeGreaterThan(900);
		expect(l.entries.map((e) => e.text)).toEqual(['0%', '25%', '50%', '75%', '100%']);
		expect(new Set(l.entries.map((e) => e.y)).size).toBe(1);
		expect(l.entries.every((e) => e.swatch === 'scaled' && e.colour)).toBe(true);
		expect(l.bottom).toBeGreaterThan(l.entries[0].y + KEY_SWATCH.height);
	});

	it('counts: zero first, then the stops; stand-ins and marks one a line, only those present', () => {
		const l = heatLegendLayout(
			{ breakdown: 'countries', max: 5 },
			{ notReported: true, ambiguous: false, caveats: ['small-n', 'derived'] },
			words,
			1100,
			0
		);
		expect(l.title).toBe(words.count);
		expect(l.entries.map((e) => e.key)).toEqual([
			'zero',
			'stop-1',
			'stop-2',
			'stop-3',
			'stop-4',
			'stop-5',
			'not-reported',
			'derived',
			'small-n'
		]);
		expect(l.entries[0].text).toBe(`0 (${words.zero})`);
		const lines = l.entries.slice(6);
		expect(lines.every((e) => e.x === 0)).toBe(true);
		expect(new Set(lines.map((e) => e.y)).size).toBe(3);
		expect(lines[1].mark).toBe(copy.capabilities.marks.derived);
	});

	it('wraps the scale at the chart width and never starts an item past it', () => {
		const l = heatLegendLayout({ breakdown: 'countries', max: 40 }, none, words, 200, 0);
		expect(new Set(l.entries.map((e) => e.y)).size).toBeGreaterThan(1);
		expect(l.entries.every((e) => e.x < 200)).toBe(true);
	});

	it('names the numbered capability columns of the countries breakdown, in a grid', () => {
		const cols = Array.from({ length: 21 }, (_, i) => ({
			key: String(i + 1),
			label: `Capability ${i + 1}`,
			short: `Cap ${i + 1}`,
			group: 1,
			groupLabel: 'Policy',
			total: null
		}));
		const l = heatLegendLayout({ breakdown: 'countries', max: 3, cols }, none, words, 1000, 0);
		const index = l.entries.filter((e) => e.swatch === 'none');
		expect(index.map((e) => e.text)).toEqual(cols.map((c) => `${c.key}. ${c.label}`));
		// Four columns of at most six names, all inside the chart and above the key's bottom.
		expect(new Set(index.map((e) => e.x)).size).toBe(4);
		expect(Math.max(...index.map((e) => e.y))).toBeLessThan(l.bottom);
		const scale = l.entries.filter((e) => e.swatch !== 'none');
		expect(Math.min(...index.map((e) => e.y))).toBeGreaterThan(Math.max(...scale.map((e) => e.y)));
	});

	it('reads what the view holds from the model', () => {
		const cell = (kind: string, caveats: string[]) => ({ kind, caveats });
		const model = {
			cells: [[cell('figure', ['derived']), cell('ambiguous', [])]]
		} as unknown as HeatmapModel;
		expect(heatPresence(model)).toEqual({
			notReported: false,
			ambiguous: true,
			caveats: ['derived']
		});
	});
});

describe('heatmap key on the page', () => {
	const original = getLocale;
	afterEach(() => overwriteGetLocale(original));
	/** The gradient's range as a screen reader hears it (the gradient itself is hidden from it). */
	const hiddenRange = (locale: 'en' | 'fr' | 'es') => {
		overwriteGetLocale(() => locale);
		const { body } = render(HeatmapLegend, { props: { kind: 'pct', present: none } });
		return /<span class="visually-hidden[^"]*">([^<]*)<\/span>/.exec(body)?.[1];
	};

	it('describes the gradient in the page’s language, numbers in its format', () => {
		expect(hiddenRange('en')).toBe('0% to 100%, lighter to darker in a light scheme.');
		expect(hiddenRange('fr')).toBe(
			'De 0\u00a0% à 100\u00a0%, du plus clair au plus foncé dans le thème clair.'
		);
		expect(hiddenRange('es')).toBe(
			'De 0\u00a0% a 100\u00a0%, de más claro a más oscuro en el tema claro.'
		);
	});
});
