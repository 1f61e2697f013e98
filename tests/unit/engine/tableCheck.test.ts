import { describe, expect, it } from 'vitest';
import { parquetMetadata } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetDir, testManifest } from '../fixture/dataset';
import { TABLES } from '$lib/data/schema';
import {
	columnProblems,
	fileColumns,
	manifestProblems,
	mentionedTables,
	mismatchMessage,
	parquetShapeProblem
} from '$lib/engine/tableCheck';

const countries = TABLES.find((t) => t.name === 'countries')!;

/** The footer of a real Parquet file written the way the data build writes them. */
function footerOf(columns: { name: string; type: 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN' }[]) {
	const buffer = parquetWriteBuffer({
		columnData: columns.map((c) => ({ name: c.name, data: [null], type: c.type, nullable: true }))
	});
	return fileColumns(parquetMetadata(buffer));
}

describe('columnProblems', () => {
	it('accepts every table the data build wrote', () => {
		for (const table of TABLES) {
			const file = readFileSync(join(datasetDir(), `${table.name}.parquet`));
			const meta = parquetMetadata(
				file.buffer.slice(file.byteOffset, file.byteOffset + file.length)
			);
			expect(columnProblems(fileColumns(meta), table.columns), table.name).toEqual([]);
		}
	});

	it('names a renamed column as missing', () => {
		const file = footerOf(
			countries.columns.map((c) => ({
				name: c.name === 'income_group' ? 'income' : c.name,
				type:
					c.type === 'int'
						? 'INT32'
						: c.type === 'bool'
							? 'BOOLEAN'
							: c.type === 'float'
								? 'DOUBLE'
								: 'STRING'
			}))
		);
		expect(columnProblems(file, countries.columns)).toEqual(['column income_group missing']);
	});

	it('names a retyped column and its type', () => {
		const [problem] = columnProblems(
			[{ name: 'n', type: 'BYTE_ARRAY', converted: 'UTF8' }],
			[{ name: 'n', type: 'int' }]
		);
		expect(problem).toBe('column n is BYTE_ARRAY (UTF8), expected int');
	});

	it('tolerates extra columns', () => {
		expect(
			columnProblems(
				[
					{ name: 'a', type: 'INT32' },
					{ name: 'extra', type: 'DOUBLE' }
				],
				[{ name: 'a', type: 'int' }]
			)
		).toEqual([]);
	});
});

describe('manifestProblems', () => {
	it('accepts the manifest the data build wrote', () => {
		const manifest = testManifest();
		for (const table of TABLES) {
			const listed = manifest.tables.find((t: { name: string }) => t.name === table.name)?.columns;
			expect(manifestProblems(listed, table.columns), table.name).toEqual([]);
		}
	});
	it('says when a table is not listed, or a column is missing or retyped', () => {
		expect(manifestProblems(undefined, [{ name: 'a', type: 'int' }])).toEqual([
			'not listed in manifest.json'
		]);
		expect(
			manifestProblems(
				[{ name: 'a', type: 'string' }],
				[
					{ name: 'a', type: 'int' },
					{ name: 'b', type: 'int' }
				]
			)
		).toEqual([
			'manifest.json lists column a as string, expected int',
			'manifest.json lists no column b'
		]);
	});
});

describe('mismatchMessage', () => {
	it('names the file and what differs, and caps a long list', () => {
		expect(mismatchMessage('countries.parquet', ['column income_group missing'])).toBe(
			'countries.parquet: column income_group missing. The data does not match this version of the explorer.'
		);
		expect(mismatchMessage('x.parquet', ['a', 'b', 'c', 'd', 'e'])).toContain('a; b; c and 2 more');
	});
});

describe('mentionedTables', () => {
	it('finds table names as whole words only', () => {
		const names = ['countries', 'indicators'];
		expect(mentionedTables('SELECT * FROM countries c JOIN "indicators" i', names)).toEqual(names);
		expect(mentionedTables('SELECT n_countries, countries_named FROM mentions', names)).toEqual([]);
	});
});

describe('parquetShapeProblem', () => {
	const file = readFileSync(join(datasetDir(), 'countries.parquet'));
	const buffer = (b: Uint8Array) =>
		b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
	it('accepts a Parquet file the data build wrote', () => {
		expect(parquetShapeProblem(buffer(file))).toBeNull();
	});
	it('refuses a wrong leading or trailing magic, and a file too short to be Parquet', () => {
		const head = Uint8Array.from(file);
		head.set([0x50, 0x41, 0x52, 0x32], 0);
		expect(parquetShapeProblem(buffer(head))).toMatch(/does not start and end/);
		expect(parquetShapeProblem(buffer(file.subarray(0, file.length - 1)))).toMatch(
			/does not start and end/
		);
		expect(parquetShapeProblem(new ArrayBuffer(0))).toMatch(/0 bytes long/);
	});
});
