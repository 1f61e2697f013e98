/**
 * The base map for a map that cannot adopt the prerendered one: after client-side navigation it
 * is fetched once from the site's own /map/basemap.svg and kept for the session; on a page whose
 * map is drawn afresh over its prerender (a view read from the address) the prerendered shapes
 * are reused.
 */
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import { isHydrating } from '$lib/hydration/later';

let pending: Promise<string> | undefined;
let prerendered: Element | null = null;

/**
 * Called by a page with a map, in its own script: the map hydrates later, in a part of its own
 * (ChartFrame), and is drawn afresh if the page shows another view than the prerendered one. The
 * prerendered base map's element is kept now, while the page hydrates and the markup is still in
 * place, so the map takes its shapes from it instead of the network. Only the element is kept:
 * its markup is read if a map asks for it.
 */
export function keepPrerenderedBasemap(): void {
	if (browser && isHydrating())
		prerendered ??= document.querySelector('svg[data-chart="map"] [data-basemap]');
}

/** The inner markup of the base-map SVG file. */
export function fetchBasemap(): Promise<string> {
	if (prerendered) pending ??= Promise.resolve(prerendered.outerHTML);
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
