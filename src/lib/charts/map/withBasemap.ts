/**
 * The universal load step of every page that draws the world map (/map, /embed/map).
 *
 * The base map's shapes are rendered into the prerendered HTML only: during the prerender this
 * adds them as markup; in the browser it adds nothing, so the shapes are not shipped a second
 * time inside the page's data. WorldMap keeps the prerendered shapes on hydration and fetches
 * /map/basemap.svg only when the page was reached by client-side navigation (an embed is always
 * a full page load, so it never fetches them).
 */
export async function withBasemap<T extends object>(
	data: T
): Promise<T & { basemap: string | null }> {
	const basemap = import.meta.env.SSR ? (await import('./atlas')).basemap() : null;
	return { ...data, basemap };
}
