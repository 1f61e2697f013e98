/**
 * The colours of the explorer's charts: one colour per meaning, the same on every page, in every
 * embed and in every export. Charts never write a colour of their own; they use the CSS custom
 * property of a meaning (`var(--colour-high-income)`), or, where a colour must be an attribute
 * (the map's country fills), the hex value from here.
 *
 * Who the countries are (all surveyed, each income group, low- and middle-income together, each
 * survey) takes the eight Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008), each
 * hue used once: grey for all surveyed countries, blue for high-income, sky blue, yellow and
 * vermillion for the three lower income groups, orange for low- and middle-income together,
 * bluish green and reddish purple for the two surveys. Values drawn as bars are darkened on white
 * (lightened on the dark scheme) to keep 3:1 contrast with the page; fills used only on the map
 * keep Okabe–Ito's own values. tests/unit/charts/kit/palette.test.ts checks both: contrast, and that
 * colours sharing a chart stay apart under simulated deuteranopia, protanopia and tritanopia.
 * Bars are also labelled in words, so colour is never the only way to tell them apart.
 *
 * Regions (nine, more than Okabe–Ito has) take Paul Tol's "muted" set, designed for the same
 * purpose; counts of mentions take viridis. Both appear only on the map, under its legend.
 */
// Relative, not $lib: the e2e tests import this module outside SvelteKit's aliases.
import { INCOME_GROUPS, REGIONS, SURVEYS } from '../../data/schema';

/** A colour in each scheme. Exports and embeds always use `light`. */
export interface SchemeColour {
	light: string;
	dark: string;
}

/** A meaning a colour carries, and where it appears. */
export interface Meaning extends SchemeColour {
	/** What the colour stands for, in words (for the palette's own documentation and tests). */
	means: string;
	/** Drawn as a bar (needs 3:1 contrast with the background) or only as a map fill. */
	drawnAs: 'bar' | 'fill';
}

/** Okabe–Ito's colours as published. */
export const OKABE_ITO = {
	orange: '#E69F00',
	skyBlue: '#56B4E9',
	bluishGreen: '#009E73',
	yellow: '#F0E442',
	blue: '#0072B2',
	vermillion: '#D55E00',
	reddishPurple: '#CC79A7'
} as const;

/** Paul Tol's muted qualitative scheme (nine colours). */
export const TOL_MUTED = [
	'#CC6677',
	'#332288',
	'#DDCC77',
	'#117733',
	'#88CCEE',
	'#882255',
	'#44AA99',
	'#999933',
	'#AA4499'
] as const;

/**
 * Viridis sampled for 1–7 bins, from light (t = 0.92) to dark (t = 0.3); one bin takes t = 0.6.
 * The dark end stops at 0.3 so the darkest bin keeps 3:1 contrast on the dark scheme's background.
 * Written out (from d3.interpolateViridis) so the page does not ship d3's whole scheme module.
 */
export const VIRIDIS_BINS: readonly (readonly string[])[] = [
	['#22a884'],
	['#cae11f', '#355f8d'],
	['#cae11f', '#25ab82', '#355f8d'],
	['#cae11f', '#4ac16d', '#20928c', '#355f8d'],
	['#cae11f', '#65cb5e', '#25ab82', '#25858e', '#355f8d'],
	['#cae11f', '#77d153', '#38b977', '#1e9c89', '#277e8e', '#355f8d'],
	['#cae11f', '#86d549', '#4ac16d', '#25ab82', '#20928c', '#29798e', '#355f8d']
];

/** Every meaning a chart colour carries. The key names the CSS property: `--colour-<kebab key>`. */
export const MEANINGS = {
	allSurveyed: {
		means: 'all surveyed countries (or all countries a figure is about)',
		light: '#555e69',
		dark: '#b4bcc6',
		drawnAs: 'bar'
	},
	highIncome: {
		means: 'high-income countries',
		light: OKABE_ITO.blue,
		dark: '#6b9cff',
		drawnAs: 'bar'
	},
	upperMiddleIncome: {
		means: 'upper-middle-income countries',
		light: OKABE_ITO.skyBlue,
		dark: OKABE_ITO.skyBlue,
		drawnAs: 'fill'
	},
	lowerMiddleIncome: {
		means: 'lower-middle-income countries',
		light: OKABE_ITO.yellow,
		dark: OKABE_ITO.yellow,
		drawnAs: 'fill'
	},
	lowIncome: {
		means: 'low-income countries',
		light: OKABE_ITO.vermillion,
		dark: OKABE_ITO.vermillion,
		drawnAs: 'fill'
	},
	lowAndMiddleIncome: {
		means: 'low- and middle-income countries together (upper-middle, lower-middle and low)',
		light: '#b86e00',
		dark: OKABE_ITO.orange,
		drawnAs: 'bar'
	},
	allianceSurvey: {
		means: 'countries that answered the Alliance survey',
		light: OKABE_ITO.bluishGreen,
		dark: '#2fc79a',
		drawnAs: 'bar'
	},
	unicefStudy: {
		means: 'countries covered by the UNICEF study',
		light: '#c0679c',
		dark: '#c96aa6',
		drawnAs: 'bar'
	},
	mentions: {
		means: 'how often the review names a country as an example (a count)',
		// Viridis's dark end on white, its light end on the dark scheme, as the map's bins run.
		light: '#443983',
		dark: '#6ece58',
		drawnAs: 'bar'
	}
} as const satisfies Record<string, Meaning>;

export type MeaningKey = keyof typeof MEANINGS;

/** The CSS custom property carrying a meaning's colour in the current scheme. */
export function colourVar(key: MeaningKey): string {
	return `--colour-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The population a figure is about (indicators.population) → its meaning. */
export const POPULATION_MEANING: Record<string, MeaningKey> = {
	all: 'allSurveyed',
	hic: 'highIncome',
	lmic: 'lowAndMiddleIncome',
	alliance: 'allianceSurvey',
	unicef: 'unicefStudy'
};

/** A World Bank income group (countries.income_group) → its meaning. */
export const INCOME_MEANING: Record<(typeof INCOME_GROUPS)[number], MeaningKey> = {
	HIC: 'highIncome',
	UMIC: 'upperMiddleIncome',
	LMIC: 'lowerMiddleIncome',
	LIC: 'lowIncome'
};

/** The survey a country answered (countries.survey) → its meaning. */
export const SURVEY_MEANING: Record<(typeof SURVEYS)[number], MeaningKey> = {
	alliance: 'allianceSurvey',
	unicef: 'unicefStudy'
};

/** Each region's fill on the map, in the order of REGIONS. */
export const REGION_COLOURS: Record<(typeof REGIONS)[number], string> = Object.fromEntries(
	REGIONS.map((r, i) => [r, TOL_MUTED[i]])
) as Record<(typeof REGIONS)[number], string>;

/**
 * "--colour-x: #…; --colour-y: #…" for one scheme: what global.css declares on :root (light) and
 * in its dark-scheme block. The page gets the colours from global.css like every other token, so
 * embeds and exports, which pin the light tokens (export/scheme.ts), get the light ones with no
 * rule of their own; the palette test checks global.css says exactly this.
 */
export function paletteDeclarations(scheme: keyof SchemeColour): string {
	return (Object.keys(MEANINGS) as MeaningKey[])
		.map((key) => `${colourVar(key)}: ${MEANINGS[key][scheme]}`)
		.join('; ');
}
