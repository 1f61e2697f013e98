/**
 * A zip writer for the briefing pack: "stored" entries only (no compression), which every unzip
 * tool and operating system opens. The pack is mostly PNGs, which are already compressed, so
 * deflating them would gain little and would need a dependency.
 *
 * Layout (APPNOTE 6.3.x): per entry a local header and the bytes, then the central directory and
 * its end record. Names are flagged UTF-8 (general-purpose bit 11). No zip64: a pack is a few MB.
 */
import { crc32 } from './crc32';

export interface ZipEntry {
	/** Path inside the archive, forward slashes. */
	name: string;
	data: Uint8Array | string;
}

const UTF8_NAMES = 0x0800;
const STORED = 0;
const VERSION = 20; // 2.0: the version that introduced folders and stored entries as written here

/** MS-DOS date and time fields, in local time as zip tools expect. */
export function dosDateTime(d: Date): { date: number; time: number } {
	const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
	return {
		date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
		time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2)
	};
}

/** The archive's bytes. `date` stamps every entry (default: now). */
export function zip(entries: ZipEntry[], date: Date = new Date()): Uint8Array<ArrayBuffer> {
	const encoder = new TextEncoder();
	const { date: dosDate, time: dosTime } = dosDateTime(date);
	const files = entries.map((e) => {
		const name = encoder.encode(e.name);
		const data = typeof e.data === 'string' ? encoder.encode(e.data) : e.data;
		return { name, data, crc: crc32(data) };
	});
	const localSize = files.reduce((s, f) => s + 30 + f.name.length + f.data.length, 0);
	const directorySize = files.reduce((s, f) => s + 46 + f.name.length, 0);
	if (localSize + directorySize > 0xffffffff || files.length > 0xffff)
		throw new Error('The archive is too large for a zip without zip64.');
	const out = new Uint8Array(localSize + directorySize + 22);
	const view = new DataView(out.buffer);
	let p = 0;
	const u16 = (v: number) => {
		view.setUint16(p, v, true);
		p += 2;
	};
	const u32 = (v: number) => {
		view.setUint32(p, v >>> 0, true);
		p += 4;
	};
	const bytes = (b: Uint8Array) => {
		out.set(b, p);
		p += b.length;
	};

	const offsets: number[] = [];
	for (const f of files) {
		offsets.push(p);
		u32(0x04034b50);
		u16(VERSION);
		u16(UTF8_NAMES);
		u16(STORED);
		u16(dosTime);
		u16(dosDate);
		u32(f.crc);
		u32(f.data.length); // compressed size = size: stored
		u32(f.data.length);
		u16(f.name.length);
		u16(0); // no extra field
		bytes(f.name);
		bytes(f.data);
	}
	const centralStart = p;
	files.forEach((f, i) => {
		u32(0x02014b50);
		u16(VERSION); // made by: MS-DOS attributes, version 2.0
		u16(VERSION);
		u16(UTF8_NAMES);
		u16(STORED);
		u16(dosTime);
		u16(dosDate);
		u32(f.crc);
		u32(f.data.length);
		u32(f.data.length);
		u16(f.name.length);
		u16(0); // extra
		u16(0); // comment
		u16(0); // disk
		u16(0); // internal attributes
		u32(0); // external attributes
		u32(offsets[i]);
		bytes(f.name);
	});
	const centralSize = p - centralStart;
	u32(0x06054b50);
	u16(0); // this disk
	u16(0); // disk with the central directory
	u16(files.length);
	u16(files.length);
	u32(centralSize);
	u32(centralStart);
	u16(0); // comment length
	return out;
}
