// ChartPage, rendered on the server as a page prerenders it: a chart with settings carries the
// view's notes in its frame; a chart without (a capability's figures) leaves the note on an
// ignored query string to its page, so the reader is not told twice.
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChartFrame from '$lib/charts/kit/ChartFrame.svelte';
import ChartPage from '$lib/charts/kit/ChartPage.svelte';
import type { ChartMeta } from '$lib/export/meta';

const meta: ChartMeta = {
	id: 'capability',
	title: 'Figures',
	subtitle: '3 figures',
	notes: [],
	altText: 'Bar chart',
	columns: [],
	rows: [],
	search: '',
	path: '/capabilities/12'
};
const children = createRawSnippet(() => ({ render: () => '<svg data-chart="capability"></svg>' }));
const withoutMarkers = (html: string) => html.replace(/<!--[^>]*-->/g, '');
const page = (settings?: boolean) =>
	render(ChartPage, {
		props: {
			meta,
			view: { ignored: ['“colour” is not a setting of this page.'] },
			live: { pending: false, error: null },
			level: 3,
			settings,
			children
		}
	}).body;

describe('ChartPage', () => {
	it('notes ignored settings in the frame of a chart readers change', () => {
		const body = page();
		expect(body).toContain('data-testid="ignored-params"');
		expect(body).toContain('data-chart="capability"');
	});
	it('leaves them to the page for a chart without settings, and still draws it in its frame', () => {
		const body = page(false);
		expect(body).not.toContain('ignored-params');
		expect(body).toContain('data-chart="capability"');
		expect(body).toMatch(/<h3[^>]*>Figures/);
		// The frame the capability page drew before it went through ChartPage, to the letter
		// (Svelte's hydration markers apart).
		const frame = render(ChartFrame, { props: { meta, level: 3, children } }).body;
		expect(withoutMarkers(body)).toBe(withoutMarkers(frame));
	});
});
