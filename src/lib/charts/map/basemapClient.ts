/**
 * The base map for a page that was not prerendered into the browser (client-side navigation):
 * fetched once from the site's own /map/basemap.svg and kept for the session.
 */
import { resolve } from '$app/paths';

let pending: Promise<string> | undefined;

/** The inner markup of the base-map SVG file. */
export function fetchBasemap(): Promise<string> {
	pending ??= fetch(resolve('/map/basemap.svg'))
		.then((res) => {
			if (!res.ok) throw new Error(`The map shapes could not be loaded (HTTP ${res.status}).`);
			return res.text();
		})
		.then(basemapInner)
		.catch((e) => {
			pending = undefined; // let a later visit try again
			throw e;
		});
	return pending;
}

/** The content of an <svg> document, without the root element. */
export function basemapInner(svg: string): string {
	return svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
}
