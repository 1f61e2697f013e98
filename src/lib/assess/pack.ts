/**
 * The self-assessment's briefing pack, made in the browser with the explorer's export code: the
 * answers as CSV, each comparison chart as SVG and PNG (exporter.ts, the same files a chart's own
 * download gives), the gap summary and the citation, zipped (zip.ts). Nothing leaves the browser.
 */
import { copy } from '$lib/copy';
import { reviewCitation, versionedSourceLine } from '$lib/citation';
import type { ChartMeta } from '$lib/export/meta';
import { toCsv } from '$lib/export/csv';
import { pngFile, svgFile, type ExportedFile } from '$lib/export/exporter';
import { isoDate } from '$lib/export/pack';
import { zip } from '$lib/export/zip';
import { slugify } from '$lib/export/files';
import { answerColumns, answerRows, gapSummaryText, type SummaryInput } from './summary';
import type { AssessQuestion } from './types';

export interface PackChart {
	svg: SVGSVGElement;
	meta: ChartMeta;
}

export interface PackInput extends Omit<SummaryInput, 'date'> {
	questions: AssessQuestion[];
	charts: PackChart[];
	origin: string;
	base: string;
}

/** How to cite the review and this self-assessment (the answers are the user's, not the review's). */
export function packCitationText(country: string, date: string, datasetVersion: string): string {
	return [
		copy.exports.file.citationTitle,
		'',
		copy.assess.pack.citation(copy.assess.summary.title(country), date, datasetVersion),
		'',
		`${copy.exports.file.dataSource}:`,
		reviewCitation,
		'',
		`${copy.exports.file.shortForm}:`,
		`${copy.exports.file.source}${copy.colon} ${versionedSourceLine(datasetVersion)}`,
		''
	].join('\n');
}

export async function briefingPack(input: PackInput, now = new Date()): Promise<ExportedFile> {
	const date = isoDate(now);
	const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());
	const words = copy.assess.pack.files;
	const entries: { name: string; data: Uint8Array | string }[] = [
		{
			name: `${words.answers}.csv`,
			data: toCsv(answerColumns(), answerRows(input.questions, input.set))
		},
		{ name: `${words.gapSummary}.txt`, data: gapSummaryText({ ...input, date }) },
		{
			name: `${words.citation}.txt`,
			data: packCitationText(input.set.country.trim(), date, input.datasetVersion)
		}
	];
	for (const [i, chart] of input.charts.entries()) {
		const target = {
			svg: chart.svg,
			meta: chart.meta,
			origin: input.origin,
			base: input.base,
			version: input.datasetVersion
		};
		const stem = `${words.charts}/${String(i + 1).padStart(2, '0')}-${slugify(chart.meta.title, 50)}`;
		entries.push({ name: `${stem}.svg`, data: await bytes((await svgFile(target)).blob) });
		entries.push({
			name: `${stem}.png`,
			data: await bytes((await pngFile(target, 'chart', 2)).blob)
		});
		entries.push({ name: `${stem}.csv`, data: toCsv(chart.meta.columns, chart.meta.rows) });
	}
	return {
		name: `${words.prefix}-${slugify(input.set.country, 60) || words.answers}-${date}-${words.pack}.zip`,
		blob: new Blob([zip(entries, now)], { type: 'application/zip' })
	};
}
