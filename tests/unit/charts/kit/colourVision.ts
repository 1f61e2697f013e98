// How far apart two colours look, for people with typical and with dichromatic colour vision.
// Simulation: Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation
// of color vision deficiency", IEEE TVCG 15(6), severity 1.0 matrices, applied in linear sRGB.
// Distance: CIEDE2000 (Sharma, Wu & Dalal 2005 implementation notes) in CIELAB, D65 white.

export type Vision = 'typical' | 'protanopia' | 'deuteranopia' | 'tritanopia';

type Matrix = [[number, number, number], [number, number, number], [number, number, number]];

const SIMULATION: Record<Vision, Matrix> = {
	typical: [
		[1, 0, 0],
		[0, 1, 0],
		[0, 0, 1]
	],
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

const toLinear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);

/** "#0072b2" → linear sRGB in [0, 1]. */
function linearRgb(hex: string): [number, number, number] {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
	return [m[1], m[2], m[3]].map((h) => toLinear(parseInt(h, 16) / 255)) as [number, number, number];
}

function simulate(hex: string, vision: Vision): [number, number, number] {
	const c = linearRgb(hex);
	return SIMULATION[vision].map((row) =>
		Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2]))
	) as [number, number, number];
}

function lab([r, g, b]: [number, number, number]): [number, number, number] {
	const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
	const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
	const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	const [fx, fy, fz] = [f(x), f(y), f(z)];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIEDE2000 colour difference of two CIELAB colours. */
export function deltaE2000(
	[l1, a1, b1]: [number, number, number],
	[l2, a2, b2]: [number, number, number]
): number {
	const rad = Math.PI / 180;
	const c1 = Math.hypot(a1, b1);
	const c2 = Math.hypot(a2, b2);
	const cMean = (c1 + c2) / 2;
	const g = 0.5 * (1 - Math.sqrt(cMean ** 7 / (cMean ** 7 + 25 ** 7)));
	const a1p = (1 + g) * a1;
	const a2p = (1 + g) * a2;
	const c1p = Math.hypot(a1p, b1);
	const c2p = Math.hypot(a2p, b2);
	const hue = (b: number, a: number) => {
		if (a === 0 && b === 0) return 0;
		const h = Math.atan2(b, a) / rad;
		return h < 0 ? h + 360 : h;
	};
	const h1p = hue(b1, a1p);
	const h2p = hue(b2, a2p);
	const dL = l2 - l1;
	const dC = c2p - c1p;
	let dh = 0;
	if (c1p * c2p !== 0) {
		dh = h2p - h1p;
		if (dh > 180) dh -= 360;
		else if (dh < -180) dh += 360;
	}
	const dH = 2 * Math.sqrt(c1p * c2p) * Math.sin((dh * rad) / 2);
	const lMean = (l1 + l2) / 2;
	const cpMean = (c1p + c2p) / 2;
	let hMean = h1p + h2p;
	if (c1p * c2p !== 0)
		hMean =
			Math.abs(h1p - h2p) > 180
				? (h1p + h2p + (h1p + h2p < 360 ? 360 : -360)) / 2
				: (h1p + h2p) / 2;
	const t =
		1 -
		0.17 * Math.cos((hMean - 30) * rad) +
		0.24 * Math.cos(2 * hMean * rad) +
		0.32 * Math.cos((3 * hMean + 6) * rad) -
		0.2 * Math.cos((4 * hMean - 63) * rad);
	const dTheta = 30 * Math.exp(-(((hMean - 275) / 25) ** 2));
	const rc = 2 * Math.sqrt(cpMean ** 7 / (cpMean ** 7 + 25 ** 7));
	const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
	const sc = 1 + 0.045 * cpMean;
	const sh = 1 + 0.015 * cpMean * t;
	const rt = -Math.sin(2 * dTheta * rad) * rc;
	return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** How different two colours look to someone with the given colour vision (CIEDE2000). */
export function perceivedDistance(a: string, b: string, vision: Vision): number {
	return deltaE2000(lab(simulate(a, vision)), lab(simulate(b, vision)));
}

/** WCAG 2 contrast ratio of two colours. */
export function contrastRatio(a: string, b: string): number {
	const lum = (hex: string) => {
		const [r, g, bl] = linearRgb(hex);
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}
