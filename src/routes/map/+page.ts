/**
 * The base map's shapes are rendered into the prerendered HTML only: during the prerender this
 * load adds them as markup; in the browser it adds nothing, so the shapes are not shipped a second
 * time inside the page's data. WorldMap keeps the prerendered shapes on hydration and fetches
 * /map/basemap.svg only when the page was reached by client-side navigation.
 */
export async function load({ data }) {
	const basemap = import.meta.env.SSR ? (await import('$lib/charts/map/atlas')).basemap() : null;
	return { ...data, basemap };
}
