// The world map's default view, prerendered like the map page's (no engine needed).
import { mapData } from '$lib/server/pageData';

export const load = mapData;
