import { describe, expect, it } from 'vitest';
import { caption } from '$lib/export/caption';
import type { ChartMeta } from '$lib/export/meta';

const meta = {
	id: 'coverage',
	title: 'How many countries report each capability',
	subtitle: 'Share of surveyed countries (n up to 42)',
	notes: [],
	altText: '',
	columns: [],
	rows: [],
	search: '',
	path: '/'
} satisfies ChartMeta;
const url = 'https://example.org/?sort=high&v=cf22cfd5a51d';

describe('caption', () => {
	const c = caption(meta, url, 'cf22cfd5a51d', new Date(2026, 11, 5));
	it('plain text: title, n, source with the dataset version, citation and link, one per line', () => {
		expect(c.text.split('\n')).toEqual([
			meta.title,
			meta.subtitle,
			'Source: WeProtect Global Alliance and UNICEF, Framing the Future, 2022 — via MNR Explorer (dataset version cf22cfd5a51d)',
			`"${meta.title}". MNR Explorer, ${url} (accessed 2026-12-05).`,
			`Interactive version and data: ${url}`
		]);
	});
	it('HTML: the same words, the title and permalink linked, escaped', () => {
		expect(c.html).toContain(
			`<a href="https://example.org/?sort=high&amp;v=cf22cfd5a51d">${meta.title}</a>`
		);
		expect(c.html).toContain('n up to 42');
		expect(c.html).toContain('dataset version cf22cfd5a51d');
		expect(c.html).not.toMatch(/&(?!amp;|quot;|apos;|lt;|gt;)/);
	});
});
