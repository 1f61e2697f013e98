/** Absolute addresses of a chart's view: the page (permalink) and its embed. */
import type { ChartMeta } from '$lib/charts/meta';
import { embedPath } from './embeds';

/** `origin` + `base` + path; the site root under a base path is the base itself. */
export function siteUrl(origin: string, base: string, path: string): string {
	return origin + (path === '/' ? base || '/' : base + path);
}

export function permalink(
	meta: Pick<ChartMeta, 'path' | 'search'>,
	origin: string,
	base: string
): string {
	return siteUrl(origin, base, meta.path) + (meta.search ? `?${meta.search}` : '');
}

export function embedUrl(
	meta: Pick<ChartMeta, 'id' | 'path' | 'search'>,
	origin: string,
	base: string
): string | null {
	const path = embedPath(meta);
	return path === null ? null : siteUrl(origin, base, path);
}
