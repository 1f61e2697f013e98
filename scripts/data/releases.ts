// Earlier dataset releases, kept so an old link still shows and downloads what it showed. Each lives
// in data/releases/<version>/ as the CSV files it published; the build writes it to
// static/data/v/<version>/ as Parquet, CSV and manifest in the current schema (a column the old
// release did not have is empty), so today's explorer can query it. The version stays the one it
// was published under: its content hash then, not one recomputed from today's files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { TABLES, type ColumnSpec } from '../../src/lib/data/schema';
import type { ChangelogEntry } from './changelog';
import type { Cell, Dataset } from './load';

export const RELEASES_DIR = 'data/releases';
/** Under the data directory: static/data/v/<version>/. Also what the browser asks for. */
export const VERSIONED_DIR = 'v';

/** A cell of a published CSV (written by write.ts) back to its value. */
function cell(raw: string | undefined, col: ColumnSpec): Cell {
	if (raw === undefined || raw === '') return null;
	switch (col.type) {
		case 'string':
			return raw;
		case 'int':
		case 'float':
			return Number(raw);
		case 'bool':
			return raw === 'true';
	}
}

/** One archived release's tables, read into the current schema. */
export function readRelease(dir: string): Dataset {
	const tables: Dataset = {};
	for (const spec of TABLES) {
		const file = join(dir, `${spec.name}.csv`);
		// A table the old release did not publish is empty in it, not invented.
		const rows = existsSync(file) ? csvParse(readFileSync(file, 'utf8')) : [];
		tables[spec.name] = rows.map((raw) =>
			Object.fromEntries(spec.columns.map((col) => [col.name, cell(raw[col.name], col)]))
		);
	}
	return tables;
}

export function archivedVersions(dir = RELEASES_DIR): string[] {
	return existsSync(dir)
		? readdirSync(dir, { withFileTypes: true })
				.filter((d) => d.isDirectory())
				.map((d) => d.name)
				.sort()
		: [];
}

/**
 * The rules that tie the changelog, the archive and the current data together: the current version
 * has an entry (data changed: say what and why); every earlier entry has its archive (or its old
 * links would break); every archive has an entry.
 */
export function releaseProblems(entries: ChangelogEntry[], archived: string[], current: string): string[] {
	const problems: string[] = [];
	const listed = new Set(entries.map((e) => e.version));
	if (!listed.has(current))
		problems.push(
			`the data is version ${current}, which data/CHANGELOG.md does not list: add an entry saying what changed and why, and archive the previous release in ${RELEASES_DIR}/<its version>/ (its static/data/*.csv)`
		);
	else if (entries[0].version !== current)
		problems.push(`data/CHANGELOG.md: the newest entry must be the current version, ${current}`);
	for (const e of entries)
		if (e.version !== current && !archived.includes(e.version))
			problems.push(`data/CHANGELOG.md lists ${e.version}, but ${RELEASES_DIR}/${e.version}/ is missing`);
	for (const v of archived)
		if (!listed.has(v)) problems.push(`${RELEASES_DIR}/${v}/ has no entry in data/CHANGELOG.md`);
	return problems;
}
