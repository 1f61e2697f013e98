// The charts' palette: one colour per meaning, readable on both schemes, and colours that share a
// chart kept apart for the common colour-vision deficiencies (simulated, see colourVision.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	colourVar,
	INCOME_MEANING,
	MEANINGS,
	paletteDeclarations,
	POPULATION_MEANING,
	SURVEY_MEANING,
	type MeaningKey
} from '../../../../src/lib/charts/kit/palette';
import { mapColouring } from '../../../../src/lib/charts/map/palette';
import type { MapCountryRow } from '../../../../src/lib/charts/map/types';
import { rootTokens } from '../../../../src/lib/export/styles';
import { contrastRatio, deltaE2000, perceivedDistance, type Vision } from './colourVision';

const css = readFileSync('src/lib/styles/global.css', 'utf8');
const darkBlock = /prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
const BACKGROUND = {
	light: rootTokens(css)['--bg'],
	dark: /--bg:\s*(#[0-9a-f]{6})/i.exec(darkBlock)?.[1] ?? ''
};
const SCHEMES = ['light', 'dark'] as const;
const keys = Object.keys(MEANINGS) as MeaningKey[];

/** Meanings drawn side by side in one chart (the map draws its fills in the light values). */
const SHARING_A_CHART: {
	chart: string;
	meanings: MeaningKey[];
	schemes: readonly ('light' | 'dark')[];
}[] = [
	{
		chart: '/compare and the capability pages (populations)',
		meanings: Object.values(POPULATION_MEANING),
		schemes: SCHEMES
	},
	{ chart: 'map by income group', meanings: Object.values(INCOME_MEANING), schemes: ['light'] },
	{ chart: 'map by survey', meanings: Object.values(SURVEY_MEANING), schemes: ['light'] }
];

/** CIEDE2000 distance below which two colours in one chart are too alike to tell apart. */
const APART_IN_A_CHART = 7;
/** Distance below which two meanings would read as one colour for typical colour vision. */
const DIFFERENT_MEANINGS = 10;
const DICHROMACIES: Vision[] = ['protanopia', 'deuteranopia', 'tritanopia'];

describe('colour distance (the checker itself)', () => {
	it('matches CIEDE2000 reference pairs (Sharma, Wu & Dalal 2005, pairs 1 and 7)', () => {
		expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
		expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
	});

	it('sees red and green collapse for deuteranopia but not for typical vision', () => {
		expect(perceivedDistance('#d62728', '#2ca02c', 'typical')).toBeGreaterThan(40);
		expect(perceivedDistance('#cc4444', '#7a7a00', 'deuteranopia')).toBeLessThan(
			perceivedDistance('#cc4444', '#7a7a00', 'typical') / 2
		);
	});
});

describe('palette', () => {
	it('reads the page backgrounds from global.css', () => {
		expect(BACKGROUND.light).toMatch(/^#[0-9a-f]{6}$/i);
		expect(BACKGROUND.dark).toMatch(/^#[0-9a-f]{6}$/i);
	});

	it('gives every meaning a light and a dark colour', () => {
		for (const key of keys)
			for (const scheme of SCHEMES) expect(MEANINGS[key][scheme]).toMatch(/^#[0-9a-f]{6}$/i);
	});

	it('keeps 3:1 contrast with the page for every colour drawn as a bar, in both schemes', () => {
		for (const key of keys.filter((k) => MEANINGS[k].drawnAs === 'bar'))
			for (const scheme of SCHEMES)
				expect(
					contrastRatio(MEANINGS[key][scheme], BACKGROUND[scheme]),
					`${key} (${scheme})`
				).toBeGreaterThanOrEqual(3);
	});

	it('never gives two meanings colours that look alike, in either scheme', () => {
		for (const scheme of SCHEMES)
			for (let i = 0; i < keys.length; i++)
				for (let j = i + 1; j < keys.length; j++)
					expect(
						perceivedDistance(MEANINGS[keys[i]][scheme], MEANINGS[keys[j]][scheme], 'typical'),
						`${keys[i]} / ${keys[j]} (${scheme})`
					).toBeGreaterThanOrEqual(DIFFERENT_MEANINGS);
	});

	it('keeps colours that share a chart apart under simulated protanopia, deuteranopia and tritanopia', () => {
		for (const { chart, meanings, schemes } of SHARING_A_CHART)
			for (const scheme of schemes)
				for (const vision of DICHROMACIES)
					for (let i = 0; i < meanings.length; i++)
						for (let j = i + 1; j < meanings.length; j++) {
							const [a, b] = [meanings[i], meanings[j]];
							expect(
								perceivedDistance(MEANINGS[a][scheme], MEANINGS[b][scheme], vision),
								`${chart}: ${a} / ${b}, ${scheme}, ${vision}`
							).toBeGreaterThanOrEqual(APART_IN_A_CHART);
						}
	});

	it('tells lower-middle-income apart from low- and middle-income together (orange meant both)', () => {
		for (const scheme of SCHEMES)
			expect(
				perceivedDistance(
					MEANINGS.lowerMiddleIncome[scheme],
					MEANINGS.lowAndMiddleIncome[scheme],
					'typical'
				)
			).toBeGreaterThanOrEqual(DIFFERENT_MEANINGS);
	});

	it('puts each colour on the page as a custom property (global.css), light and dark', () => {
		const declared = (block: string) =>
			Object.fromEntries(
				[...block.matchAll(/(--colour-[a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [
					m[1],
					m[2].toLowerCase()
				])
			);
		const lightBlock = /^:root\s*\{([^}]*)\}/m.exec(css)?.[1] ?? '';
		for (const [scheme, block] of [
			['light', lightBlock],
			['dark', darkBlock]
		] as const) {
			const expected = Object.fromEntries(
				paletteDeclarations(scheme)
					.split('; ')
					.map((d) => d.toLowerCase().split(': '))
			);
			expect(declared(block), scheme).toEqual(expected);
		}
		expect(colourVar('allSurveyed')).toBe('--colour-all-surveyed');
		// Embeds and exports pin the light tokens: the palette's light colours are among them.
		const light = rootTokens(css);
		for (const key of keys)
			expect(light[colourVar(key)]?.toLowerCase()).toBe(MEANINGS[key].light.toLowerCase());
	});

	it('is what the map fills countries with, by income group and by survey', () => {
		const row = (over: Partial<MapCountryRow>) => ({ ...over }) as MapCountryRow;
		const income = mapColouring(
			(['HIC', 'UMIC', 'LMIC', 'LIC'] as const).map((g) =>
				row({ income_group: g, income_group_name: g })
			),
			'income'
		);
		for (const item of income.legend)
			expect(item.fill).toBe(
				MEANINGS[INCOME_MEANING[item.key as keyof typeof INCOME_MEANING]].light
			);
		const survey = mapColouring(
			(['alliance', 'unicef'] as const).map((s) => row({ survey: s })),
			'survey'
		);
		expect(survey.legend.map((l) => l.fill)).toEqual([
			MEANINGS.allianceSurvey.light,
			MEANINGS.unicefStudy.light
		]);
	});
});

describe('charts take their colours from the palette only', () => {
	const folders = [
		...['coverage', 'bars', 'compare', 'capability', 'country', 'kit'].map((f) =>
			join('src/lib/charts', f)
		),
		'src/lib/assess'
	];
	it.each(folders)('%s writes no colour of its own', (folder) => {
		for (const file of readdirSync(folder).filter((f) => f.endsWith('.svelte'))) {
			const source = readFileSync(join(folder, file), 'utf8');
			// No colour literal, and every paint is a token, a pattern or nothing.
			expect(
				source.match(/(?<!&)#[0-9a-f]{6}\b|(?<!&)#[0-9a-f]{3}\b/gi),
				`${folder}/${file}`
			).toBeNull();
			expect(
				source.match(/\b(?:fill|stroke):\s*(?!\s|var\(|none|transparent|url\()[^;]+;/g),
				`${folder}/${file}`
			).toBeNull();
		}
	});
});
