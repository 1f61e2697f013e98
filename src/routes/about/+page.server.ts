import { nodeEngine } from '$lib/server/nodeEngine';
import { readManifest, readVersions } from '$lib/server/manifest';
import { aboutSql } from '$lib/query/about';
import {
	discrepanciesWithPrintings,
	groupAmbiguous,
	type AmbiguousRow,
	type DiscrepancyRow,
	type PrintingRow
} from '$lib/views/findings';

export interface CompositionRow {
	code: string;
	name: string;
	countries_printed: number;
	countries: number;
	alliance: number;
	unicef: number;
	source_ref: string;
}

export interface DatasetCounts {
	domains: number;
	capabilities: number;
	indicators: number;
	stated: number;
	derived: number;
	ambiguous: number;
	discrepancies: number;
	printings: number;
	printings_disagreeing: number;
	exclusions: number;
	mentions: number;
	terms: number;
	questions: number;
	headlines: number;
	headline_min_n: number;
	headline_max_n: number;
	mnr_use_n: number;
}

export async function load() {
	const q = nodeEngine.query.bind(nodeEngine);
	const [surveys, income, regions, mixed, counts, discrepancies, printings, ambiguous] =
		await Promise.all([
			q<{ countries: number; alliance: number; unicef: number }>(aboutSql.surveys()),
			q<CompositionRow>(aboutSql.incomeGroups()),
			q<CompositionRow>(aboutSql.regions()),
			q<{ name: string; income_group: string }>(aboutSql.allianceNotHighIncome()),
			q<DatasetCounts>(aboutSql.datasetCounts()),
			q<DiscrepancyRow>(aboutSql.discrepancies()),
			q<PrintingRow>(aboutSql.discrepancyPrintings()),
			q<AmbiguousRow>(aboutSql.ambiguous())
		]);
	return {
		version: readManifest().datasetVersion,
		versions: readVersions(),
		surveys: surveys[0],
		income,
		regions,
		allianceNotHighIncome: mixed.map((m) => m.name),
		counts: counts[0],
		discrepancies: discrepanciesWithPrintings(discrepancies, printings),
		ambiguousFigures: ambiguous.length,
		ambiguous: groupAmbiguous(ambiguous)
	};
}
