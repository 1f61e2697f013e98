/**
 * Arrow cells from DuckDB-WASM as plain JavaScript values for the table and the CSV. Arrow hands
 * back decimals as unscaled big numbers, 64-bit integers as bigint and dates as epoch
 * milliseconds; shown raw they would read wrong (1.50 as 150, a date as 1640995200000).
 */
import { Type, util, type DataType } from 'apache-arrow';
import { plainValue } from '$lib/query/engine';

type BigNum = Parameters<typeof util.bigNumToNumber>[0];

function isoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

function isoTimestamp(ms: number): string {
	return new Date(ms)
		.toISOString()
		.replace('T', ' ')
		.replace(/\.000Z$|Z$/, '');
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * A decimal (and HUGEINT, which DuckDB hands over as DECIMAL(38,0)) as a number while it is
 * exact as one, and as exact text beyond JavaScript's safe integers: 2^100 must not read as
 * 1.2676506002282294e+30, nor make the console say the query did not run.
 */
export function decimalValue(value: BigNum, scale: number): number | string {
	// bigNumToBigInt can hand back a decimal string for wide signed values: normalise to bigint.
	const unscaled = BigInt(String(util.bigNumToBigInt(value)));
	if (unscaled <= SAFE && unscaled >= -SAFE) return util.bigNumToNumber(value, scale);
	return scaledText(unscaled, scale);
}

/** An unscaled integer and a scale as exact decimal text: (-12345n, 2) → "-123.45". */
export function scaledText(unscaled: bigint, scale: number): string {
	const negative = unscaled < 0n;
	const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
	const whole = scale > 0 ? digits.slice(0, -scale) : digits;
	const fraction = scale > 0 ? '.' + digits.slice(-scale) : '';
	return (negative ? '-' : '') + whole + fraction;
}

/** 128-bit integers DuckDB sends as 16 raw bytes with an extension name, since Arrow has no such type. */
export type DuckdbExtension = 'hugeint' | 'uhugeint' | null;

/** Which DuckDB extension type a field's metadata names, if any. */
export function duckdbExtension(metadata: Map<string, string> | undefined): DuckdbExtension {
	if (!metadata) return null;
	const text = [...metadata.entries()]
		.filter(([k]) => k.startsWith('ARROW:extension'))
		.map(([, v]) => v)
		.join(' ')
		.toLowerCase();
	if (/\buhugeint\b/.test(text)) return 'uhugeint';
	if (/\bhugeint\b/.test(text)) return 'hugeint';
	return null;
}

/** Sixteen little-endian bytes as an exact integer in text (two's complement when signed). */
export function int128Text(bytes: Uint8Array, signed: boolean): string {
	let n = 0n;
	for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]);
	if (signed && bytes.length && bytes[bytes.length - 1] & 0x80) n -= 1n << BigInt(bytes.length * 8);
	return n.toString();
}

/** A cell as a plain value: null, boolean, number, string, or arrays/objects of those. */
export function cellValue(
	value: unknown,
	type: DataType,
	extension: DuckdbExtension = null
): unknown {
	if (value === null || value === undefined) return null;
	if (extension && value instanceof Uint8Array) return int128Text(value, extension === 'hugeint');
	switch (type.typeId) {
		case Type.Decimal:
			return decimalValue(value as BigNum, (type as unknown as { scale: number }).scale);
		case Type.Date:
			// Both date units come back from Arrow as epoch milliseconds.
			return typeof value === 'number' ? isoDate(value) : plainValue(value);
		case Type.Timestamp:
			return typeof value === 'number' ? isoTimestamp(value) : plainValue(value);
		case Type.Int:
			if (typeof value === 'bigint')
				return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
					? Number(value)
					: value.toString();
			return value;
		case Type.Binary:
		case Type.LargeBinary:
		case Type.FixedSizeBinary:
			return value instanceof Uint8Array
				? Array.from(value, (b) => '\\x' + b.toString(16).padStart(2, '0').toUpperCase()).join('')
				: plainValue(value);
	}
	return plainValue(value);
}

/** DuckDB's name for an Arrow type as it comes back from DuckDB-WASM (what DESCRIBE would say). */
export function typeName(type: DataType, extension: DuckdbExtension = null): string {
	if (extension) return extension.toUpperCase();
	const t = type as unknown as {
		bitWidth?: number;
		isSigned?: boolean;
		precision?: number;
		scale?: number;
		unit?: number;
		children?: { name: string; type: DataType }[];
	};
	switch (type.typeId) {
		case Type.Int: {
			const names: Record<number, string> = {
				8: 'TINYINT',
				16: 'SMALLINT',
				32: 'INTEGER',
				64: 'BIGINT'
			};
			return (t.isSigned ? '' : 'U') + (names[t.bitWidth ?? 32] ?? 'INTEGER');
		}
		case Type.Float:
			return String(type) === 'Float32' ? 'FLOAT' : 'DOUBLE';
		case Type.Decimal:
			return `DECIMAL(${t.precision},${t.scale})`;
		case Type.Utf8:
		case Type.LargeUtf8:
			return 'VARCHAR';
		case Type.Bool:
			return 'BOOLEAN';
		case Type.Date:
			return 'DATE';
		case Type.Timestamp:
			return 'TIMESTAMP';
		case Type.Time:
			return 'TIME';
		case Type.Interval:
			return 'INTERVAL';
		case Type.Binary:
		case Type.LargeBinary:
		case Type.FixedSizeBinary:
			return 'BLOB';
		case Type.Null:
			return 'NULL';
		case Type.List:
		case Type.FixedSizeList:
			return `${typeName(t.children?.[0]?.type ?? type)}[]`;
		case Type.Struct:
			return `STRUCT(${(t.children ?? []).map((c) => `${c.name} ${typeName(c.type)}`).join(', ')})`;
		case Type.Map:
			return 'MAP';
	}
	return String(type);
}
