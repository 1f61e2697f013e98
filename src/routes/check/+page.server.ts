import { nodeEngine } from '$lib/server/nodeEngine';
import { checkSql } from '$lib/query/check';
import { readManifest } from '$lib/server/manifest';
import type { CheckDataset, CheckIndicator, CheckPrinting, CheckTerm } from '$lib/check/types';

/**
 * The check's dataset, prerendered into the page through the same SQL module as every view, so
 * the check works at once and without the in-browser engine (whose 34 MB would buy nothing here:
 * the whole dataset the check needs is a few hundred rows).
 */
export async function load() {
	const [indicators, terms, printings, footnotes] = await Promise.all([
		nodeEngine.query<CheckIndicator>(checkSql.indicators()),
		nodeEngine.query<CheckTerm>(checkSql.terms()),
		nodeEngine.query<CheckPrinting>(checkSql.printings()),
		nodeEngine.query<{ footnote: number }>(checkSql.footnotes())
	]);
	const dataset: CheckDataset = {
		indicators,
		terms,
		printings,
		footnotes: footnotes.map((f) => f.footnote)
	};
	// The receipt names the dataset version the text was checked against.
	return { dataset, datasetVersion: readManifest().datasetVersion };
}
