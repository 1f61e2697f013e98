import { mapData } from '$lib/server/pageData';

export const load = mapData;
