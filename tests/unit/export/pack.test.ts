import { describe, expect, it } from 'vitest';
import type { ChartMeta } from '$lib/charts/kit/meta';
import { sourceLine, reviewCitation } from '$lib/citation';
import { EMBEDS, embedPath, embedSnippet } from '$lib/export/embeds';
import { altText, citationText, isoDate, notesText } from '$lib/export/pack';
import { embedUrl, permalink, siteUrl } from '$lib/export/permalink';

const meta: ChartMeta = {
	id: 'coverage',
	title: 'How many countries report each capability',
	subtitle: 'Share of surveyed countries (n up to 42)',
	notes: ['Figures marked "derived" are computed.'],
	altText: 'Bar chart of 21 capabilities.',
	columns: [
		{ key: 'capability_id', label: 'Capability' },
		{ key: 'name', label: 'Name' },
		{ key: 'source_ref', label: 'Source' }
	],
	rows: [
		{ capability_id: 1, name: 'Leadership', note: null, source_ref: 'Figure 1' },
		{
			capability_id: 9,
			name: 'Child protection workforce',
			note: 'Printed as 83% and 81%.',
			source_ref: 'Figure 3'
		}
	],
	search: 'sort=high',
	path: '/'
};

describe('addresses', () => {
	it('builds permalinks under any base path', () => {
		expect(siteUrl('https://x.org', '', '/')).toBe('https://x.org/');
		expect(siteUrl('https://x.org', '/mnr', '/')).toBe('https://x.org/mnr');
		expect(permalink(meta, 'https://x.org', '/mnr', 'abcdef123456')).toBe(
			'https://x.org/mnr?sort=high&v=abcdef123456'
		);
		// Every permalink names the dataset version, the default view's too.
		expect(
			permalink({ path: '/capabilities/4', search: '' }, 'https://x.org', '', 'abcdef123456')
		).toBe('https://x.org/capabilities/4?v=abcdef123456');
		// A version already in the settings is replaced, not repeated.
		expect(
			permalink(
				{ path: '/', search: 'v=000000000000&sort=low' },
				'https://x.org',
				'',
				'abcdef123456'
			)
		).toBe('https://x.org/?sort=low&v=abcdef123456');
	});

	it('knows which charts embed where', () => {
		expect(embedPath(meta)).toBe('/embed/coverage?sort=high');
		expect(embedUrl(meta, 'https://x.org', '/mnr', 'abcdef123456')).toBe(
			'https://x.org/mnr/embed/coverage?sort=high&v=abcdef123456'
		);
		expect(embedPath({ ...meta, id: 'heatmap', search: 'breakdown=countries' })).toBe(
			'/embed/heatmap?breakdown=countries'
		);
		expect(embedPath({ ...meta, id: 'capability', path: '/capabilities/12', search: '' })).toBe(
			'/embed/capability/12'
		);
		// A chart without an entry offers no embed.
		expect(embedPath({ ...meta, id: 'unknown' as typeof meta.id })).toBeNull();
		for (const entry of Object.values(EMBEDS))
			for (const sample of entry!.samples) expect(sample).toMatch(/^\/embed\//);
	});

	it('writes an iframe with a fixed fallback height and the resizer script', () => {
		const s = embedSnippet({
			src: 'https://x.org/embed/coverage?sort=high&group=none',
			script: 'https://x.org/embed.js',
			title: 'Chart "A" (MNR Explorer)',
			height: 812.4
		});
		expect(s).toContain('src="https://x.org/embed/coverage?sort=high&amp;group=none"');
		expect(s).toContain('title="Chart &quot;A&quot; (MNR Explorer)"');
		expect(s).toContain('height="812"');
		expect(s).toContain('data-mnr-embed');
		expect(s).toContain('<script async src="https://x.org/embed.js"></script>');
	});
});

describe('briefing pack texts', () => {
	it('cites the chart, the review and the short source line', () => {
		const text = citationText(
			meta,
			'https://x.org/?sort=high&v=abcdef123456',
			'chart.csv',
			new Date(2025, 0, 9),
			'abcdef123456'
		);
		expect(text).toContain('https://x.org/?sort=high&v=abcdef123456 (accessed 2025-01-09)');
		expect(text).toContain('dataset version abcdef123456');
		expect(text).toContain(reviewCitation);
		expect(text).toContain(sourceLine);
		expect(text).toContain('chart.csv');
		expect(isoDate(new Date(2024, 11, 31))).toBe('2024-12-31');
	});

	it('lists the chart notes and the notes of individual figures', () => {
		const text = notesText(meta);
		expect(text).toContain(meta.subtitle);
		expect(text).toContain('- Figures marked "derived" are computed.');
		expect(text).toContain('- 9. Child protection workforce: Printed as 83% and 81%.');
		// Leadership has no note: it is listed only under where its figure is printed.
		const [notes, where] = text.split('Where each figure is printed');
		expect(notes).not.toContain('Leadership');
		expect(where).toContain('- 1. Leadership: Figure 1');
		expect(notesText({ ...meta, notes: [], rows: [] })).toContain('No caveats apply');
	});

	it('shows a note shared by several figures once, and where each figure is printed, without line ranges', () => {
		// Reader note and reader references as in data/indicators.csv for two Figure 10 figures.
		const note =
			"The review's chart (Figure 10) prints 11, 6, 19 and 10 for four groups, but our copy does not show which value belongs to which group, so none is assigned. Check the chart in the PDF.";
		const row = (indicator_id: string, label: string) => ({
			indicator_id,
			label,
			note,
			source_ref: 'Figure 10, lines 3852-3870',
			section: 'Offender support systems › Current status',
			figure: 'Figure 10',
			search_phrase: 'Figure 10',
			phrase_count: 2,
			page: null
		});
		const text = notesText({
			...meta,
			rows: [
				row('c15-support-convicted', 'Support for convicted offenders'),
				row('c15-support-family-friends', 'Support for family and friends')
			]
		});
		expect(text.split(note).length - 1).toBe(1);
		expect(text).toContain(
			'c15-support-convicted. Support for convicted offenders; c15-support-family-friends. Support for family and friends: '
		);
		expect(text).toContain(
			'Figure 10 · Offender support systems › Current status · search “Figure 10” (2 places)'
		);
		expect(text).not.toMatch(/lines? \d/);
	});

	it('carries the alt text', () => {
		expect(altText(meta)).toBe('Bar chart of 21 capabilities.\n');
	});
});
