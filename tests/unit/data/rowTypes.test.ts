// The row types in src/lib/data/types.ts are written by hand (for readable names and unions);
// this test holds them to the dataset's contract in src/lib/data/schema.ts, column by column:
// the same names, a TypeScript type that fits the column type, `| null` exactly when the column
// may be empty, and a union of the allowed values where the column is a vocabulary.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { TABLES, type ColumnSpec } from '$lib/data/schema';

const FILE = 'src/lib/data/types.ts';

/** Each row type and the table whose rows it types. */
const ROW_TYPES: Record<string, string> = {
	Country: 'countries',
	RegionRow: 'regions',
	IncomeGroupRow: 'income_groups',
	Domain: 'domains',
	Capability: 'capabilities',
	FrameworkElement: 'framework_elements',
	Indicator: 'indicators',
	Printing: 'printings',
	ExcludedFigure: 'excluded_figures',
	Mention: 'mentions',
	Term: 'terms',
	SurveyQuestion: 'survey_questions',
	Translation: 'translations'
};

const source = ts.createSourceFile(FILE, readFileSync(FILE, 'utf8'), ts.ScriptTarget.Latest, true);
const program = ts.createProgram([FILE], { strict: true, noEmit: true, skipLibCheck: true });
const checker = program.getTypeChecker();
const file = program.getSourceFile(FILE)!;

/** Property name → the type's union members as TypeScript prints them. */
function propertiesOf(name: string): Map<string, string[]> {
	const decl = file.statements.find(
		(s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name
	);
	if (!decl) throw new Error(`${FILE} has no interface ${name}`);
	const type = checker.getTypeAtLocation(decl.name);
	return new Map(
		type.getProperties().map((p) => {
			const t = checker.getTypeOfSymbolAtLocation(p, decl);
			const members = t.isUnion() ? t.types : [t];
			return [p.name, members.map((m) => checker.typeToString(m)).sort()];
		})
	);
}

/** What a column allows, in the same printed form. */
function expected(col: ColumnSpec): string[] {
	const base = col.values
		? col.values.map((v) => JSON.stringify(v))
		: col.type === 'string'
			? ['string']
			: col.type === 'bool'
				? ['false', 'true']
				: ['number'];
	return [...base, ...(col.nullable ? ['null'] : [])].sort();
}

it('the source file parses', () => expect(source.statements.length).toBeGreaterThan(0));

describe.each(Object.entries(ROW_TYPES))('%s types a row of %s', (name, table) => {
	const spec = TABLES.find((t) => t.name === table)!;

	it('with exactly the schema’s columns', () => {
		expect([...propertiesOf(name).keys()].sort()).toEqual(spec.columns.map((c) => c.name).sort());
	});

	it('each typed as the schema says (type, vocabulary, may be empty)', () => {
		const props = propertiesOf(name);
		for (const col of spec.columns)
			expect({ column: col.name, type: props.get(col.name) }).toEqual({
				column: col.name,
				type: expected(col)
			});
	});
});

it('every table has a row type', () => {
	expect(Object.values(ROW_TYPES).sort()).toEqual(TABLES.map((t) => t.name).sort());
});
