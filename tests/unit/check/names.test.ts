// Names and words the wording check must leave alone: titles of laws, treaties and bodies (each
// checked against the sources it was copied from), capability names, URLs and e-mail addresses,
// quotations opened with any quote mark the sources use, terms mentioned as words; and "offender"
// flagged only where a child is the person.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAPABILITY_TERMS, PROTECTED_NAMES } from '../../../src/lib/check/names';
import { compileDataset, type CompiledDataset } from '../../../src/lib/check/check';
import { runCheck } from './runCheck';
import { sourcesDir, sourcesPresent } from '../../../scripts/data/sources';
import { checkDataset } from './dataset';

let compiled: CompiledDataset;
beforeAll(async () => {
	compiled = compileDataset(await checkDataset());
}, 60_000);

const norm = (t: string) => t.replace(/[\s,]+/g, ' ').toLowerCase();

describe('the list of names', () => {
	it.skipIf(!sourcesPresent())('takes every name from the sources', () => {
		const sources = ['framing-the-future-2022.txt', 'mnr-guidance.md']
			.map((f) => join(sourcesDir(), f))
			.filter(existsSync)
			.map((f) => norm(readFileSync(f, 'utf8')))
			.join('\n');
		for (const name of [...PROTECTED_NAMES, ...CAPABILITY_TERMS])
			expect(sources.includes(norm(name)), name).toBe(true);
	});
});

/** [text, terms flagged (not kept), terms kept as written with why, corrected copy or null]. */
const CASES: [string, string[], [string, string][], string | null][] = [
	[
		'The Optional Protocol to the Convention on the Rights of the Child on the Sale of Children, Child Prostitution and Child Pornography binds 177 states; child pornography is still a crime.',
		['child pornography'],
		[['Child Pornography', 'name']],
		'The Optional Protocol to the Convention on the Rights of the Child on the Sale of Children, Child Prostitution and Child Pornography binds 177 states; child sexual abuse material is still a crime.'
	],
	[
		// The review's own wording, with its line break inside the protocol's title.
		'The CRC and its Optional Protocol on the sale of children, child \nprostitution and child pornography, the Council of Europe’s Lanzarote Convention …',
		[],
		[['child pornography', 'name']],
		null
	],
	[
		'Italy: the National Centre for Combating Online Child Pornography within the Ministry of Interior.',
		[],
		[['Child Pornography', 'name']],
		null
	],
	[
		'New Zealand’s Accident Compensation Corporation pays for therapy; the Child Sex Offender Register has run for four years.',
		[],
		[
			['Compensation', 'name'],
			['Offender', 'name']
		],
		null
	],
	[
		'See https://www.icmec.org/child-pornography-model-legislation-report/ or <www.icmec.org/child-pornography-model-legislation-report/>, or write to child-pornography@example.org.',
		[],
		[],
		null
	],
	[
		'The Alliance’s position is to refrain from using the term ’child pornography’.',
		[],
		[['child pornography', 'quote']],
		null
	],
	[
		'Editors are urged to avoid the term child pornography.',
		[],
		[['child pornography', 'mention']],
		null
	],
	[
		'Over half of countries have offender support systems, and 71 per cent have offender management; 8 have a sex offender register.',
		[],
		[
			['offender', 'capability'],
			['offender', 'capability'],
			['offender', 'capability']
		],
		null
	],
	['Adult offenders face longer sentences.', [], [], null],
	[
		'The RCMP’s National Sex Offender Registry High-Risk Sex Offender Program designates a registered sex offender as high-risk.',
		[],
		[
			['Offender', 'name'],
			['Offender', 'name']
		],
		null
	],
	[
		'Children who display harmful sexual behaviour should not be called offenders.',
		['offenders'],
		[],
		null
	],
	['Convicted child sex offenders get treatment.', [], [], null]
];

describe('findTerms leaves names, addresses, quotations and mentions as written', () => {
	it.each(CASES)('%s', (text, flagged, kept, corrected) => {
		const result = runCheck(text, compiled);
		expect(result.terms.filter((t) => t.kept === null).map((t) => t.text.toLowerCase())).toEqual(
			flagged.map((f) => f.toLowerCase())
		);
		expect(result.terms.filter((t) => t.kept !== null).map((t) => [t.text, t.kept])).toEqual(kept);
		expect(result.corrected).toBe(corrected);
	});
});
