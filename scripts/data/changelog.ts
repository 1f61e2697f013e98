// Reads data/CHANGELOG.md: one entry per dataset version, newest first. The changelog is the list
// of releases: the build refuses a dataset whose version has no entry, and an entry for an earlier
// version must come with its archive in data/releases/<version>/ (see releases.ts).
import { readFileSync } from 'node:fs';

export const CHANGELOG_PATH = 'data/CHANGELOG.md';

export interface ChangelogEntry {
	/** The dataset version: manifest.json's datasetVersion, a hash of the data's content. */
	version: string;
	/** Release date, YYYY-MM-DD. */
	date: string;
	/** What changed and why, one item per bullet, as written. */
	changes: string[];
}

/** An entry heading: "## 5e20df2abaaf · 2026-12-02". */
const HEADING = /^## ([0-9a-f]{12}) · (\d{4}-\d{2}-\d{2})\s*$/;

/** Entries in the order written (newest first), or the problems that make the file unreadable. */
export function parseChangelog(text: string): { entries: ChangelogEntry[]; errors: string[] } {
	const entries: ChangelogEntry[] = [];
	const errors: string[] = [];
	let current: ChangelogEntry | null = null;
	text.split(/\r?\n/).forEach((line, i) => {
		const where = `${CHANGELOG_PATH}:${i + 1}`;
		if (line.startsWith('## ')) {
			const m = HEADING.exec(line);
			if (!m) {
				errors.push(`${where}: a version heading reads "## <12-character version> · <YYYY-MM-DD>"`);
				current = null;
				return;
			}
			current = { version: m[1], date: m[2], changes: [] };
			entries.push(current);
		} else if (current && /^- /.test(line)) current.changes.push(line.slice(2).trim());
		// A bullet's continuation line (wrapped by the formatter) belongs to the bullet above it.
		else if (current && /^\s+\S/.test(line) && current.changes.length)
			current.changes[current.changes.length - 1] += ` ${line.trim()}`;
	});
	const seen = new Set<string>();
	for (const e of entries) {
		if (seen.has(e.version)) errors.push(`${CHANGELOG_PATH}: version ${e.version} has two entries`);
		seen.add(e.version);
		if (!e.changes.length) errors.push(`${CHANGELOG_PATH}: version ${e.version} says nothing about what changed`);
	}
	for (let i = 1; i < entries.length; i++)
		if (entries[i].date > entries[i - 1].date)
			errors.push(`${CHANGELOG_PATH}: entries must run newest first (${entries[i].version} is newer than the one above)`);
	return { entries, errors };
}

export function readChangelog(path = CHANGELOG_PATH) {
	return parseChangelog(readFileSync(path, 'utf8'));
}
