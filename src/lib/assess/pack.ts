/**
 * The self-assessment's briefing pack, made in the browser with the explorer's export code: the
 * answers as CSV, each comparison chart as SVG and PNG (exporter.ts, the same files a chart's own
 * download gives), the gap summary and the citation, zipped (zip.ts). Nothing leaves the browser.
 */
import { copy } from '$lib/copy';
import { reviewCitation, versionedSourceLine } from '$lib/citation';
import type { ChartMeta } from '$lib/charts/kit/meta';
import { toCsv } from '$lib/export/csv';
import { pngFile, svgFile, type ExportedFile } from '$lib/export/exporter';
import { isoDate } from '$lib/export/pack';
import { zip } from '$lib/export/zip';
import { slugify } from '$lib/export/files';
import { ANSWER_COLUMNS, answerRows, gapSummaryText, type SummaryInput } from './summary';
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
		`${copy.assess.summary.title(country)} (${date}), made with MNR Explorer, dataset version ${datasetVersion}. The answers are the respondents' own; the figures beside them are the review's.`,
		'',
		`${copy.exports.file.dataSource}:`,
		reviewCitation,
		'',
		`${copy.exports.file.shortForm}:`,
		`${copy.exports.file.source}: ${versionedSourceLine(datasetVersion)}`,
		''
	].join('\n');
}

export async function briefingPack(input: PackInput, now = new Date()): Promise<ExportedFile> {
	const date = isoDate(now);
	const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());
	const entries: { name: string; data: Uint8Array | string }[] = [
		{ name: 'answers.csv', data: toCsv(ANSWER_COLUMNS, answerRows(input.questions, input.set)) },
		{ name: 'gap-summary.txt', data: gapSummaryText({ ...input, date }) },
		{
			name: 'citation.txt',
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
		const stem = `charts/${String(i + 1).padStart(2, '0')}-${slugify(chart.meta.title, 50)}`;
		entries.push({ name: `${stem}.svg`, data: await bytes((await svgFile(target)).blob) });
		entries.push({
			name: `${stem}.png`,
			data: await bytes((await pngFile(target, 'chart', 2)).blob)
		});
		entries.push({ name: `${stem}.csv`, data: toCsv(chart.meta.columns, chart.meta.rows) });
	}
	return {
		name: `mnr-self-assessment-${slugify(input.set.country, 60) || 'answers'}-${date}-briefing-pack.zip`,
		blob: new Blob([zip(entries, now)], { type: 'application/zip' })
	};
}
