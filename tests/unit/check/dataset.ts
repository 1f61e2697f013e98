// The check's dataset for unit tests: the shared dataset fixture (../fixture) read with the SQL
// the page prerenders with (src/lib/query/check.ts).
import { query as rows } from '../fixture/dataset';
import { checkSql } from '../../../src/lib/query/check';
import type {
	CheckDataset,
	CheckIndicator,
	CheckPrinting,
	CheckTerm
} from '../../../src/lib/check/types';

let cached: Promise<CheckDataset> | undefined;

async function build(): Promise<CheckDataset> {
	const dataset: CheckDataset = {
		indicators: await rows<CheckIndicator>(checkSql.indicators()),
		terms: await rows<CheckTerm>(checkSql.terms()),
		printings: await rows<CheckPrinting>(checkSql.printings()),
		footnotes: (await rows<{ footnote: number }>(checkSql.footnotes())).map((r) => r.footnote)
	};
	return dataset;
}

export function checkDataset(): Promise<CheckDataset> {
	cached ??= build();
	return cached;
}
