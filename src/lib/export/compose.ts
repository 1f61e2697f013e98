/**
 * The exported picture: the chart (already inlined) framed by the words that must travel with it
 * — title, subtitle (population and n), the notes that apply, the source line and the permalink
 * — in one of three layouts:
 * - "chart": the chart at its on-screen size, the words above and below it (the SVG export);
 * - "slide": 16:9, 960 × 540 px (1920 × 1080 at 2×) for presentations;
 * - "square": 540 × 540 px (1080 × 1080 at 2×) for social posts.
 * The fixed-size layouts follow a print designer's hierarchy: title largest, subtitle, the chart
 * filling the band left by the words, then a footer band with notes, source and link whose type is
 * never larger than the chart's smallest text. The chart is laid out afresh at the band's size
 * (exportBand, then the chart's own layout; see charts/kit/exportFit), so its text keeps its
 * design size; a chart drawn for another size is scaled as a whole to fit.
 * Pure string building, so it is unit-tested without a browser.
 */
import { type InlinedSvg } from './inline';
import { wrap, xml, type Measure } from './svgText';

export type Layout = 'chart' | 'slide' | 'square';

/** The size a chart is laid out at for an export (see charts/kit/exportFit). */
export interface ExportFit {
	/** Width and height of the band, in px of the exported picture (1×). */
	width: number;
	/** Infinity for the "as shown" layout, whose height follows the chart. */
	height: number;
	/**
	 * The band's height with the footer at its floor (MIN_SMALL), as compose sets it beside a chart
	 * whose text is that small: a chart too tall for `height` even at its smallest export type
	 * may take up to this. Absent for the "as shown" layout.
	 */
	floorHeight?: number;
}

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
	/** Slides: words in a column left of the chart (true) or above and below it (false). */
	side?: boolean;
	/**
	 * The chart was laid out for the band a footer at its floor leaves (ExportFit.floorHeight):
	 * the footer is set at the floor, whatever the chart's type, so it keeps clear of the chart.
	 */
	floorFooter?: boolean;
	/**
	 * For exportBand: the type size the chart's smallest text will have once laid out afresh at
	 * the band, when the chart knows it (data-export-font); the footer is planned at it, as the
	 * composed picture will set it. Without it the footer is planned at its full size.
	 */
	chartFont?: number;
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
	// Print hierarchy: the title is the largest text, then the subtitle; notes, source and link
	// share a footer band and are never larger than the chart's own smallest text once scaled.
	slide: {
		pad: 32,
		title: { size: 30, lead: 38, weight: 700 },
		subtitle: { size: 17, lead: 24, weight: 400 },
		small: { size: 12, lead: 16, weight: 400 }
	},
	square: {
		pad: 26,
		title: { size: 24, lead: 30, weight: 700 },
		subtitle: { size: 14, lead: 20, weight: 400 },
		small: { size: 11, lead: 15, weight: 400 }
	}
} as const;

export const FIXED_SIZE = {
	slide: { width: 960, height: 540 },
	square: { width: 540, height: 540 }
};

/** Never enlarge a chart more than this in the fixed layouts (a four-bar chart on a slide). */
const MAX_SCALE = 3;
/** Footer text never shrinks below this, even beside a chart drawn small. */
const MIN_SMALL = 8;
const GAP = 12;
/** Width of the words' column in the side arrangement of a slide. */
const SIDE_COLUMN = 290;

/**
 * The smallest font size the chart's markup sets (attribute or inline style), in px of the chart
 * as drawn (its width and height); undefined when it sets none.
 */
export function smallestFontSize(markup: string): number | undefined {
	const sizes = [...markup.matchAll(/font-size(?:="|:\s*)(\d+(?:\.\d+)?)(?:px)?/g)].map((m) =>
		Number(m[1])
	);
	if (!sizes.length) return undefined;
	// Sizes are in the chart's viewBox units; a chart drawn at another size than its viewBox (the
	// map, in map units) shows them scaled by its width over the viewBox's.
	const root = /^<svg[^>]*>/.exec(markup)?.[0] ?? '';
	const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
	const box = Number(/\sviewBox="[-\d.]+ [-\d.]+ ([\d.]+) /.exec(root)?.[1]);
	const unit = width > 0 && box > 0 ? width / box : 1;
	return Math.min(...sizes) * unit;
}

/** The footer's type at a size smaller than the layout's own. */
const smallType = (size: number): Type => ({
	size,
	lead: Math.round(size * 1.35 * 2) / 2,
	weight: 400
});

/** Where the parts of a composed picture sit: what the layout tests measure. */
export interface Placement {
	/** The band the chart may fill, and the chart's drawn box inside it. */
	band: { x: number; y: number; width: number; height: number };
	chart: { x: number; y: number; width: number; height: number; scale: number };
	/** Font sizes used: title, subtitle, notes (footer), and the chart's smallest once scaled. */
	sizes: { title: number; subtitle: number; notes: number; chartSmallest?: number };
}

/** Where the words and the chart go: header, band, footer, and the chart's scale in the band. */
function planOf(
	input: ComposeInput,
	settle: boolean,
	firstSmall = input.floorFooter ? smallType(MIN_SMALL) : undefined
) {
	const base = SPECS[input.layout];
	const { pad } = base;
	const family = input.fontFamily;
	const font = (t: Type) => `${t.weight} ${t.size}px ${family}`;
	const lines = (text: string, t: Type, width: number) => wrap(text, width, font(t), input.measure);

	const fixed = input.layout !== 'chart';
	const width = fixed
		? FIXED_SIZE[input.layout as 'slide' | 'square'].width
		: Math.ceil(Math.max(input.chart.width, 480) + 2 * pad);
	const inner = width - 2 * pad;

	const chartMin = smallestFontSize(input.chart.markup);
	/** The footer's type at a size, kept between the floor and the layout's own small type. */
	const footerType = (size: number) =>
		smallType(Math.max(MIN_SMALL, Math.min(base.small.size, size)));

	/** Footer lines (notes, source, link) at a given small type, wrapped to `col`. */
	const footer = (small: Type, col: number) => {
		const notes = input.notes.flatMap((n) =>
			lines(n, small, col - 10).map((l, i) => ({ l, first: i === 0 }))
		);
		const source = lines(input.source, small, col);
		const link = lines(`${input.linkLabel}: ${input.permalink}`, small, col);
		const notesH = notes.length ? notes.length * small.lead + GAP / 2 : 0;
		return {
			small,
			notes,
			source,
			link,
			notesH,
			h: notesH + (source.length + link.length) * small.lead
		};
	};

	/**
	 * One arrangement of the words and the chart. Stacked: header, chart band, footer band, all
	 * full width. Side (slides only, for a tall chart): header and footer in a left column, the
	 * chart in the full height to its right — a narrow, tall chart is drawn larger that way.
	 */
	const arrange = (side: boolean, settle = true) => {
		const col = side ? SIDE_COLUMN : inner;
		const title = lines(input.title, base.title, col);
		const subtitle = lines(input.subtitle, base.subtitle, col);
		const headerH = title.length * base.title.lead + subtitle.length * base.subtitle.lead;
		let foot = footer(
			firstSmall ?? (input.chartFont === undefined ? base.small : footerType(input.chartFont)),
			col
		);
		let scale = 1;
		let band: Placement['band'] = {
			x: pad,
			y: pad + headerH + GAP,
			width: inner,
			height: input.chart.height
		};
		if (!fixed)
			return { col, title, subtitle, foot, band, scale, height: 0, fits: true, side: false };
		const height = FIXED_SIZE[input.layout as 'slide' | 'square'].height;
		// The footer's type depends on the chart's scale and the scale on the footer's height:
		// two rounds settle it (a smaller footer only gives the chart more room).
		for (let round = 0; round < (settle ? 2 : 1); round++) {
			band = side
				? {
						x: pad + col + 2 * GAP,
						y: pad,
						width: inner - col - 2 * GAP,
						height: height - 2 * pad
					}
				: {
						x: pad,
						y: pad + headerH + GAP,
						width: inner,
						height: height - pad - foot.h - GAP - (pad + headerH + GAP)
					};
			scale = Math.max(
				0,
				Math.min(band.width / input.chart.width, band.height / input.chart.height, MAX_SCALE)
			);
			const cap = chartMin === undefined ? (input.chartFont ?? base.small.size) : chartMin * scale;
			const small = footerType(Math.floor(cap * 2) / 2);
			// A footer given its type (floorFooter, or exportBand's floor plan) keeps it.
			if (small.size === foot.small.size || firstSmall) break;
			foot = footer(small, col);
		}
		const fits = headerH + GAP + foot.h <= height - 2 * pad;
		return { col, title, subtitle, foot, band, scale, height, fits, side };
	};

	let plan = arrange(input.side ?? false);
	if (input.layout === 'slide' && input.side === undefined) {
		const side = arrange(true, settle);
		// Only when it draws the chart clearly larger: stacked is the plainer reading order.
		if (side.fits && side.scale > plan.scale * 1.15) plan = side;
	}
	return { ...plan, base, pad, fixed, width, chartMin };
}

/**
 * The band a chart laid out afresh for a fixed layout gets, and the arrangement (words beside the
 * chart on a slide, or above and below it) the screen drawing's shape prefers. The footer is
 * planned at its full size (or at the chart's own type size, `chartFont`, when it says so): once
 * the fresh chart's text is known the footer can only shrink, which gives the chart more room,
 * never less. `floorHeight` is the band's height once the footer has shrunk to its floor (see
 * ExportFit). Pass `side` on to compose.
 */
export function exportBand(input: ComposeInput): {
	band: Placement['band'];
	side: boolean;
	floorHeight: number;
} {
	const plan = planOf(input, false);
	const floor = planOf({ ...input, side: plan.side }, false, smallType(MIN_SMALL));
	return { band: plan.band, side: plan.side, floorHeight: floor.band.height };
}

export function compose(input: ComposeInput): Composed & { placement: Placement } {
	const plan = planOf(input, true);
	const { base, pad, fixed, width, chartMin, col, title, subtitle, foot, band, scale } = plan;
	const family = input.fontFamily;
	const chartY = fixed ? band.y + (band.height - input.chart.height * scale) / 2 : band.y;
	const chartX = fixed ? band.x + (band.width - input.chart.width * scale) / 2 : pad;
	const height = fixed ? plan.height : Math.ceil(band.y + input.chart.height + GAP + foot.h + pad);

	const { bg, fg, muted, link: linkColour } = input.palette;
	const small = foot.small;
	// `bottom` is the bottom of the line box; the baseline sits a little above it.
	const text = (t: Type, x: number, bottom: number, fill: string, s: string, extra = '') =>
		`<text x="${r(x)}" y="${r(bottom - (t.lead - t.size) / 2 - t.size * 0.22)}" font-size="${t.size}" font-weight="${t.weight}" fill="${fill}"${extra}>${xml(s)}</text>`;
	const out: string[] = [];
	let y: number = pad;
	for (const l of title) out.push(text(base.title, pad, (y += base.title.lead), fg, l));
	for (const l of subtitle) out.push(text(base.subtitle, pad, (y += base.subtitle.lead), muted, l));
	out.push(
		`<g transform="translate(${r(chartX)} ${r(chartY)})${scale === 1 ? '' : ` scale(${r(scale, 4)})`}">${input.chart.markup}</g>`
	);
	y = height - pad - foot.h;
	if (fixed) {
		// The footer band starts with a hairline, as in a printed graphic.
		out.push(
			`<line x1="${pad}" x2="${pad + col}" y1="${r(y - GAP / 2)}" y2="${r(y - GAP / 2)}" stroke="${muted}" stroke-opacity="0.4" stroke-width="0.75"/>`
		);
	}
	for (const n of foot.notes)
		out.push(
			text(small, pad + (n.first ? 0 : 10), (y += small.lead), muted, n.first ? `• ${n.l}` : n.l)
		);
	if (foot.notes.length) y += GAP / 2;
	for (const l of foot.source) out.push(text(small, pad, (y += small.lead), fg, l));
	const href = xml(input.permalink);
	out.push(
		`<a href="${href}" xlink:href="${href}">` +
			foot.link
				.map((l) =>
					text(small, pad, (y += small.lead), linkColour, l, ' text-decoration="underline"')
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
	return {
		svg,
		width,
		height,
		placement: {
			band,
			chart: {
				x: chartX,
				y: chartY,
				width: input.chart.width * scale,
				height: input.chart.height * scale,
				scale
			},
			sizes: {
				title: base.title.size,
				subtitle: base.subtitle.size,
				notes: small.size,
				chartSmallest: chartMin === undefined ? undefined : chartMin * scale
			}
		}
	};
}

function r(v: number, digits = 2): string {
	return String(Math.round(v * 10 ** digits) / 10 ** digits);
}
