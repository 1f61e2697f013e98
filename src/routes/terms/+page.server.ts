import { nodeEngine } from '$lib/server/nodeEngine';
import { checkSql } from '$lib/query/check';
import type { CheckTerm } from '$lib/check/types';

export async function load() {
	return { terms: await nodeEngine.query<CheckTerm>(checkSql.terms()) };
}
