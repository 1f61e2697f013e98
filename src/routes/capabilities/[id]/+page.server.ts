import { error } from '@sveltejs/kit';
import { nodeEngine } from '$lib/server/nodeEngine';
import { sql } from '$lib/query/sql';
import type { Capability } from '$lib/data/types';

export async function entries() {
	const rows = await nodeEngine.query<{ capability_id: number }>(
		sql.table('capabilities', 'capability_id')
	);
	return rows.map((r) => ({ id: String(r.capability_id) }));
}

export async function load({ params }) {
	const id = Number(params.id);
	const [capability] = Number.isInteger(id)
		? await nodeEngine.query<Capability>(`SELECT * FROM capabilities WHERE capability_id = ${id}`)
		: [];
	if (!capability) error(404, `There is no capability ${params.id}; the MNR has 21.`);
	return { capability };
}
