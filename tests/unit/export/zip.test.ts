import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '$lib/export/crc32';
import { dosDateTime, zip } from '$lib/export/zip';

/** A minimal independent zip reader: walks the central directory as unzip does. */
function readZip(bytes: Uint8Array) {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = bytes.length - 22;
	expect(view.getUint32(end, true)).toBe(0x06054b50);
	const count = view.getUint16(end + 10, true);
	const cdSize = view.getUint32(end + 12, true);
	let p = view.getUint32(end + 16, true);
	expect(p + cdSize).toBe(end);
	const dec = new TextDecoder();
	const entries: { name: string; data: Uint8Array; crc: number; flags: number }[] = [];
	for (let i = 0; i < count; i++) {
		expect(view.getUint32(p, true)).toBe(0x02014b50);
		const flags = view.getUint16(p + 8, true);
		const method = view.getUint16(p + 10, true);
		const crc = view.getUint32(p + 16, true);
		const size = view.getUint32(p + 20, true);
		const nameLen = view.getUint16(p + 28, true);
		const local = view.getUint32(p + 42, true);
		const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
		expect(view.getUint32(local, true)).toBe(0x04034b50);
		const localName = view.getUint16(local + 26, true);
		const localExtra = view.getUint16(local + 28, true);
		const start = local + 30 + localName + localExtra;
		const raw = bytes.subarray(start, start + size);
		entries.push({ name, data: method === 8 ? inflateRawSync(raw) : raw, crc, flags });
		p += 46 + nameLen;
	}
	return entries;
}

describe('crc32', () => {
	it('matches the standard check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array())).toBe(0);
	});
	it('continues over chunks', () => {
		const all = new TextEncoder().encode('hello, world');
		expect(crc32(all.subarray(5), crc32(all.subarray(0, 5)))).toBe(crc32(all));
	});
});

describe('zip', () => {
	const entries = [
		{ name: 'citation.txt', data: 'Framing the Future — 2022\n' },
		{ name: 'données/notes.txt', data: 'UTF-8 names and text: Côte d’Ivoire' },
		{ name: 'empty.txt', data: '' },
		{ name: 'bytes.bin', data: Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256) }
	];
	const archive = zip(entries, new Date(2024, 4, 17, 13, 45, 30));

	it('reads back every entry byte for byte, with CRCs and UTF-8 name flags', () => {
		const read = readZip(archive);
		expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name));
		read.forEach((e, i) => {
			const want =
				typeof entries[i].data === 'string'
					? new TextEncoder().encode(entries[i].data as string)
					: (entries[i].data as Uint8Array);
			expect(Buffer.from(e.data).equals(Buffer.from(want))).toBe(true);
			expect(e.crc).toBe(crc32(want));
			expect(e.flags & 0x0800).toBe(0x0800);
		});
	});

	it('is accepted by unzip (integrity test and listing)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'mnr-zip-'));
		const file = join(dir, 'pack.zip');
		writeFileSync(file, archive);
		let available = true;
		try {
			execFileSync('unzip', ['-v'], { stdio: 'ignore' });
		} catch {
			available = false;
		}
		if (!available) return; // the reader above still checks the format
		const test = execFileSync('unzip', ['-t', file]).toString();
		expect(test).toContain('No errors detected');
		const list = execFileSync('unzip', ['-l', file]).toString();
		expect(list).toContain('citation.txt');
		expect(list).toContain('70000');
		expect(list).toContain('2024-05-17 13:45');
	});

	it('encodes MS-DOS dates, clamping before 1980', () => {
		expect(dosDateTime(new Date(1980, 0, 1, 0, 0, 0))).toEqual({ date: (1 << 5) | 1, time: 0 });
		expect(dosDateTime(new Date(1970, 0, 1)).date >> 9).toBe(0);
		const { time } = dosDateTime(new Date(2024, 0, 1, 23, 59, 59));
		expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([23, 59, 58]);
	});
});
