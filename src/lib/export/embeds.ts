/**
 * The embeddable charts: which /embed/... route shows a chart, and the example addresses the
 * end-to-end test loads. One line per chart; the route itself is a small page under
 * src/routes/embed/ (see the coverage one). Charts without an entry offer no embed code.
 *
 * Kept free of `$lib` and Svelte imports so the end-to-end tests can import it directly.
 */
import type { ChartMeta } from '$lib/charts/kit/meta';

export interface EmbedEntry {
	/** Embed route for a chart on the page at `path` (e.g. "/capabilities/4" → "/embed/capability/4"). */
	route: (path: string) => string;
	/** Embed addresses to test: the default view and one with state. */
	samples: string[];
}

/** The last segment of a page path: the capability id or country code of a detail page. */
export const lastSegment = (path: string) => path.split('/').filter(Boolean).at(-1) ?? '';

export const EMBEDS: Partial<Record<ChartMeta['id'], EmbedEntry>> = {
	coverage: {
		route: () => '/embed/coverage',
		samples: ['/embed/coverage', '/embed/coverage?sort=high&group=none&domain=2']
	},
	map: {
		route: () => '/embed/map',
		samples: ['/embed/map', '/embed/map?colour=mentions&capability=4']
	},
	country: {
		route: (p) => `/embed/country/${lastSegment(p)}`,
		samples: ['/embed/country/GBR', '/embed/country/GBR?by=domain']
	},
	heatmap: {
		route: () => '/embed/heatmap',
		samples: ['/embed/heatmap', '/embed/heatmap?breakdown=countries']
	},
	compare: {
		route: () => '/embed/compare',
		samples: ['/embed/compare', '/embed/compare?sort=gap']
	},
	// No settings: the second sample is another capability (a different mix of bars).
	capability: {
		route: (p) => `/embed/capability/${lastSegment(p)}`,
		samples: ['/embed/capability/12', '/embed/capability/4']
	}
};

/** Path (without base) of the embed for a chart, or null when the chart has none. */
export function embedPath(meta: Pick<ChartMeta, 'id' | 'path' | 'search'>): string | null {
	const entry = EMBEDS[meta.id];
	if (!entry) return null;
	return entry.route(meta.path) + (meta.search ? `?${meta.search}` : '');
}

/** The message an embed sends its host page, and the host's request for it (see static/embed.js). */
export const EMBED_HEIGHT_MESSAGE = 'mnr-explorer:embed-height';
export const EMBED_PING_MESSAGE = 'mnr-explorer:embed-ping';

/** Escape for an HTML attribute value. */
const attr = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The snippet a reader pastes into their page: an iframe with a fixed height (what they get
 * where scripts are not allowed) and the resizer script, served from the explorer itself.
 */
export function embedSnippet({
	src,
	script,
	title,
	height
}: {
	/** Absolute URL of the embed page. */
	src: string;
	/** Absolute URL of embed.js. */
	script: string;
	/** Accessible name of the frame. */
	title: string;
	/** Fallback height in px. */
	height: number;
}): string {
	return (
		`<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" ` +
		`style="border:0;width:100%;max-width:100%" loading="lazy" data-mnr-embed></iframe>\n` +
		`<script async src="${attr(script)}"></script>`
	);
}
