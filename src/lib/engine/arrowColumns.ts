/**
 * Plain column values → Arrow vectors, built directly from typed buffers. Arrow's own builders
 * (vectorFromArray) compile their null checks with `new Function`, which the explorer's
 * Content-Security-Policy rightly forbids, so the buffers are laid out here instead.
 */
import { Bool, Float64, Int32, Utf8, makeData, makeVector, type Vector } from 'apache-arrow';
import type { ColumnType } from '$lib/data/schema';

/** Validity bitmap (1 = value present), or undefined when nothing is null. */
function validity(values: readonly unknown[]): { bitmap: Uint8Array | undefined; nulls: number } {
	let nulls = 0;
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	values.forEach((v, i) => {
		if (v === null || v === undefined) nulls++;
		else bitmap[i >> 3] |= 1 << (i & 7);
	});
	return { bitmap: nulls ? bitmap : undefined, nulls };
}

export function arrowColumn(values: readonly unknown[], type: ColumnType): Vector {
	const length = values.length;
	const { bitmap: nullBitmap, nulls: nullCount } = validity(values);
	if (type === 'int') {
		const data = new Int32Array(length);
		values.forEach((v, i) => (data[i] = v === null || v === undefined ? 0 : Number(v)));
		return makeVector(makeData({ type: new Int32(), length, nullCount, nullBitmap, data }));
	}
	if (type === 'float') {
		const data = new Float64Array(length);
		values.forEach((v, i) => (data[i] = v === null || v === undefined ? 0 : Number(v)));
		return makeVector(makeData({ type: new Float64(), length, nullCount, nullBitmap, data }));
	}
	if (type === 'bool') {
		const data = new Uint8Array(Math.ceil(length / 8));
		values.forEach((v, i) => {
			if (v === true) data[i >> 3] |= 1 << (i & 7);
		});
		return makeVector(makeData({ type: new Bool(), length, nullCount, nullBitmap, data }));
	}
	// Encode each distinct string once: TextEncoder calls dominate large tables, and real
	// columns repeat their values (codes, names, statuses).
	const encoder = new TextEncoder();
	const empty = new Uint8Array(0);
	const cache = new Map<string, Uint8Array>();
	const encoded = values.map((v) => {
		if (v === null || v === undefined) return empty;
		const text = String(v);
		let bytes = cache.get(text);
		if (!bytes) cache.set(text, (bytes = encoder.encode(text)));
		return bytes;
	});
	const valueOffsets = new Int32Array(length + 1);
	encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i] + bytes.length));
	const data = new Uint8Array(valueOffsets[length]);
	encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]));
	return makeVector(
		makeData({ type: new Utf8(), length, nullCount, nullBitmap, valueOffsets, data })
	);
}
