/**
 * The data dictionary as a view: the schema's tables and columns (meaning, type, allowed values,
 * computed or curated) joined with what the build wrote (row counts, files, sizes). One list
 * serves the /data page; the data/README.md generator reads the same schema.
 */
import { TABLES, type ColumnType } from '$lib/data/schema';
import type { Manifest } from '$lib/data/manifest';
import { formatDecimal } from '$lib/format';

export interface DictionaryColumn {
	name: string;
	type: ColumnType;
	nullable: boolean;
	description: string;
	values: string[] | null;
	computed: boolean;
}

export interface DictionaryFile {
	/** File name under static/data. */
	file: string;
	bytes: number;
}

export interface DictionaryTable {
	name: string;
	description: string;
	rows: number;
	key: string[];
	parquet: DictionaryFile;
	csv: DictionaryFile;
	columns: DictionaryColumn[];
}

/** Every table in schema order; throws when the manifest lacks one (a stale build). */
export function dictionaryOf(manifest: Pick<Manifest, 'tables'>): DictionaryTable[] {
	return TABLES.map((spec) => {
		const built = manifest.tables.find((t) => t.name === spec.name);
		if (!built) throw new Error(`manifest.json has no table "${spec.name}": run "npm run data".`);
		return {
			name: spec.name,
			description: spec.description,
			rows: built.rows,
			key: [...spec.key],
			parquet: { file: built.files.parquet, bytes: built.bytes.parquet },
			csv: { file: built.files.csv, bytes: built.bytes.csv },
			columns: spec.columns.map((c) => ({
				name: c.name,
				type: c.type,
				nullable: c.nullable,
				description: c.description,
				values: c.values ? [...c.values] : null,
				computed: c.computed === true
			}))
		};
	});
}

const UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/** File size in decimal units, as browsers and file managers show them: "12.3 kB". */
export function formatBytes(bytes: number): string {
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	// Through the language's number formats, not toLocaleString: a page's first Intl number
	// formatter loads ICU's locale data, a long task in the /data page's hydration.
	return `${formatDecimal(value, digits)} ${UNITS[unit]}`;
}
