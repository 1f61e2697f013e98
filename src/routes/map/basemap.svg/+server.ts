/**
 * The base map as a standalone SVG file, written at build time. The map page fetches it only when
 * it is reached by client-side navigation (its prerendered HTML already holds the same shapes).
 */
import { basemap, baseWorld } from '$lib/charts/map/atlas';

export const prerender = true;

export function GET() {
	const { width, height } = baseWorld();
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${basemap()}</svg>`;
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
