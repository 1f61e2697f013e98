/**
 * PNG bytes helpers (pure): read a PNG's pixel size, and write text into it. The alt text,
 * title and source go into iTXt chunks (UTF-8), so a PNG saved from the explorer still says
 * what it shows and where it comes from when it is opened far from the page.
 */
import { crc32 } from './crc32';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export function isPng(bytes: Uint8Array): boolean {
	return SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Width and height from the IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
	if (!isPng(bytes)) throw new Error('Not a PNG file.');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	const typeBytes = new TextEncoder().encode(type);
	out.set(typeBytes, 4);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

/** An uncompressed iTXt chunk: keyword, flags, empty language tags, UTF-8 text. */
export function itxtChunk(keyword: string, text: string): Uint8Array {
	const enc = new TextEncoder();
	// Keywords are 1–79 Latin-1 characters; ours are fixed ASCII words.
	const key = enc.encode(keyword.slice(0, 79));
	const body = enc.encode(text);
	const data = new Uint8Array(key.length + 5 + body.length);
	data.set(key, 0);
	// key \0, compression flag 0, method 0, language "" \0, translated keyword "" \0
	data.set(body, key.length + 5);
	return chunk('iTXt', data);
}

/** The PNG with text chunks inserted right after IHDR. */
export function withPngText(
	bytes: Uint8Array,
	entries: Record<string, string>
): Uint8Array<ArrayBuffer> {
	if (!isPng(bytes)) throw new Error('Not a PNG file.');
	const ihdrEnd = 8 + 12 + 13; // signature, IHDR (length, type, 13 bytes, CRC)
	const chunks = Object.entries(entries)
		.filter(([, v]) => v)
		.map(([k, v]) => itxtChunk(k, v));
	const extra = chunks.reduce((s, c) => s + c.length, 0);
	const out = new Uint8Array(bytes.length + extra);
	out.set(bytes.subarray(0, ihdrEnd), 0);
	let p = ihdrEnd;
	for (const c of chunks) {
		out.set(c, p);
		p += c.length;
	}
	out.set(bytes.subarray(ihdrEnd), p);
	return out;
}

/** Text chunks of a PNG (iTXt and tEXt), for tests and tools. */
export function pngText(bytes: Uint8Array): Record<string, string> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const dec = new TextDecoder();
	const out: Record<string, string> = {};
	let p = 8;
	while (p + 8 <= bytes.length) {
		const len = view.getUint32(p);
		const type = dec.decode(bytes.subarray(p + 4, p + 8));
		const data = bytes.subarray(p + 8, p + 8 + len);
		if (type === 'iTXt' || type === 'tEXt') {
			const nul = data.indexOf(0);
			const key = dec.decode(data.subarray(0, nul));
			if (type === 'tEXt') out[key] = new TextDecoder('latin1').decode(data.subarray(nul + 1));
			else {
				let q = nul + 3; // flag, method
				q = data.indexOf(0, q) + 1; // language tag
				q = data.indexOf(0, q) + 1; // translated keyword
				out[key] = dec.decode(data.subarray(q));
			}
		}
		if (type === 'IEND') break;
		p += 12 + len;
	}
	return out;
}
