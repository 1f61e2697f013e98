// What the page scripts carry: d3 as the modules the charts use, not its one-file bundles, whose
// top level (every colour scheme of d3-scale-chromatic, computed on load) would run in the page's
// hydration task (eslint.config.js forbids importing them; src/lib/charts/heatmap/scale.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'build/_app/immutable';
const scripts = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
	f.endsWith('.js')
);

describe('the page scripts', () => {
	it('carry the heatmap’s blue ramp and none of the colour schemes it does not use', () => {
		const code = scripts.map((f) => readFileSync(join(DIR, f), 'utf8')).join('\n');
		// ColorBrewer's Blues, the heatmap's ramp, as scale.ts writes it.
		expect(code).toContain('#08306b');
		// BrBG and Category10, as d3-scale-chromatic writes them: loaded, they are computed too.
		expect(code).not.toContain('8c510ad8b365f6e8c3c7eae55ab4ac01665e');
		expect(code).not.toContain('1f77b4ff7f0e2ca02cd627289467bd8c564be377c27f7f7fbcbd2217becf');
	});
});
