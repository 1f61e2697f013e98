/**
 * Which of the review's figures each survey question (or checklist option) corresponds to.
 *
 * The dataset has no column linking a question to an indicator, so this is a reviewed table, read
 * against the review: a link exists only where the review reports an aggregate of that very
 * question or option. A unit test (tests/unit/assess/figureLinks.test.ts) checks that every linked
 * indicator exists, that its capability is the question's, and that every option is printed in
 * the instrument. Questions not listed here get "the review gives no figure for this question".
 *
 * Deliberately left out:
 * - q16 (does legislation cover CSEA online and offline): the review gives only the high-income
 *   countries' answers to the checklist q17 and the UNICEF-study countries' view that laws are
 *   inadequate, neither of which is a count of answers to q16.
 * - q44 (remedies checklist) and q55 (education audiences, option by option): no figure per
 *   option survives; q55's chart lost its values, so only the question as a whole is linked.
 * - the open "details", "difficulties", "good practice" and "lessons" questions: not counted.
 *
 * Income splits are not listed: they are the linked figure's children in the dataset
 * (`parent_id`, population hic or lmic), found by comparison.ts.
 */

import type { LinkNote } from '$lib/copy/en/assess';

export interface FigureLink {
	/** Survey question id, e.g. "q7". */
	question: string;
	/** The checklist option as printed, when the figure counts one option; null for the question. */
	option: string | null;
	/** The indicator the review reports for it. */
	indicator: string;
	/** Why the link holds or what it does not cover; its words are in copy (assess.linkNotes). */
	note: LinkNote | null;
}

const Q6 = {
	capabilities: 'As a guide for specific capabilities (e.g. policy, criminal justice, etc)',
	reference: 'As a reference for good practice',
	policy: 'As a basis for policy development',
	progress: 'As a framework for measuring progress'
};

const Q17 = {
	penetrative:
		'There are specific laws criminalizing sexual acts against children involving penetration (i.e. forced sex, rape)',
	nonPenetrative:
		'There are specific laws criminalizing sexual acts against children not involving penetration (i.e. sexual touching)',
	tech: 'There are laws criminalizing technology-facilitated child sexual abuse',
	possession:
		'There are laws criminalizing knowing possession of child sexual abuse materials (CSAM), regardless of the intent to distribute',
	accused:
		'There are laws providing child-friendly measures for children suspected or accused of sex offences that ensure deprivation of liberty only as a measure of last resort and prioritise their rehabilitation',
	isp: 'There are laws requiring Internet Service Providers (ISPs) to report suspected CSAM to law enforcement or to some other mandated agency',
	groomingMeet:
		'There are laws criminalizing online grooming, with the intent to meet the child offline',
	groomingAny:
		'There are laws criminalizing online grooming, regardless of the intent to meet the child offline',
	register: 'There are laws providing for a national sex offender register',
	mandatory:
		'There are laws making the reporting of sexual acts against children mandatory for certain professions',
	checks:
		'There are laws requiring criminal records and other checks for employees and volunteers working with children'
};

const Q28 = {
	custody: 'There is direct supervision of offenders when in custody or prison',
	community:
		'There is management of offenders in the community after their release from custody or prison',
	intelligence:
		'There is ongoing collection, analysis and sharing of intelligence relating to offenders, nationally and internationally',
	register: 'There is a national sex offender register (as defined by national legislation)',
	statutory:
		'There are statutory tools (such as notification requirements and court orders) to help manage offenders in the community'
};

const Q62 = {
	interest:
		'There are support systems in place for people with a sexual interest in children to prevent them from acting on their interest',
	convicted:
		'There are support systems in place for convicted child sex offenders as part of their rehabilitation to prevent reoffending',
	young:
		'There are support systems in place for young people displaying sexually harmful behaviour',
	family: 'There are support systems available for family and friends of child sex offenders'
};

const HIC_ONLY = 'hic-only';
const OPTION_VALUES_LOST = 'option-values-lost';

export const FIGURE_LINKS: readonly FigureLink[] = [
	{ question: 'q6', option: Q6.capabilities, indicator: 'x-mnr-used-capabilities', note: null },
	{ question: 'q6', option: Q6.reference, indicator: 'x-mnr-used-reference', note: null },
	{ question: 'q6', option: Q6.policy, indicator: 'x-mnr-used-policy', note: null },
	{ question: 'q6', option: Q6.progress, indicator: 'x-mnr-used-progress', note: null },
	{ question: 'q7', option: null, indicator: 'c01-governance-mechanism', note: null },
	{ question: 'q10', option: null, indicator: 'c01-national-policy-strategy', note: null },
	{ question: 'q13', option: null, indicator: 'c02-research-analysis-monitoring', note: null },
	{
		question: 'q17',
		option: Q17.penetrative,
		indicator: 'c03-hic-criminalize-penetrative',
		note: HIC_ONLY
	},
	{
		question: 'q17',
		option: Q17.nonPenetrative,
		indicator: 'c03-hic-criminalize-non-penetrative',
		note: HIC_ONLY
	},
	{
		question: 'q17',
		option: Q17.tech,
		indicator: 'c03-hic-criminalize-tech-facilitated',
		note: HIC_ONLY
	},
	{
		question: 'q17',
		option: Q17.possession,
		indicator: 'c03-hic-criminalize-possession',
		note: HIC_ONLY
	},
	{
		question: 'q17',
		option: Q17.accused,
		indicator: 'c03-hic-child-friendly-accused',
		note: HIC_ONLY
	},
	{ question: 'q17', option: Q17.isp, indicator: 'c03-hic-isp-reporting', note: HIC_ONLY },
	{
		question: 'q17',
		option: Q17.groomingMeet,
		indicator: 'c03-hic-grooming-intent-to-meet',
		note: HIC_ONLY
	},
	{
		question: 'q17',
		option: Q17.groomingAny,
		indicator: 'c03-hic-grooming-regardless-intent',
		note: HIC_ONLY
	},
	{
		question: 'q17',
		option: Q17.register,
		indicator: 'c03-hic-sex-offender-register',
		note: HIC_ONLY
	},
	{
		question: 'q17',
		option: Q17.mandatory,
		indicator: 'c03-hic-mandatory-reporting-professions',
		note: HIC_ONLY
	},
	{ question: 'q17', option: Q17.checks, indicator: 'c03-hic-background-checks', note: HIC_ONLY },
	{
		question: 'q21',
		option: null,
		indicator: 'c04-law-enforcement',
		note: 'law-enforcement-remit'
	},
	{ question: 'q24', option: null, indicator: 'c05-judiciary-prosecutors', note: null },
	{ question: 'q27', option: null, indicator: 'c06-offender-management', note: null },
	{
		question: 'q28',
		option: Q28.custody,
		indicator: 'c06-type-custody-supervision',
		note: OPTION_VALUES_LOST
	},
	{
		question: 'q28',
		option: Q28.community,
		indicator: 'c06-type-post-release',
		note: OPTION_VALUES_LOST
	},
	{
		question: 'q28',
		option: Q28.intelligence,
		indicator: 'c06-type-intelligence',
		note: OPTION_VALUES_LOST
	},
	{
		question: 'q28',
		option: Q28.register,
		indicator: 'c06-type-sex-offender-register',
		note: OPTION_VALUES_LOST
	},
	{
		question: 'q28',
		option: Q28.statutory,
		indicator: 'c06-type-statutory-tools',
		note: OPTION_VALUES_LOST
	},
	{
		question: 'q30',
		option: null,
		indicator: 'c07-icse-connected',
		note: 'icse-in-details'
	},
	{ question: 'q33', option: null, indicator: 'c07-national-database', note: null },
	{ question: 'q37', option: null, indicator: 'c08-end-to-end-support', note: null },
	{ question: 'q40', option: null, indicator: 'c09-child-protection-workforce', note: null },
	{ question: 'q43', option: null, indicator: 'c10-remedies-reparations', note: null },
	{ question: 'q46', option: null, indicator: 'c11-child-helpline', note: null },
	{ question: 'q51', option: null, indicator: 'c12-hotline', note: null },
	{ question: 'q54', option: null, indicator: 'c13-education', note: null },
	{
		question: 'q55',
		option: null,
		indicator: 'c13-education-audiences',
		note: 'audiences-lost'
	},
	{ question: 'q58', option: null, indicator: 'c14-child-participation', note: null },
	{ question: 'q61', option: null, indicator: 'c15-offender-support', note: null },
	{
		question: 'q62',
		option: Q62.interest,
		indicator: 'c15-support-sexual-interest',
		note: OPTION_VALUES_LOST
	},
	{
		question: 'q62',
		option: Q62.convicted,
		indicator: 'c15-support-convicted',
		note: OPTION_VALUES_LOST
	},
	{
		question: 'q62',
		option: Q62.young,
		indicator: 'c15-support-young-people-hsb',
		note: OPTION_VALUES_LOST
	},
	{
		question: 'q62',
		option: Q62.family,
		indicator: 'c15-support-family-friends',
		note: OPTION_VALUES_LOST
	},
	{ question: 'q66', option: null, indicator: 'c16-takedown-procedures', note: null },
	{ question: 'q70', option: null, indicator: 'c18-industry-engagement', note: null },
	{ question: 'q75', option: null, indicator: 'c20-media-reporting-support', note: null },
	{
		question: 'q78',
		option: null,
		indicator: 'c21-universal-terminology',
		note: 'open-counted'
	}
];

/** The links of one question, in the table's order. */
export function linksOf(questionId: string): FigureLink[] {
	return FIGURE_LINKS.filter((l) => l.question === questionId);
}
