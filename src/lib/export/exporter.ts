/**
 * Every export of a chart, from the SVG element on screen and the chart's meta: SVG, PNG, CSV
 * and the briefing pack. Browser-only (it reads computed styles and draws on a canvas); nothing
 * here makes a network request, so exports work offline.
 *
 * Exports are always drawn in the light scheme, whatever the page uses: they end up on white
 * slides, documents and social posts, where a dark chart would look like a mistake, and one look
 * per file keeps a briefing pack consistent. Embeds use the same light scheme (EmbedView).
 *
 * Each export is timed with performance.measure("mnr-export:<kind>") for the benchmark.
 */
import { copy } from '$lib/copy';
import { versionedSourceLine } from '$lib/citation';
import type { ChartMeta } from '$lib/export/meta';
import {
	compose,
	exportBand,
	type Composed,
	type ExportFit,
	type Layout,
	type Placement
} from './compose';
import { toCsv } from './csv';
import { withReaderRefColumns } from '$lib/data/readerRef';
import { exportFileName } from './files';
import { inlineSvg, type InlinedSvg } from './inline';
import { caption } from './caption';
import { altText, citationText, notesText, readmeText } from './pack';
import { permalink } from './permalink';
import { withPngText } from './png';
import { rasterise } from './raster';
import { FONT_STACK, LIGHT_PALETTE as PALETTE, LIGHT_TOKENS } from './scheme';
import { canvasMeasure } from './svgText';
import { yieldToMain } from './yield';
import { zip } from './zip';

export interface ExportTarget {
	/** The chart's SVG as drawn on screen. */
	svg: SVGSVGElement;
	meta: ChartMeta;
	/** Where the site is served: origin and base path, for the permalink. */
	origin: string;
	base: string;
	/** The dataset version the chart shows: its links and source line name it. */
	version: string;
	/**
	 * Lay the chart out at an export's size (null: back to the screen) and give its SVG once
	 * drawn. Without it the screen drawing is scaled into the frame.
	 */
	layOut?: (fit: ExportFit | null) => Promise<SVGSVGElement | undefined>;
}

export interface ExportedFile {
	name: string;
	blob: Blob;
	/** A PNG's type sizes in its own pixels (after its scale): what the export tests measure. */
	sizes?: Placement['sizes'];
}

/** A chart ready to compose: inlined, and the arrangement its band was planned for. */
interface Prepared {
	chart: InlinedSvg;
	side?: boolean;
	/** It took the room a footer at its floor leaves (ExportFit.floorHeight). */
	floorFooter?: boolean;
}

async function timed<T>(kind: string, work: () => Promise<T>): Promise<T> {
	const start = performance.now();
	try {
		return await work();
	} finally {
		performance.measure(`mnr-export:${kind}`, { start, end: performance.now() });
	}
}

const urlOf = (t: Pick<ExportTarget, 'meta' | 'origin' | 'base' | 'version'>) =>
	permalink(t.meta, t.origin, t.base, t.version);

const sizeAttr = (svg: SVGSVGElement, name: 'width' | 'height') =>
	Number(svg.getAttribute(name)) || svg.getBoundingClientRect()[name];

/**
 * What a chart says of the drawing it lays out afresh for an export, where the screen drawing's
 * shape would mislead the plan: `data-export-stacked`, that it turns wide (the words then go above
 * and below it, not beside it), and `data-export-font`, the type size of its text then.
 */
function freshShape(svg: SVGSVGElement): { side?: boolean; chartFont?: number } {
	const font = Number(svg.getAttribute('data-export-font'));
	return {
		...(svg.hasAttribute('data-export-stacked') ? { side: false } : {}),
		...(font > 0 ? { chartFont: font } : {})
	};
}

/**
 * The chart for a layout: laid out afresh at the size of its band (slide, square) or at its
 * screen width (as shown), copied, and put back to its screen layout before the next paint.
 */
async function prepare(t: ExportTarget, layout: Layout): Promise<Prepared> {
	const inline = (svg: SVGSVGElement, onCopied?: () => void) =>
		inlineSvg(svg, { tokens: LIGHT_TOKENS, baseUrl: t.origin + t.base + '/', onCopied });
	if (!t.layOut) return { chart: await inline(t.svg) };
	const screen = { markup: '', width: sizeAttr(t.svg, 'width'), height: sizeAttr(t.svg, 'height') };
	let fit: ExportFit = { width: screen.width, height: Infinity };
	let side: boolean | undefined;
	if (layout !== 'chart') {
		const plan = exportBand({ ...composeInput(t, screen, layout), ...freshShape(t.svg) });
		fit = {
			width: Math.floor(plan.band.width),
			height: Math.floor(plan.band.height),
			floorHeight: Math.floor(plan.floorHeight)
		};
		side = plan.side;
	}
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		void t.layOut!(null);
	};
	try {
		const svg = (await t.layOut(fit)) ?? t.svg;
		const height = sizeAttr(svg, 'height');
		const floorFooter = height > fit.height && height <= (fit.floorHeight ?? 0);
		return { chart: await inline(svg, restore), side, floorFooter };
	} finally {
		restore();
	}
}

function composeFor(
	t: ExportTarget,
	{ chart, side, floorFooter }: Prepared,
	layout: Layout
): Composed & { placement: Placement } {
	return compose({ ...composeInput(t, chart, layout), side, floorFooter });
}

function composeInput(t: ExportTarget, chart: Prepared['chart'], layout: Layout) {
	const f = copy.exports.file;
	return {
		chart,
		title: t.meta.title,
		subtitle: t.meta.subtitle,
		notes: t.meta.notes,
		altText: t.meta.altText,
		source: `${f.source}: ${versionedSourceLine(t.version)}`,
		permalink: urlOf(t),
		linkLabel: f.link,
		palette: PALETTE,
		fontFamily: FONT_STACK,
		layout,
		measure: canvasMeasure()
	};
}

const svgBlob = (svg: string) =>
	new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`], {
		type: 'image/svg+xml;charset=utf-8'
	});

async function png(t: ExportTarget, composed: Composed, scale: number): Promise<Blob> {
	const blob = await rasterise(composed.svg, composed.width, composed.height, scale, PALETTE.bg);
	await yieldToMain();
	const bytes = withPngText(new Uint8Array(await blob.arrayBuffer()), {
		Title: t.meta.title,
		Description: t.meta.altText,
		Comment: `${copy.exports.file.source}: ${versionedSourceLine(t.version)}. ${copy.exports.file.link}: ${urlOf(t)}`,
		Software: copy.productName
	});
	return new Blob([bytes], { type: 'image/png' });
}

export function svgFile(t: ExportTarget): Promise<ExportedFile> {
	return timed('svg', async () => {
		const composed = composeFor(t, await prepare(t, 'chart'), 'chart');
		return { name: exportFileName(t.meta, 'svg'), blob: svgBlob(composed.svg) };
	});
}

export function pngFile(t: ExportTarget, layout: Layout, scale: number): Promise<ExportedFile> {
	return timed('png', async () => {
		const composed = composeFor(t, await prepare(t, layout), layout);
		await yieldToMain();
		const { sizes } = composed.placement;
		const times = (v: number | undefined) =>
			v === undefined ? v : Math.round(v * scale * 10) / 10;
		return {
			name: exportFileName(t.meta, 'png', `${layout}@${scale}x`),
			blob: await png(t, composed, scale),
			sizes: {
				title: times(sizes.title)!,
				subtitle: times(sizes.subtitle)!,
				notes: times(sizes.notes)!,
				chartSmallest: times(sizes.chartSmallest)
			}
		};
	});
}

/**
 * Put the chart on the clipboard as a PNG (the same picture as the PNG download). The
 * ClipboardItem gets a promise, so the browser keeps the click's permission to write while the
 * picture is drawn. Throws ClipboardUnavailable where there is no image clipboard (http, an old
 * browser); a refusal by the browser rejects with its own error.
 */
export async function copyImage(t: ExportTarget, layout: Layout, scale: number): Promise<void> {
	if (!clipboardWrites()) throw new ClipboardUnavailable();
	const picture = timed('copy-image', async () => {
		const composed = composeFor(t, await prepare(t, layout), layout);
		await yieldToMain();
		return png(t, composed, scale);
	});
	await navigator.clipboard.write([new ClipboardItem({ 'image/png': picture })]);
	await picture;
}

/** Put the chart's caption on the clipboard as rich text and plain text. */
export async function copyCaption(t: ExportTarget | Omit<ExportTarget, 'svg'>): Promise<void> {
	if (!clipboardWrites()) throw new ClipboardUnavailable();
	const c = caption(t.meta, urlOf(t), t.version, new Date());
	await navigator.clipboard.write([
		new ClipboardItem({
			'text/html': new Blob([c.html], { type: 'text/html' }),
			'text/plain': new Blob([c.text], { type: 'text/plain' })
		})
	]);
}

/** There is no clipboard that takes pictures and rich text here (not https, or an old browser). */
export class ClipboardUnavailable extends Error {
	constructor() {
		super('clipboard unavailable');
		this.name = 'ClipboardUnavailable';
	}
}

const clipboardWrites = () =>
	typeof window !== 'undefined' &&
	window.isSecureContext &&
	typeof navigator.clipboard?.write === 'function' &&
	typeof ClipboardItem === 'function';

/** The file name names the dataset version, so a CSV passed on alone still says which data it holds. */
export function csvFile(meta: ChartMeta, version: string): ExportedFile {
	return {
		name: exportFileName(meta, 'csv', `data-${version}`),
		blob: new Blob([toCsv(withReaderRefColumns(meta.columns, meta.rows), meta.rows)], {
			type: 'text/csv;charset=utf-8'
		})
	};
}

/** The briefing pack: SVG, PNG (slide and square at 2×), CSV, citation, alt text and notes. */
export function packFile(t: ExportTarget): Promise<ExportedFile> {
	return timed('pack', async () => {
		const url = urlOf(t);
		const svg = composeFor(t, await prepare(t, 'chart'), 'chart');
		const slide = await png(t, composeFor(t, await prepare(t, 'slide'), 'slide'), 2);
		const square = await png(t, composeFor(t, await prepare(t, 'square'), 'square'), 2);
		const csvName = exportFileName(t.meta, 'csv');
		const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());
		const now = new Date();
		const archive = zip(
			[
				{ name: 'README.txt', data: readmeText(t.meta, url) },
				{ name: exportFileName(t.meta, 'svg'), data: await bytes(svgBlob(svg.svg)) },
				{ name: exportFileName(t.meta, 'png', 'slide@2x'), data: await bytes(slide) },
				{ name: exportFileName(t.meta, 'png', 'square@2x'), data: await bytes(square) },
				{
					name: csvName,
					data: toCsv(withReaderRefColumns(t.meta.columns, t.meta.rows), t.meta.rows)
				},
				{ name: 'citation.txt', data: citationText(t.meta, url, csvName, now, t.version) },
				{ name: 'alt-text.txt', data: altText(t.meta) },
				{ name: 'notes.txt', data: notesText(t.meta) }
			],
			now
		);
		return {
			name: exportFileName(t.meta, 'zip', 'briefing-pack'),
			blob: new Blob([archive], { type: 'application/zip' })
		};
	});
}

/** Hand a file to the browser's downloads. */
export function saveFile(file: ExportedFile): void {
	const url = URL.createObjectURL(file.blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = file.name;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	// Long enough for the download to start reading the blob.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
