import { describe, expect, it } from 'vitest';
import { preloadsAtEnd } from '$lib/hydration/preloads';

/** A page as SvelteKit prerenders it: preloads in the head, the hydration script in the body. */
const PAGE = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
		<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/B.js" rel="modulepreload">
		<link href="/_app/immutable/assets/0.css" rel="stylesheet" disabled media="(max-width: 0)">
		<title>Coverage</title>
	</head>
	<body>
		<div style="display: contents"><main><svg data-chart></svg></main>
			<script>
				{ __sveltekit_x = {}; Promise.all([import("/_app/immutable/entry/start.A.js")]); }
			</script>
		</div>
	</body>
</html>
`;

const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));
const bodyOf = (html: string) => html.slice(html.indexOf('</head>'));

describe('preloadsAtEnd', () => {
	it('moves every module preload from the head to the end of the body, in order', () => {
		const out = preloadsAtEnd(PAGE);
		expect(headOf(out)).not.toContain('modulepreload');
		const moved = [...bodyOf(out).matchAll(/<link href="([^"]+)" rel="modulepreload">/g)];
		expect(moved.map((m) => m[1])).toEqual([
			'/_app/immutable/entry/start.A.js',
			'/_app/immutable/chunks/B.js'
		]);
		expect(out.indexOf('start.A.js" rel="modulepreload"')).toBeGreaterThan(out.indexOf('</main>'));
		expect(out.indexOf('rel="modulepreload"')).toBeGreaterThan(out.indexOf('</script>'));
		expect(out.trimEnd().endsWith('</body>\n</html>')).toBe(true);
	});

	it('leaves everything else where it was', () => {
		const out = preloadsAtEnd(PAGE);
		const without = (html: string) => html.replace(/\s*<link [^>]*modulepreload[^>]*>/g, '');
		expect(without(out)).toBe(without(PAGE));
		expect(headOf(out)).toContain('rel="icon"');
		expect(headOf(out)).toContain('rel="stylesheet" disabled');
	});

	it('leaves a page with no preloads, or a part of a page, as it is', () => {
		const none = PAGE.replace(/\s*<link [^>]*modulepreload[^>]*>/g, '');
		expect(preloadsAtEnd(none)).toBe(none);
		const part = PAGE.slice(0, PAGE.indexOf('<body>'));
		expect(preloadsAtEnd(part)).toBe(part);
		expect(preloadsAtEnd('')).toBe('');
	});

	it('does not move a preload that is already in the body', () => {
		const late = PAGE.replace('<main>', '<main><link href="/x.js" rel="modulepreload">');
		const out = preloadsAtEnd(late);
		expect(out).toContain('<main><link href="/x.js" rel="modulepreload">');
		expect(out.match(/x\.js/g)).toHaveLength(1);
	});
});
