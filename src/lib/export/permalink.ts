/** Absolute addresses of a chart's view: the page (permalink) and its embed. */
import type { ChartMeta } from '$lib/charts/kit/meta';
import { embedPath } from './embeds';
import { withVersion } from '$lib/data/versions';

/** A chart's settings with the dataset version it shows: a shared view never drifts to newer data. */
const pinned = (meta: Pick<ChartMeta, 'search'>, version: string) => ({
	...meta,
	search: withVersion(meta.search, version)
});

/** `origin` + `base` + path; the site root under a base path is the base itself. */
export function siteUrl(origin: string, base: string, path: string): string {
	return origin + (path === '/' ? base || '/' : base + path);
}

export function permalink(
	meta: Pick<ChartMeta, 'path' | 'search'>,
	origin: string,
	base: string,
	version: string
): string {
	return siteUrl(origin, base, meta.path) + `?${pinned(meta, version).search}`;
}

export function embedUrl(
	meta: Pick<ChartMeta, 'id' | 'path' | 'search'>,
	origin: string,
	base: string,
	version: string
): string | null {
	const path = embedPath({ ...meta, ...pinned(meta, version) });
	return path === null ? null : siteUrl(origin, base, path);
}
