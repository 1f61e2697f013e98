/**
 * The exported picture: the chart (already inlined) framed by the words that must travel with it
 * — title, subtitle (population and n), the notes that apply, the source line and the permalink
 * — in one of three layouts:
 * - "chart": the chart at its on-screen size, the words above and below it (the SVG export);
 * - "slide": 16:9, 960 × 540 px (1920 × 1080 at 2×) for presentations;
 * - "square": 540 × 540 px (1080 × 1080 at 2×) for social posts.
 * In the fixed-size layouts the chart is scaled to the space left by the words; the notes go
 * beside the chart instead of below it when that lets the chart be drawn larger.
 * Pure string building, so it is unit-tested without a browser.
 */
import { type InlinedSvg } from './inline';
import { wrap, xml, type Measure } from './svgText';

export type Layout = 'chart' | 'slide' | 'square';

export interface Palette {
	bg: string;
	fg: string;
	muted: string;
	link: string;
}

export interface ComposeInput {
	chart: Pick<InlinedSvg, 'markup' | 'width' | 'height'>;
	title: string;
	subtitle: string;
	notes: string[];
	/** Plain-language description, written into the file's <desc>. */
	altText: string;
	/** Full source line, e.g. "Source: WeProtect Global Alliance and UNICEF, …". */
	source: string;
	permalink: string;
	/** Words before the permalink, e.g. "Interactive version and data". */
	linkLabel: string;
	palette: Palette;
	fontFamily: string;
	layout: Layout;
	measure: Measure;
}

export interface Composed {
	svg: string;
	width: number;
	height: number;
}

interface Type {
	size: number;
	lead: number;
	weight: number;
}

const SPECS = {
	chart: {
		pad: 24,
		title: { size: 20, lead: 26, weight: 700 },
		subtitle: { size: 14, lead: 20, weight: 400 },
		small: { size: 12, lead: 17, weight: 400 }
	},
	slide: {
		pad: 28,
		title: { size: 22, lead: 28, weight: 700 },
		subtitle: { size: 13, lead: 18, weight: 400 },
		small: { size: 10.5, lead: 14, weight: 400 }
	},
	square: {
		pad: 24,
		title: { size: 19, lead: 24, weight: 700 },
		subtitle: { size: 12, lead: 16, weight: 400 },
		small: { size: 10, lead: 13, weight: 400 }
	}
} as const;

export const FIXED_SIZE = {
	slide: { width: 960, height: 540 },
	square: { width: 540, height: 540 }
};

/** Never enlarge a chart more than this in the fixed layouts (a four-bar chart on a slide). */
const MAX_SCALE = 1.6;
const GAP = 12;
const SIDE_NOTES = 250;

export function compose(input: ComposeInput): Composed {
	const spec = SPECS[input.layout];
	const { pad } = spec;
	const family = input.fontFamily;
	const font = (t: Type) => `${t.weight} ${t.size}px ${family}`;
	const lines = (text: string, t: Type, width: number) => wrap(text, width, font(t), input.measure);
	const noteLines = (width: number) =>
		input.notes.flatMap((n) =>
			lines(n, spec.small, width - 10).map((l, i) => ({ l, first: i === 0 }))
		);

	const width =
		input.layout === 'chart'
			? Math.ceil(Math.max(input.chart.width, 480) + 2 * pad)
			: FIXED_SIZE[input.layout].width;
	const inner = width - 2 * pad;

	const title = lines(input.title, spec.title, inner);
	const subtitle = lines(input.subtitle, spec.subtitle, inner);
	const source = lines(input.source, spec.small, inner);
	const link = lines(`${input.linkLabel}: ${input.permalink}`, spec.small, inner);
	const headerH = title.length * spec.title.lead + subtitle.length * spec.subtitle.lead;
	const footerH = (source.length + link.length) * spec.small.lead;

	// Where the chart goes, how large, and where the notes go.
	let scale = 1;
	let chartX = pad;
	const chartY = pad + headerH + GAP;
	let notes = noteLines(inner);
	let notesX = pad;
	let notesY: number;
	let height: number;
	const notesH = (n: unknown[]) => (n.length ? n.length * spec.small.lead + GAP : 0);
	if (input.layout === 'chart') {
		chartX = pad; // aligned with the title and notes
		notesY = chartY + input.chart.height + GAP;
		height = Math.ceil(notesY + notesH(notes) + footerH + pad);
	} else {
		height = FIXED_SIZE[input.layout].height;
		const areaBottom = height - pad - footerH - GAP;
		const fit = (w: number, h: number) =>
			Math.max(0, Math.min(w / input.chart.width, h / input.chart.height, MAX_SCALE));
		const below = fit(inner, areaBottom - chartY - notesH(notes));
		const side = noteLines(SIDE_NOTES);
		const beside =
			notes.length && notesH(side) <= areaBottom - chartY
				? fit(inner - SIDE_NOTES - GAP, areaBottom - chartY)
				: 0;
		if (beside > below) {
			// Notes right beside the chart, as wide as the space left (within reason).
			scale = beside;
			chartX = pad;
			notesX = chartX + input.chart.width * scale + 2 * GAP;
			notes = noteLines(Math.min(360, width - pad - notesX));
			notesY = chartY;
		} else {
			scale = below;
			chartX = pad + (inner - input.chart.width * scale) / 2;
			notesY = chartY + input.chart.height * scale + GAP;
		}
	}

	const { bg, fg, muted, link: linkColour } = input.palette;
	// `bottom` is the bottom of the line box; the baseline sits a little above it.
	const text = (t: Type, x: number, bottom: number, fill: string, s: string, extra = '') =>
		`<text x="${r(x)}" y="${r(bottom - (t.lead - t.size) / 2 - t.size * 0.22)}" font-size="${t.size}" font-weight="${t.weight}" fill="${fill}"${extra}>${xml(s)}</text>`;
	const out: string[] = [];
	let y: number = pad;
	for (const l of title) out.push(text(spec.title, pad, (y += spec.title.lead), fg, l));
	for (const l of subtitle) out.push(text(spec.subtitle, pad, (y += spec.subtitle.lead), muted, l));
	out.push(
		`<g transform="translate(${r(chartX)} ${r(chartY)})${scale === 1 ? '' : ` scale(${r(scale, 4)})`}">${input.chart.markup}</g>`
	);
	y = notesY;
	for (const n of notes)
		out.push(
			text(
				spec.small,
				notesX + (n.first ? 0 : 10),
				(y += spec.small.lead),
				muted,
				n.first ? `• ${n.l}` : n.l
			)
		);
	y = height - pad - footerH;
	for (const l of source) out.push(text(spec.small, pad, (y += spec.small.lead), fg, l));
	const href = xml(input.permalink);
	out.push(
		`<a href="${href}" xlink:href="${href}">` +
			link
				.map((l) =>
					text(
						spec.small,
						pad,
						(y += spec.small.lead),
						linkColour,
						l,
						' text-decoration="underline"'
					)
				)
				.join('') +
			'</a>'
	);

	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
		`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ` +
		`aria-labelledby="mnr-export-title mnr-export-desc" font-family="${xml(family)}">` +
		`<title id="mnr-export-title">${xml(input.title)}</title>` +
		`<desc id="mnr-export-desc">${xml(input.altText)}</desc>` +
		`<rect width="${width}" height="${height}" fill="${bg}"/>` +
		out.join('') +
		`</svg>`;
	return { svg, width, height };
}

function r(v: number, digits = 2): string {
	return String(Math.round(v * 10 ** digits) / 10 ** digits);
}
