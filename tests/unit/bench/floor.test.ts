import { describe, expect, it } from 'vitest';
import { firstChartSvg, floorDocument, withoutScripts } from '../../../scripts/bench/_floor.js';

describe('firstChartSvg', () => {
	it('takes the first svg inside main, not an icon before it', () => {
		const html =
			'<header><svg class="logo"><path/></svg></header><main><h1>T</h1>' +
			'<svg viewBox="0 0 1 1"><rect/></svg><svg id="second"></svg></main>';
		expect(firstChartSvg(html)).toBe('<svg viewBox="0 0 1 1"><rect/></svg>');
	});

	it('prefers the first chart (data-chart) over a legend swatch before it', () => {
		const html =
			'<main><ul class="legend"><li><svg class="swatch"><rect/></svg></li></ul>' +
			'<svg data-chart="map" viewBox="0 0 9 9"><path/></svg></main>';
		expect(firstChartSvg(html)).toBe('<svg data-chart="map" viewBox="0 0 9 9"><path/></svg>');
	});

	it('keeps nested svgs whole', () => {
		const html = '<main><svg a><g><svg b><rect/></svg></g></svg></main>';
		expect(firstChartSvg(html)).toBe('<svg a><g><svg b><rect/></svg></g></svg>');
	});

	it('is null when main has no svg or there is no main', () => {
		expect(firstChartSvg('<main><p>Soon</p></main><footer><svg></svg></footer>')).toBeNull();
		expect(firstChartSvg('<body><svg></svg></body>')).toBeNull();
		expect(firstChartSvg('<main class="x"><svg><rect/>')).toBeNull();
	});

	it('does not mistake svg-prefixed tags or attributes for svg', () => {
		const html = '<main><svgx></svgx><svg data-svg="1"><text>svg</text></svg></main>';
		expect(firstChartSvg(html)).toBe('<svg data-svg="1"><text>svg</text></svg>');
	});
});

describe('floorDocument', () => {
	it('is a bare document with the svg in main and no scripts or styles', () => {
		const doc = floorDocument('<svg><rect/></svg>', 'Floor <b>/</b>');
		expect(doc).toMatch(/^<!doctype html>/);
		expect(doc).toContain('<main>\n<svg><rect/></svg>\n</main>');
		expect(doc).not.toMatch(/<script|<link|<style/);
		expect(doc).toContain('<title>Floor &lt;b>/&lt;/b></title>');
	});
});

describe('withoutScripts', () => {
	it('drops every script and module preload, and keeps the page and its styles', () => {
		const html =
			'<head><link rel="modulepreload" href="/_app/a.js"><link rel="stylesheet" href="/s.css">' +
			'<style>p{color:red}</style><script type="module">import("/_app/b.js")</script></head>' +
			'<body><main><p>Chart</p><SCRIPT>\nstart()\n</SCRIPT ></main><script src="/c.js"></script></body>';
		expect(withoutScripts(html)).toBe(
			'<head><link rel="stylesheet" href="/s.css"><style>p{color:red}</style></head>' +
				'<body><main><p>Chart</p></main></body>'
		);
	});
});
