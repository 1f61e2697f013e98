// The world map's default view, prerendered like the map page's (no engine needed).
import { nodeEngine } from '$lib/server/nodeEngine';
import { defaults } from '$lib/url/viewState.svelte';
import { mapSql } from '$lib/query/map';
import { mapCountriesSql, mapParams } from '$lib/views/map';
import { baseWorld, placesFor } from '$lib/charts/map/atlas';
import type { CapabilityChoice, MapCountryRow } from '$lib/charts/map/types';

export async function load() {
	const [countries, capabilities] = await Promise.all([
		nodeEngine.query<MapCountryRow>(mapCountriesSql(defaults(mapParams))),
		nodeEngine.query<CapabilityChoice>(mapSql.capabilityChoices())
	]);
	const world = baseWorld();
	return {
		countries,
		capabilities,
		places: placesFor(countries.map((c) => c.map_iso3)),
		size: { width: world.width, height: world.height }
	};
}
