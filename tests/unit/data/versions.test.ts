// Dataset versions: the changelog is the list of releases, every earlier release is kept and
// rebuilt in today's schema, and links name the version they show.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parquetReadObjects } from 'hyparquet';
import { parseChangelog, readChangelog } from '../../../scripts/data/changelog';
import {
	archivedVersions,
	readRelease,
	releaseProblems,
	RELEASES_DIR
} from '../../../scripts/data/releases';
import { writeDataset } from '../../../scripts/data/write';
import {
	inlineParts,
	isVersionId,
	releaseDataPath,
	releasesSince,
	withVersion,
	type DatasetVersions
} from '../../../src/lib/data/versions';

const FIRST = '5e20df2abaaf';
const entry = (version: string, date: string) => ({ version, date, changes: ['x'] });

describe('the changelog', () => {
	it('reads entries newest first, with wrapped bullets joined', () => {
		const { entries, errors } = parseChangelog(
			[
				'# Dataset changelog',
				'',
				'Intro text.',
				'',
				'## aaaaaaaaaaaa · 2026-12-04',
				'',
				'- One change that wraps',
				'  onto a second line.',
				'- Another.',
				'',
				'## bbbbbbbbbbbb · 2026-12-02',
				'',
				'- First release.'
			].join('\n')
		);
		expect(errors).toEqual([]);
		expect(entries).toEqual([
			{
				version: 'aaaaaaaaaaaa',
				date: '2026-12-04',
				changes: ['One change that wraps onto a second line.', 'Another.']
			},
			{ version: 'bbbbbbbbbbbb', date: '2026-12-02', changes: ['First release.'] }
		]);
	});

	it('refuses a bad heading, a repeated version, an empty entry and entries out of order', () => {
		const { errors } = parseChangelog(
			[
				'## version 2 (December)',
				'## aaaaaaaaaaaa · 2026-12-01',
				'- a',
				'## bbbbbbbbbbbb · 2026-12-03',
				'## aaaaaaaaaaaa · 2026-11-01',
				'- b'
			].join('\n')
		);
		expect(errors.join('\n')).toMatch(/version heading reads/);
		expect(errors.join('\n')).toMatch(/aaaaaaaaaaaa has two entries/);
		expect(errors.join('\n')).toMatch(/bbbbbbbbbbbb says nothing about what changed/);
		expect(errors.join('\n')).toMatch(/newest first/);
	});

	it('is readable and lists the current data first, every earlier release archived', () => {
		const { entries, errors } = readChangelog();
		expect(errors).toEqual([]);
		const built = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
		expect(entries[0].version).toBe(built.datasetVersion);
		expect(releaseProblems(entries, archivedVersions(), built.datasetVersion)).toEqual([]);
		expect(archivedVersions()).toContain(FIRST);
	});
});

describe('the rules tying changelog, archive and data', () => {
	const entries = [entry('aaaaaaaaaaaa', '2026-12-04'), entry('bbbbbbbbbbbb', '2026-12-02')];
	it('asks for an entry when the data changed', () => {
		expect(releaseProblems(entries, ['bbbbbbbbbbbb'], 'cccccccccccc')[0]).toMatch(
			/version cccccccccccc, which data\/CHANGELOG.md does not list/
		);
	});
	it('asks for the archive of every earlier release, and an entry for every archive', () => {
		expect(releaseProblems(entries, [], 'aaaaaaaaaaaa')).toEqual([
			`data/CHANGELOG.md lists bbbbbbbbbbbb, but ${RELEASES_DIR}/bbbbbbbbbbbb/ is missing`
		]);
		expect(releaseProblems(entries, ['bbbbbbbbbbbb', 'dddddddddddd'], 'aaaaaaaaaaaa')).toEqual([
			`${RELEASES_DIR}/dddddddddddd/ has no entry in data/CHANGELOG.md`
		]);
	});
	it('wants the newest entry to be the current data', () => {
		expect(releaseProblems(entries, ['aaaaaaaaaaaa'], 'bbbbbbbbbbbb')).toEqual([
			'data/CHANGELOG.md: the newest entry must be the current version, bbbbbbbbbbbb'
		]);
	});
});

describe('an archived release', () => {
	it('reads into today’s schema: columns it did not have are empty, its values are its own', () => {
		const tables = readRelease(join(RELEASES_DIR, FIRST));
		// The first release still had "over 40 diverse countries" as an exclusion: 22 rows, today 21.
		expect(tables.excluded_figures).toHaveLength(22);
		const c01 = tables.indicators.find((r) => r.indicator_id === 'c01-governance-mechanism')!;
		expect([c01.yes, c01.n, c01.pct]).toEqual([32, 42, 76.2]);
		// Reader references and method notes came later.
		expect(c01.search_phrase).toBeNull();
		expect(c01.method_note).toBeNull();
		expect(typeof c01.discrepancy).toBe('boolean');
	});

	it('is written under its published version, readable in the browser', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'mnr-release-'));
		const manifest = writeDataset(readRelease(join(RELEASES_DIR, FIRST)), dir, FIRST);
		expect(manifest.datasetVersion).toBe(FIRST);
		const file = readFileSync(join(dir, 'excluded_figures.parquet'));
		const rows = await parquetReadObjects({
			file: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)
		});
		expect(rows).toHaveLength(22);
	});

	it('is in the build, under data/v/<version>/, with the list of versions', () => {
		const built = JSON.parse(readFileSync(`static${releaseDataPath(FIRST)}/manifest.json`, 'utf8'));
		expect(built.datasetVersion).toBe(FIRST);
		const versions = JSON.parse(readFileSync('static/data/versions.json', 'utf8')) as DatasetVersions;
		expect(versions.current).toBe(JSON.parse(readFileSync('static/data/manifest.json', 'utf8')).datasetVersion);
		expect(versions.releases.map((r) => r.version)).toContain(FIRST);
	});
});

describe('versions in addresses', () => {
	const versions: DatasetVersions = {
		current: 'aaaaaaaaaaaa',
		releases: [
			entry('aaaaaaaaaaaa', '2026-12-06'),
			entry('bbbbbbbbbbbb', '2026-12-04'),
			entry('cccccccccccc', '2026-12-02')
		]
	};
	it('accepts only a twelve-digit hex version: nothing that could leave the data folder', () => {
		expect(isVersionId(FIRST)).toBe(true);
		for (const bad of ['../manifest', '5E20DF2ABAAF', '5e20df2abaa', '5e20df2abaaf/', ''])
			expect(isVersionId(bad), bad).toBe(false);
	});
	it('lists what a reader of an old link has missed, newest first', () => {
		expect(releasesSince(versions, 'cccccccccccc').map((r) => r.version)).toEqual([
			'aaaaaaaaaaaa',
			'bbbbbbbbbbbb'
		]);
		expect(releasesSince(versions, 'aaaaaaaaaaaa')).toEqual([]);
		expect(releasesSince(versions, 'zzzzzzzzzzzz')).toEqual([]);
	});
	it('adds or replaces the version in a query string', () => {
		expect(withVersion('', 'aaaaaaaaaaaa')).toBe('v=aaaaaaaaaaaa');
		expect(withVersion('sort=low&v=bbbbbbbbbbbb', 'aaaaaaaaaaaa')).toBe('sort=low&v=aaaaaaaaaaaa');
	});
});

describe('changelog text on a page', () => {
	it('renders `code` and *emphasis*, and nothing else, as marks', () => {
		expect(inlineParts('New columns `section`, from *Framing the Future* <b>x</b>')).toEqual([
			{ kind: 'text', text: 'New columns ' },
			{ kind: 'code', text: 'section' },
			{ kind: 'text', text: ', from ' },
			{ kind: 'em', text: 'Framing the Future' },
			{ kind: 'text', text: ' <b>x</b>' }
		]);
	});
});
