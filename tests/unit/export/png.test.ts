import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '$lib/export/crc32';
import { isPng, pngSize, pngText, withPngText } from '$lib/export/png';

/** A valid 3×2 RGB PNG built from scratch. */
function tinyPng(): Uint8Array {
	const chunk = (type: string, data: Uint8Array) => {
		const out = Buffer.alloc(12 + data.length);
		out.writeUInt32BE(data.length, 0);
		out.write(type, 4, 'latin1');
		Buffer.from(data).copy(out, 8);
		out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
		return out;
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(3, 0);
	ihdr.writeUInt32BE(2, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = 2; // RGB
	const raw = Buffer.alloc(2 * (1 + 3 * 3), 0x80);
	raw[0] = raw[10] = 0; // filter bytes
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', new Uint8Array())
	]);
}

describe('png text', () => {
	it('reads the pixel size', () => {
		expect(isPng(tinyPng())).toBe(true);
		expect(pngSize(tinyPng())).toEqual({ width: 3, height: 2 });
		expect(() => pngSize(new Uint8Array(30))).toThrow();
	});

	it('writes UTF-8 text chunks after IHDR with valid CRCs, leaving the image intact', () => {
		const png = withPngText(tinyPng(), {
			Title: 'How many countries report each capability',
			Description: 'Bar chart — 21 capabilities, Côte d’Ivoire',
			Empty: ''
		});
		expect(pngSize(png)).toEqual({ width: 3, height: 2 });
		expect(pngText(png)).toEqual({
			Title: 'How many countries report each capability',
			Description: 'Bar chart — 21 capabilities, Côte d’Ivoire'
		});
		// Every chunk's CRC is right, and IHDR is still first.
		const view = new DataView(png.buffer);
		let p = 8;
		const types: string[] = [];
		while (p < png.length) {
			const len = view.getUint32(p);
			types.push(Buffer.from(png.subarray(p + 4, p + 8)).toString('latin1'));
			expect(view.getUint32(p + 8 + len)).toBe(crc32(png.subarray(p + 4, p + 8 + len)));
			p += 12 + len;
		}
		expect(types).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
	});
});
