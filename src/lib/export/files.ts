/**
 * File names for exports: readable, stable for a given view, safe on every operating system.
 * "mnr-explorer-coverage-sort-high-domain-4.svg" or "mnr-explorer-capability-4.csv": the chart,
 * the page it is about and its settings, so exports of different views never overwrite each
 * other and a name says what the file shows.
 */
import type { ChartMeta } from '$lib/charts/kit/meta';

/** Lower-case ASCII words joined by hyphens; accents are folded, everything else dropped. */
export function slugify(text: string, max = 80): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug.slice(0, max).replace(/-+$/, '');
}

/** Base name (no extension) for a chart in a given view state. */
export function exportBaseName(meta: Pick<ChartMeta, 'id' | 'path' | 'search'>): string {
	const segments = meta.path.split('/').filter(Boolean);
	// "/capabilities/4" → "4", "/countries/ALB" → "alb"; "/" and "/map" add nothing.
	const subject = segments.length > 1 ? slugify(segments.at(-1) ?? '') : '';
	const state = slugify(meta.search.replace(/[=&]/g, ' '), 60);
	return ['mnr-explorer', slugify(meta.id), subject, state].filter(Boolean).join('-');
}

/**
 * Full file name. `variant` distinguishes files of one view, e.g. "slide@2x" for a PNG; it is
 * written as given (it comes from code, not from the user).
 */
export function exportFileName(
	meta: Pick<ChartMeta, 'id' | 'path' | 'search'>,
	ext: string,
	variant = ''
): string {
	return `${exportBaseName(meta)}${variant ? `-${variant}` : ''}.${ext}`;
}
