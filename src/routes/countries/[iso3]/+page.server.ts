import { error } from '@sveltejs/kit';
import { nodeEngine } from '$lib/server/nodeEngine';
import { lit, sql } from '$lib/query/sql';
import type { Country } from '$lib/data/types';

export async function entries() {
	const rows = await nodeEngine.query<{ iso3: string }>(sql.table('countries', 'iso3'));
	return rows.map((r) => ({ iso3: r.iso3 }));
}

export async function load({ params }) {
	const [country] = /^[A-Z]{3}$/.test(params.iso3)
		? await nodeEngine.query<Country>(`SELECT * FROM countries WHERE iso3 = ${lit(params.iso3)}`)
		: [];
	if (!country) error(404, `${params.iso3} is not one of the 42 countries the review covers.`);
	return { country };
}
