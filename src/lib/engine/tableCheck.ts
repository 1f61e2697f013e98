/**
 * Does a Parquet file hold the table this version of the explorer expects? A file can be valid
 * Parquet and still be the wrong table: a stale cache, a half-finished deploy, an edited file. Read
 * as-is, a renamed column would become a column of nulls and the charts would lose their values
 * with no word why; so the engine compares each file's columns and types with the app's schema and
 * the manifest before loading it, and a mismatch names the file and what differs.
 */
import type { ColumnType } from '$lib/data/schema';

/** A column as the Parquet footer describes it. */
export interface FileColumn {
	name: string;
	/** Physical type (BYTE_ARRAY, INT32, DOUBLE, BOOLEAN…). */
	type?: string;
	/** Logical annotation (UTF8/STRING), when there is one. */
	converted?: string;
}

export interface ExpectedColumn {
	name: string;
	type: ColumnType;
}

/** The physical Parquet types that can hold each of the schema's column types. */
const PHYSICAL: Record<ColumnType, readonly string[]> = {
	string: ['BYTE_ARRAY'],
	int: ['INT32', 'INT64'],
	float: ['DOUBLE', 'FLOAT'],
	bool: ['BOOLEAN']
};

const describe = (c: FileColumn) => (c.converted ? `${c.type} (${c.converted})` : (c.type ?? '?'));

/**
 * What differs between the file's columns and the expected ones, one short phrase each; empty when
 * the file matches. Extra columns are tolerated (a newer file may add some), missing or retyped
 * ones are not.
 */
export function columnProblems(file: FileColumn[], expected: readonly ExpectedColumn[]): string[] {
	const byName = new Map(file.map((c) => [c.name, c]));
	const problems: string[] = [];
	for (const want of expected) {
		const got = byName.get(want.name);
		if (!got) problems.push(`column ${want.name} missing`);
		else if (!PHYSICAL[want.type].includes(got.type ?? ''))
			problems.push(`column ${want.name} is ${describe(got)}, expected ${want.type}`);
	}
	return problems;
}

/** The reader's sentence for a file that does not match. */
export function mismatchMessage(file: string, problems: string[]): string {
	const shown = problems.slice(0, 3).join('; ');
	const more = problems.length > 3 ? ` and ${problems.length - 3} more` : '';
	return `${file}: ${shown}${more}. The data does not match this version of the explorer.`;
}

/**
 * The file's top-level columns from a hyparquet metadata object (the schema list's first element
 * is the root; nested groups are not used by this dataset and would show up as missing columns).
 */
export function fileColumns(metadata: {
	schema: { name: string; type?: string; converted_type?: string; num_children?: number }[];
}): FileColumn[] {
	return metadata.schema
		.slice(1)
		.filter((el) => !el.num_children)
		.map((el) => ({ name: el.name, type: el.type, converted: el.converted_type }));
}

/** What differs between the manifest's record of a table and the app's schema. */
export function manifestProblems(
	listed: readonly ExpectedColumn[] | undefined,
	expected: readonly ExpectedColumn[]
): string[] {
	if (!listed) return ['not listed in manifest.json'];
	const byName = new Map(listed.map((c) => [c.name, c.type]));
	return expected.flatMap((want) => {
		const got = byName.get(want.name);
		if (got === undefined) return [`manifest.json lists no column ${want.name}`];
		return got === want.type
			? []
			: [`manifest.json lists column ${want.name} as ${got}, expected ${want.type}`];
	});
}

/** Table names a query mentions as whole words: a query naming a table that failed its check fails too. */
export function mentionedTables(sql: string, names: Iterable<string>): string[] {
	const found: string[] = [];
	for (const name of names)
		if (new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'i').test(sql)) found.push(name);
	return found;
}

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

/**
 * Why the bytes are not a Parquet file, or null. A reader that starts from the footer would accept
 * a file whose leading magic is wrong (a different format's header, a partial overwrite), so both
 * ends are checked before anything is decoded.
 */
export function parquetShapeProblem(bytes: ArrayBuffer): string | null {
	const view = new Uint8Array(bytes);
	if (view.length < 12) return `it is ${view.length} bytes long, too short for a Parquet file`;
	const at = (offset: number) => MAGIC.every((b, i) => view[offset + i] === b);
	if (!at(0) || !at(view.length - 4)) return 'it does not start and end as a Parquet file does';
	return null;
}
