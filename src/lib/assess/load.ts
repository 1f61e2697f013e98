/**
 * The data the self-assessment page is built from, read with whatever runs the SQL (DuckDB in
 * Node at prerender, the same in unit tests), and trimmed to the columns the page uses: the
 * instrument, the review's figures, and the countries it names as examples per capability.
 */
import { sql } from '$lib/query/sql';
import { assessSql } from '$lib/query/assess';
import type { Capability, Domain, Indicator, SurveyQuestion } from '$lib/data/types';
import type { ComparisonFigure } from './comparison';
import type { CapabilityRef, DomainRef } from './charts';
import type { AssessQuestion } from './types';
// The same figure columns as the capability chart's data rows.
import { figureRow } from '$lib/charts/capability/figureRow';

export type Query = <T>(sql: string) => Promise<T[]>;

export interface AssessData {
	datasetVersion: string;
	questions: AssessQuestion[];
	domains: DomainRef[];
	capabilities: CapabilityRef[];
	figures: ComparisonFigure[];
	examples: { capability_id: number; names: string[] }[];
}

export async function loadAssessData(query: Query, datasetVersion: string): Promise<AssessData> {
	const [questions, domains, capabilities, indicators, examples] = await Promise.all([
		query<SurveyQuestion>(assessSql.questions()),
		query<Domain>(sql.table('domains', 'domain_id')),
		query<Capability>(sql.table('capabilities', 'capability_id')),
		query<Indicator>(sql.table('indicators', 'indicator_id')),
		query<{ capability_id: number; names: string[] }>(assessSql.examplesByCapability())
	]);
	return {
		datasetVersion,
		questions: questions.map((q) => ({
			question_id: q.question_id,
			number: q.number,
			section: q.section,
			text: q.text,
			answer_type: q.answer_type,
			options: q.options,
			capability_id: q.capability_id
		})),
		domains: domains.map(({ domain_id, name }) => ({ domain_id, name })),
		capabilities: capabilities.map(({ capability_id, domain_id, name }) => ({
			capability_id,
			domain_id,
			name
		})),
		figures: indicators.map((i) => ({
			...figureRow(i),
			capability_id: i.capability_id,
			parent_id: i.parent_id,
			note: i.note
		})),
		examples: examples.map((e) => ({ capability_id: e.capability_id, names: [...e.names] }))
	};
}
