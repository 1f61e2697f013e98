/**
 * Build-time data that a page and its embed both need: which detail pages to prerender, the
 * record a detail page stands for (or a 404), and the map's default view. One place, so a page
 * and its embed cannot drift apart (same entries, same 404 wording, same default rows).
 */
import { error } from '@sveltejs/kit';
import { copy } from '$lib/copy';
import { nodeEngine } from './nodeEngine';
import { sql } from '$lib/query/sql';
import { mapSql } from '$lib/charts/map/query';
import { capabilityQueries } from '$lib/charts/capability/query';
import { defaults } from '$lib/url/viewState.svelte';
import { mapCountriesSql, mapParams } from '$lib/charts/map/view';
import { baseWorld, placesFor } from '$lib/charts/map/atlas';
import type { CapabilityChoice, MapCountryRow } from '$lib/charts/map/types';
import type { Country } from '$lib/data/types';
import type { CapabilityDetail } from '$lib/charts/capability/query';

export type CountryProfile = Country & { income_group_name: string; region_name: string };

/** One prerendered page per capability: /capabilities/[id], /embed/capability/[id]. */
export async function capabilityEntries(): Promise<{ id: string }[]> {
	const rows = await nodeEngine.query<{ capability_id: number }>(
		sql.table('capabilities', 'capability_id')
	);
	return rows.map((r) => ({ id: String(r.capability_id) }));
}

/** One prerendered page per country of the review: /countries/[iso3], /embed/country/[iso3]. */
export async function countryEntries(): Promise<{ iso3: string }[]> {
	const rows = await nodeEngine.query<{ iso3: string }>(sql.table('countries', 'iso3'));
	return rows.map((r) => ({ iso3: r.iso3 }));
}

/** The capability a route's [id] names; a 404 for anything else (the id is checked before SQL). */
export async function capabilityFromParam(param: string): Promise<CapabilityDetail> {
	const id = /^\d{1,2}$/.test(param) ? Number(param) : NaN;
	const [capability] = Number.isInteger(id)
		? await nodeEngine.query<CapabilityDetail>(capabilityQueries.capability(id))
		: [];
	if (!capability) error(404, `There is no capability ${param}; the MNR has 21.`);
	return capability;
}

/** The country a route's [iso3] names; a 404 for a code the review does not cover. */
export async function countryFromParam(param: string): Promise<CountryProfile> {
	const [country] = /^[A-Z]{3}$/.test(param)
		? await nodeEngine.query<CountryProfile>(mapSql.country(param))
		: [];
	if (!country) error(404, copy.map.country.notFound(param));
	return country;
}

/** The map's default view: every country's row, the capability choices, where each sits. */
export async function mapData() {
	const [countries, capabilities] = await Promise.all([
		nodeEngine.query<MapCountryRow>(mapCountriesSql(defaults(mapParams))),
		nodeEngine.query<CapabilityChoice>(mapSql.capabilityChoices())
	]);
	const world = baseWorld();
	return {
		countries,
		capabilities,
		// Small: a centroid and a marker flag per country. The shapes themselves reach the page
		// once, as SVG in the HTML (see withBasemap).
		places: placesFor(countries.map((c) => c.map_iso3)),
		size: { width: world.width, height: world.height }
	};
}
