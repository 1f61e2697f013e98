/**
 * The caption that goes with a chart pasted into a document or slide (pure): title, the
 * population and n, the source line, how to cite the chart, and the permalink — as plain text
 * and as HTML (a linked title and permalink), so the paste keeps its link wherever it lands.
 */
import { copy } from '$lib/copy';
import { versionedSourceLine } from '$lib/citation';
import type { ChartMeta } from '$lib/export/meta';
import { isoDate } from './pack';
import { xml } from './svgText';

const t = copy.exports.file;

export interface Caption {
	text: string;
	html: string;
}

export function caption(meta: ChartMeta, url: string, version: string, date: Date): Caption {
	const source = `${t.source}: ${versionedSourceLine(version)}`;
	const citation = t.chartCitation(meta.title, url, isoDate(date));
	const link = `${t.link}: ${url}`;
	const text = [meta.title, meta.subtitle, source, citation, link].join('\n');
	const a = `<a href="${xml(url)}">${xml(url)}</a>`;
	const html =
		`<p><strong><a href="${xml(url)}">${xml(meta.title)}</a></strong><br>${xml(meta.subtitle)}</p>` +
		`<p>${xml(source)}<br>${xml(citation)}<br>${xml(t.link)}: ${a}</p>`;
	return { text, html };
}
