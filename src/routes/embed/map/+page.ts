/**
 * As on the map page (src/routes/map/+page.ts): the base map's shapes travel once, as markup in
 * the prerendered HTML, and are not repeated in the page's data. An embed is always opened by a
 * full page load, so the browser adopts the shapes from the HTML and never fetches them.
 */
export async function load({ data }) {
	const basemap = import.meta.env.SSR ? (await import('$lib/charts/map/atlas')).basemap() : null;
	return { ...data, basemap };
}
