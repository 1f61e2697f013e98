// Every prerendered page lists the scripts it starts with at the end of its body, after its
// content, so the browser paints the page before it handles them (src/lib/hydration/preloads.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from './harness';

const BUILD = 'build';
const PRELOAD = /<link\b[^>]*\brel="?modulepreload"?[^>]*>/g;

describe('module preloads in the build', () => {
	const pages = [...htmlFiles(BUILD)];

	it('covers every page of the site', () => {
		expect(pages.length).toBeGreaterThan(50);
	});

	it('no page lists one in its head; each lists them after its content and hydration script', () => {
		const wrong = pages.filter((page) => {
			const html = readFileSync(join(BUILD, page), 'utf8');
			const headEnd = html.indexOf('</head>');
			const first = html.search(PRELOAD);
			const starts = html.match(PRELOAD)?.length ?? 0;
			return (
				starts < 5 ||
				first < headEnd ||
				first < html.lastIndexOf('</script>') ||
				first > html.lastIndexOf('</body>')
			);
		});
		expect(wrong).toEqual([]);
	});
});
