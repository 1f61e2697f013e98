import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	INHERITED,
	NOT_INHERITED,
	rootTokens,
	splitColour,
	selectorAttributes,
	styleKey,
	styleText,
	tokensStyle
} from '$lib/export/styles';

/** Computed values as a browser gives them: inherited ones set, the rest at their initial value. */
const base: Record<string, string> = {
	...Object.fromEntries(
		INHERITED.map((p) => [p, p.endsWith('opacity') ? '1' : p === 'fill' ? 'rgb(0, 0, 0)' : 'x'])
	),
	...NOT_INHERITED
};

describe('style inlining helpers', () => {
	it('keys elements by tag and style-relevant attributes, not geometry or labels', () => {
		const a = styleKey('rect', [
			{ name: 'class', value: 'bar caveat' },
			{ name: 'x', value: '10' },
			{ name: 'width', value: '99' },
			{ name: 'aria-label', value: 'Leadership' }
		]);
		const b = styleKey('rect', [
			{ name: 'class', value: 'bar caveat' },
			{ name: 'x', value: '20' },
			{ name: 'aria-label', value: 'Research' }
		]);
		expect(a).toBe(b);
		expect(styleKey('rect', [{ name: 'class', value: 'bar' }])).not.toBe(a);
		// A fill given as an attribute changes the key (a heatmap's cell colours).
		expect(styleKey('rect', [{ name: 'fill', value: '#123' }])).not.toBe(
			styleKey('rect', [{ name: 'fill', value: '#456' }])
		);
		expect(styleKey('text', [])).not.toBe(styleKey('rect', []));
	});

	it("leaves out data attributes the page's selectors never test", () => {
		const cell = (row: string, value: string) => [
			{ name: 'data-kind', value: 'mentions' },
			{ name: 'data-row-key', value: row },
			{ name: 'data-value', value }
		];
		const tested = new Set(['data-kind']);
		// Two heatmap cells of one kind share a key (and so one style read) whatever their row.
		expect(styleKey('a', cell('ALB', '1'), tested)).toBe(styleKey('a', cell('KEN', '3'), tested));
		// A tested attribute still tells elements apart.
		expect(styleKey('a', [{ name: 'data-kind', value: 'totals' }], tested)).not.toBe(
			styleKey('a', [{ name: 'data-kind', value: 'mentions' }], tested)
		);
		// Unknown selectors (a sheet that cannot be read): every data attribute counts.
		expect(styleKey('a', cell('ALB', '1'))).not.toBe(styleKey('a', cell('KEN', '3')));
	});

	it('finds the attributes selectors test, in any form', () => {
		expect(
			selectorAttributes([
				'svg:not([data-exporting]) .part',
				'a[data-kind="mentions"] rect, [DATA-Value^=\'0\']',
				':is([ data-zoom ]) text',
				'.bar.caveat'
			])
		).toEqual(new Set(['data-exporting', 'data-kind', 'data-value', 'data-zoom']));
	});

	it('writes everything at the root and only differences below it', () => {
		const root = styleText(base, null);
		for (const p of INHERITED) expect(root).toContain(`${p}:`);
		expect(root).not.toContain('opacity:1;display');
		expect(styleText(base, base)).toBe('');
		const child = { ...base, 'font-size': '11px' };
		expect(styleText(child, base)).toBe('font-size:11px');
	});

	it('writes non-inherited properties only when not initial; display only when none', () => {
		expect(styleText({ ...base, opacity: '0.5' }, base)).toBe('opacity:0.5');
		expect(styleText({ ...base, display: 'block' }, base)).toBe('');
		expect(styleText({ ...base, display: 'none' }, base)).toBe('display:none');
		expect(styleText({ ...base, 'clip-path': 'url("#c")' }, base)).toBe('clip-path:url("#c")');
	});

	it('writes paints as hex plus opacity, never rgba, and transparent as none', () => {
		const s = styleText({ ...base, fill: 'rgba(29, 78, 137, 0.5)' }, base);
		expect(s).toBe('fill:#1d4e89;fill-opacity:0.5');
		expect(styleText({ ...base, fill: 'rgba(0, 0, 0, 0)' }, base)).toBe('fill:none;fill-opacity:1');
		expect(styleText({ ...base, stroke: 'rgb(201, 209, 217)' }, base)).toContain('stroke:#c9d1d9');
	});

	it('overrides presentation attributes even when the computed value is inherited', () => {
		// <rect fill="red" class="x"> with .x { fill: inherit }: the file has no stylesheet to win.
		expect(styleText(base, base, new Set(['fill']))).toBe('fill:#000000;fill-opacity:1');
	});

	it('splits colours', () => {
		expect(splitColour('rgb(255, 0, 16)')).toEqual(['#ff0010', 1]);
		expect(splitColour('rgba(255 0 16 / 25%)')).toEqual(['#ff0010', 0.25]);
		expect(splitColour('url("#hatch")')).toEqual(['url("#hatch")', 1]);
	});

	it('reads the light scheme from global.css, not the dark one', () => {
		const css = readFileSync('src/lib/styles/global.css', 'utf8');
		const tokens = rootTokens(css);
		expect(tokens['--bg']).toBe('#ffffff');
		expect(tokens['--fg']).toBe('#1b1f24');
		expect(tokens['--font-body']).toContain('system-ui');
		expect(tokens['--font-body']).not.toContain('\n');
		expect(tokensStyle({ '--a': '1', '--b': 'x y' })).toBe('--a: 1; --b: x y');
		expect(rootTokens('@media x { :root { --bg: #000; } }')).toEqual({});
	});
});
