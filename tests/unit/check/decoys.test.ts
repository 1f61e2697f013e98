// Decoys stay quiet: numbers about something else must not be matched to a survey figure, and
// real sentences that quote the review must get its figures. Three sets, none written here:
// - the review's own decoys: every number data/exclusions.csv records as not a figure, in its
//   sentence from the source text (generated, see scripts/check/review-corpus.ts);
// - sentences published by others about other studies (URLs below);
// - sentences published by others that quote the review (URLs below).
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDataset, type CompiledDataset } from '../../../src/lib/check/check';
import { runCheck } from './runCheck';
import type { FigureResult, Verdict } from '../../../src/lib/check/types';
import { checkDataset } from './dataset';
import { REVIEW_DECOYS } from './review-corpus.generated';

/** Verdicts that say nothing about a survey figure. */
const QUIET: Verdict[] = ['no-match', 'outside', 'uncertain'];

interface Published {
	url: string;
	text: string;
	/** Claims and what each must get (in order); omitted claims must be quiet. */
	expect?: { claim: string; verdict: Verdict; indicator?: string }[];
}

/** Real sentences about other studies and programmes, as published. */
const OTHER_STUDIES: Published[] = [
	{
		url: 'https://www.interpol.int/Crimes/Crimes-against-children/Disrupting-Harm',
		text: 'The initial success of the first phase of Disrupting Harm , conducted between 2019 and 2022 in 13 countries across Eastern and Southern Africa and Southeast Asia, paved the way for an expansion to  12 new countries in four additional regions: Eastern Europe, Latin America and the Caribbean, Middle East and North Africa, and South Asia.'
	},
	{
		url: 'https://safeonline.global/disrupting-harm-data-insights',
		text: 'The proportions of children subjected to OCSEA in the past year varied from 1% in Viet Nam to 20% of children in the Philippines.'
	},
	{
		url: 'https://safeonline.global/disrupting-harm-data-insights',
		text: 'In almost all 13 countries, offenders of online CSEA were more likely to be someone the child already knew in person (on average accounting for 60 per cent of cases).'
	},
	{
		url: 'https://safeonline.global/disrupting-harm-data-insights',
		text: 'Almost one in three children did not disclose the sexual abuse to anyone with almost half saying they don’t know where to go or who to tell. Children don’t report to formal channels – on average, only 3% of victims across 13 countries called a helpline for support. Similarly, only 3% contacted the police.'
	},
	{
		url: 'https://www.end-violence.org/articles/disrupting-harm-findings-reveal-new-and-crucial-insights-online-child-sexual-exploitation',
		text: 'Implemented by ECPAT International, INTERPOL and UNICEF Office of Research-Innocenti, the holistic and multi-country research project has just completed its first phase in 13 countries across Eastern and Southern Africa and Southeast Asia.'
	},
	{
		url: 'https://www.end-violence.org/disrupting-harm',
		text: 'The success of the first phase of the project has led to a renewed $7 million commitment in 2022 and expansion in 11 countries across 3 new regions.'
	},
	{
		url: 'https://www.weprotect.org/publications/',
		text: 'A global study of 18-20 year olds in 54 countries worldwide to find out more about their experiences of online sexual harms, conducted by ECONOMIST IMPACT'
	},
	{
		url: 'https://docslib.org/doc/8525713/intensifying-the-global-partnership-between-child-helpline-international-and-plan-international',
		text: 'Child Helpline International, founded in 2003, is an international collective impact organisation that brings together 168 child helpline members in 139 countries and territories around the world.'
	},
	{
		url: 'https://readkong.com/page/unicef-strategic-plan-2018-2021-7223884',
		text: 'The number of stunted children declined by 22% in the past 17 years.'
	}
];

/** Real sentences that quote the review, as published. */
const QUOTING_THE_REVIEW: Published[] = [
	{
		url: 'https://weprotect.org/framing-the-future',
		text: 'Over six years since its introduction, the Alliance has partnered with UNICEF to undertake a review across 42 Alliance countries to document diverse national responses, identify examples of good practices, highlight challenges and practical solutions, and set out future directions for the refinement of the MNR.',
		expect: [
			{ claim: '42 Alliance countries', verdict: 'matches', indicator: 'x-countries-reviewed' }
		]
	},
	{
		url: 'https://safefutureshub.org/solutions/weprotect-model-national-response',
		text: 'The 2022 ‘Framing The Future’ report reviewed the MNR across 42 countries, highlighting its role in guiding national action but not assessing progress or service quality.',
		expect: [{ claim: '42 countries', verdict: 'matches', indicator: 'x-countries-reviewed' }]
	},
	{
		url: 'https://safefutureshub.org/solutions/weprotect-model-national-response',
		text: '90% of surveyed countries used the MNR as a reference for best practices, policy development, and progress measur',
		expect: [{ claim: '90%', verdict: 'matches', indicator: 'x-mnr-used-reference' }]
	}
];

let compiled: CompiledDataset;
beforeAll(async () => {
	compiled = compileDataset(await checkDataset());
}, 60_000);

const describeFigure = (f: FigureResult) =>
	`"${f.claim.text}" → ${f.verdict} ${f.indicatorId ?? ''}`;

describe('the review’s own decoys (data/exclusions.csv)', () => {
	it('has the decoys the dataset records', () => {
		expect(REVIEW_DECOYS.length).toBeGreaterThanOrEqual(15);
	});

	it.each(
		REVIEW_DECOYS.flatMap((d) => [
			{ ...d, form: 'raw' },
			{ ...d, form: 'joined' }
		])
	)('$form: $printed ($source_ref)', (d) => {
		const text = d.form === 'raw' ? d.raw : d.joined;
		const shift = d.form === 'raw' ? 0 : text.length - d.raw.length;
		const result = runCheck(text, compiled);
		// The decoy's own number: no survey figure (the review's sample is not a survey figure,
		// and "over 40 countries" is the review rounding its 42, so it may say so).
		const at = d.form === 'raw' ? d.at : [d.at[0] + Math.min(0, shift), d.at[1]];
		const own = result.figures.filter((f) => f.claim.start < at[1] && at[0] < f.claim.end);
		for (const f of own)
			if (f.indicatorId !== 'x-countries-reviewed')
				expect(QUIET, describeFigure(f)).toContain(f.verdict);
		// Nothing in a decoy's sentence is accused of differing.
		expect(result.figures.filter((f) => f.verdict === 'differs').map(describeFigure)).toEqual([]);
	});
});

describe('sentences about other studies (published elsewhere)', () => {
	it.each(OTHER_STUDIES)('$url: $text', ({ text }) => {
		const result = runCheck(text, compiled);
		const loud = result.figures.filter((f) => !QUIET.includes(f.verdict));
		expect(loud.map(describeFigure)).toEqual([]);
	});

	it('says "not a figure from this review" for counts above its 42 countries', () => {
		const result = runCheck(OTHER_STUDIES[7].text, compiled);
		expect(result.figures.map((f) => f.claim.text)).toEqual(['139 countries']);
		expect(result.figures[0].verdict).toBe('outside');
		expect(result.figures[0].notes.map((n) => n.kind)).toContain('larger-than-base');
	});
});

describe('sentences that quote the review (published elsewhere)', () => {
	it.each(QUOTING_THE_REVIEW)('$url: $text', ({ text, expect: want }) => {
		const result = runCheck(text, compiled);
		expect(result.figures.map((f) => f.claim.text)).toEqual(want!.map((w) => w.claim));
		want!.forEach((w, i) => {
			expect(result.figures[i].verdict, w.claim).toBe(w.verdict);
			if (w.indicator) expect(result.figures[i].indicatorId, w.claim).toBe(w.indicator);
		});
	});
});
