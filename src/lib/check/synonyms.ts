/**
 * The words people use for each topic the review has figures on. The check finds the topic of a
 * claim from the words around it: a capability's own names (from the dataset) plus these curated
 * synonyms. Indicator phrases are specific (they pick one figure out of a capability's several);
 * capability phrases point at the capability's headline figure unless something more specific is
 * said; weak phrases only decide when nothing else does.
 *
 * Phrase syntax: words separated by spaces match any run of spaces or hyphens; the last word may
 * take a plural (s, es, y→ies); "ise"/"isation" also match "ize"/"ization"; a trailing * matches
 * any word ending ("criminali*" covers criminalise, criminalized, criminalisation); an accented
 * letter also matches its bare letter. French and Spanish words are in synonymsFrEs.ts.
 */
import { GENERIC_WORDS_FR_ES } from './synonymsFrEs';

/** Topic weights: an indicator phrase outranks a capability phrase, which outranks a weak one. */
export const WEIGHT = { indicator: 3, capability: 2, weak: 1.5 } as const;

export const CAPABILITY_PHRASES: Record<number, string[]> = {
	1: [
		'leadership',
		'national leadership',
		'governance',
		'coordination',
		'coordinating body',
		'oversight body'
	],
	2: [
		'research',
		'analysis',
		'monitoring',
		'data collection',
		'threat assessment',
		'national assessment',
		'evidence base',
		'situational analysis'
	],
	3: [
		'law',
		'legislation',
		'legal framework',
		'legislate*',
		'criminali*',
		'statute',
		'penal code',
		'criminal code',
		'legally'
	],
	4: [
		'police',
		'law enforcement',
		'policing',
		'investigator',
		'specialist unit',
		'specialised unit',
		'specialized unit',
		'investigative capacity',
		'investigation unit'
	],
	5: ['judiciary', 'judge', 'prosecutor', 'prosecution service', 'court', 'judicial', 'magistrate'],
	6: [
		'offender management',
		'managing offenders',
		'manage offenders',
		'manage sex offenders',
		'sex offender management',
		'rehabilitate*',
		'rehabilitation',
		'probation',
		'supervision of offenders'
	],
	7: [
		'image database',
		'images database',
		'abuse image database',
		'victim identification',
		'icse',
		'interpol',
		'database of abuse images',
		'image databases'
	],
	8: [
		'end to end support',
		'victim support',
		'support for victims',
		'support for survivors',
		'survivor support',
		'support plan',
		'integrated support',
		'joined up support',
		'support services for victims',
		'victims and survivors'
	],
	9: [
		'workforce',
		'social worker',
		'social work',
		'child protection workforce',
		'child protection professional',
		'child protection staff',
		'frontline worker',
		'trained professionals'
	],
	10: [
		'compensation',
		'remedy',
		'remedies',
		'reparation',
		'redress',
		'restitution',
		'complaints mechanism',
		'complaints procedure'
	],
	11: [
		'helpline',
		'child helpline',
		'helplines',
		'help line',
		'phone line for children',
		'children’s helpline',
		"children's helpline",
		'child helpline international',
		'116 111'
	],
	12: [
		'hotline',
		'reporting portal',
		'report portal',
		'online reporting portal',
		'tipline',
		'tip line',
		'reporting hotline',
		'reporting mechanism for illegal content',
		'report illegal content',
		'report abuse material'
	],
	13: [
		'education programme',
		'education program',
		'educational programme',
		'educational program',
		'awareness raising',
		'awareness campaign',
		'awareness programme',
		'prevention education',
		'school programme',
		'school program',
		'education',
		'awareness'
	],
	14: [
		'child participation',
		'children’s participation',
		"children's participation",
		'youth participation',
		'participation of children',
		'involve children',
		'involving children',
		'consult children',
		'consulting children',
		'children’s voices',
		"children's voices",
		'children and young people shape',
		'young people’s participation',
		"young people's participation"
	],
	15: [
		'offender support',
		'support for offenders',
		'support system for offenders',
		'support systems for offenders',
		'prevention programme for offenders',
		'people at risk of offending',
		'at risk of offending',
		'sexual interest in children',
		'treatment for offenders',
		'perpetration prevention',
		'stop it now',
		'offender treatment'
	],
	16: [
		'takedown',
		'take down',
		'notice and takedown',
		'removal of abuse material',
		'remove abuse material',
		'removal',
		'blocking',
		'block',
		'filtering',
		'remove child sexual abuse material',
		'removing child sexual abuse material'
	],
	17: ['industry reporting', 'companies report', 'mandatory reporting by companies'],
	18: [
		'industry engagement',
		'engage industry',
		'engages industry',
		'engaging industry',
		'engagement with industry',
		'tech industry',
		'technology industry',
		'tech companies',
		'technology companies',
		'private sector',
		'innovation',
		'innovative solution',
		'industry'
	],
	19: ['corporate social responsibility', 'csr'],
	20: [
		'media',
		'media reporting',
		'journalist',
		'journalism',
		'news coverage',
		'press coverage',
		'reporting by the media',
		'ethical reporting',
		'media guidelines'
	],
	21: [
		'terminology',
		'agreed terms',
		'common terms',
		'universal terms',
		'luxembourg guidelines',
		'definitions',
		'language guidelines',
		'terms and definitions'
	]
};

/**
 * Words for a count of survey answers ("17 responses were received"). The review ran two surveys
 * (the Alliance's and the End Violence/UNICEF study's), so these point at both figures equally and
 * the number decides between them; a count that fits neither is never judged against either.
 * Not "survey respondents": the review uses it for some of them ("at least two survey respondents
 * described …"), never for their number.
 */
const SURVEY_RESPONSE_PHRASES = [
	'responses were received',
	'responses received',
	'responded to the survey',
	'answered the survey'
];

export const INDICATOR_PHRASES: Record<string, string[]> = {
	'x-countries-reviewed': [
		'took part',
		'take part',
		'taking part',
		'participated',
		'participating countries',
		'covered by the review',
		'countries reviewed',
		'reviewed countries',
		'were surveyed',
		'was surveyed',
		'included in the review',
		'review covers',
		'review covered',
		'review looked at',
		'in the review',
		'studied'
	],
	'x-income-high': ['high income', 'high income economies', 'wealthy', 'richer'],
	'x-income-upper-middle': ['upper middle income'],
	'x-income-lower-middle': ['lower middle income'],
	'x-income-low': ['low income'],
	'x-region-eap': ['east asia and the pacific', 'east asia', 'asia pacific', 'asia-pacific'],
	'x-region-esa': ['eastern and southern africa'],
	'x-region-eca': ['eastern europe and central asia', 'europe and central asia'],
	'x-region-lac': ['latin america and the caribbean', 'latin america'],
	'x-region-mena': ['middle east and north africa', 'middle east'],
	'x-region-na': ['north america'],
	'x-region-sa': ['south asia'],
	'x-region-wca': ['west and central africa'],
	'x-region-we': ['western europe'],
	'x-survey-alliance': [
		'alliance survey',
		'alliance’s survey',
		"alliance's survey",
		'weprotect survey',
		'survey of governments',
		'government survey',
		'survey issued to government',
		'government representatives',
		...SURVEY_RESPONSE_PHRASES
	],
	'x-survey-unicef': [
		'unicef study',
		'unicef survey',
		'unicef research',
		'end violence study',
		'unicef country offices',
		...SURVEY_RESPONSE_PHRASES
	],
	'x-mnr-used-reference': [
		'as a reference',
		'reference for good practice',
		'good practice reference',
		'reference point'
	],
	'x-mnr-used-policy': [
		'policy development',
		'basis for policy',
		'develop policy',
		'developing policy',
		'shape policy',
		'inform policy'
	],
	'x-mnr-used-capabilities': [
		'specific capabilities',
		'guide for specific',
		'guide to specific',
		'particular capabilities',
		'individual capabilities'
	],
	'x-mnr-used-progress': [
		'measuring progress',
		'measure progress',
		'track progress',
		'tracking progress',
		'framework for measuring'
	],
	'x-mnr-used-two-or-more': [
		'two or more',
		'more than one purpose',
		'several purposes',
		'multiple purposes',
		'several ways',
		'more than one way'
	],
	'x-safe-online-funded': [
		'safe online',
		'end violence fund',
		'end violence partnership fund',
		'safe online funding',
		'funded by safe online'
	],
	'c01-governance-mechanism': [
		'governance mechanism',
		'governance body',
		'coordination mechanism',
		'coordinating mechanism',
		'inter ministerial',
		'interministerial',
		'multi stakeholder',
		'multistakeholder',
		'steering committee',
		'task force',
		'taskforce',
		'national council',
		'national committee',
		'working group'
	],
	'c01-national-policy-strategy': [
		'national strategy',
		'national policy',
		'national action plan',
		'action plan',
		'national plan',
		'strategy',
		'policy framework'
	],
	'c02-research-analysis-monitoring': ['research', 'analysis and monitoring'],
	'c03-hic-criminalize-possession': ['possession', 'possess*', 'possessing', 'knowing possession'],
	'c03-hic-criminalize-tech-facilitated': [
		'technology facilitated',
		'online abuse',
		'online child sexual abuse',
		'online sexual abuse',
		'online exploitation',
		'online child sexual exploitation'
	],
	'c03-hic-isp-reporting': [
		'isp',
		'internet service provider',
		'service providers to report',
		'providers to report',
		'obliged to report',
		'required to report',
		'require internet companies to report',
		'reporting obligation'
	],
	'c03-hic-sex-offender-register': [
		'sex offender register',
		'sex offender registry',
		'sex offenders register',
		'sex offenders registry',
		'offender register',
		'offender registry',
		'register of sex offenders',
		'registry of sex offenders'
	],
	'c03-hic-criminalize-non-penetrative': ['non penetrative', 'nonpenetrative'],
	'c03-hic-criminalize-penetrative': [
		'penetrative sexual act',
		'penetrative acts',
		'penetrative abuse'
	],
	'c03-hic-child-friendly-accused': [
		'child friendly',
		'accused children',
		'suspected children',
		'children accused',
		'children in conflict with the law'
	],
	'c03-hic-mandatory-reporting-professions': [
		'mandatory reporting',
		'mandated reporting',
		'mandated reporter',
		'professionals to report',
		'duty to report'
	],
	'c03-hic-grooming-intent-to-meet': [
		'intent to meet',
		'intention to meet',
		'intending to meet',
		'meet in person',
		'meeting in person'
	],
	'c03-hic-background-checks': [
		'background check',
		'criminal record check',
		'record checks',
		'vetting',
		'checks on staff',
		'checks on volunteers'
	],
	'c03-hic-grooming-regardless-intent': [
		'regardless of intent',
		'regardless of any intent',
		'whether or not',
		'without intent',
		'grooming'
	],
	'c03-lmic-laws-inadequate': [
		'inadequate',
		'not adequate',
		'insufficient',
		'outdated',
		'out of date',
		'weak laws',
		'laws fall short',
		'fall short'
	],
	'c04-law-enforcement': ['law enforcement capability', 'police capability'],
	'c04-unit-sexual-offences-children': [
		'sexual offences unit',
		'sexual offence unit',
		'units handling sexual offences',
		'unit dealing with sexual offences',
		'specialist child abuse unit',
		'child protection unit',
		// "units that dealt with sexual offences against children" (the review's own words)
		'units that deal* with sexual offences',
		'units dealing with sexual offences'
	],
	'c04-unit-digital-forensics': [
		'digital forensic',
		'forensics',
		'forensic capability',
		'cyber crime unit',
		'cybercrime unit'
	],
	'c05-judiciary-prosecutors': [
		'specialist knowledge',
		'specialist skills',
		'specialised prosecutors',
		'specialist prosecutors'
	],
	'c06-offender-management': ['processes to manage', 'manage or rehabilitate'],
	'c06-type-custody-supervision': ['custody', 'prison', 'in custody'],
	'c06-type-sex-offender-register': [
		'sex offender register',
		'sex offender registry',
		'sex offenders register',
		'offender register',
		'offender registry'
	],
	'c06-type-statutory-tools': [
		'statutory tools',
		'community management',
		'management in the community'
	],
	'c06-type-post-release': ['after release', 'post release', 'released offenders', 'on release'],
	'c06-type-intelligence': ['intelligence', 'intelligence sharing', 'share intelligence'],
	'c07-icse-connected': [
		'icse',
		'interpol',
		'international child sexual exploitation database',
		'international database',
		'connected to'
	],
	'c07-icse-connected-hic': ['icse', 'interpol'],
	'c07-icse-connected-lmic': ['icse', 'interpol'],
	'c07-icse-not-connected-lmic-share': ['not connected', 'not yet connected', 'unconnected'],
	'c07-national-database': [
		'national database',
		'national image database',
		'national images database',
		'own database',
		'national child sexual abuse image database',
		'domestic database'
	],
	'c08-end-to-end-support': ['end to end', 'support plan'],
	'c09-child-protection-workforce': ['trained workforce', 'specialist workforce'],
	'c10-remedies-reparations': ['remedies or reparations', 'remedies and reparations'],
	'c11-child-helpline': ['national child helpline', 'child helpline'],
	'c12-hotline': ['dedicated hotline', 'national hotline or portal'],
	'c12-inhope-member': ['inhope', 'inhope network', 'member of inhope', 'inhope member'],
	'c12-national-hotline-org': [
		'national organisation',
		'national organization',
		'run nationally',
		'national hotline site',
		'own national hotline',
		'run by a national'
	],
	'c12-iwf-portal': ['iwf', 'internet watch foundation', 'iwf portal', 'iwf reporting portal'],
	'c13-education': ['national education programme', 'national education program'],
	'c13-education-audiences': [
		'target audience',
		'audiences',
		'aimed at parents',
		'aimed at teachers'
	],
	'c14-child-participation': [
		'participation',
		'participate in policy',
		'shape policy and practice'
	],
	'c15-offender-support': ['support system', 'support systems'],
	'c15-offender-support-hic': [],
	'c15-offender-support-lmic': [],
	'c15-support-sexual-interest': [
		'sexual interest in children',
		'before they offend',
		'potential offenders'
	],
	'c15-support-convicted': ['convicted', 'convicted offenders', 'reoffending', 're offending'],
	'c15-support-young-people-hsb': [
		'harmful sexual behaviour',
		'harmful sexual behavior',
		'sexually harmful behaviour',
		'sexually harmful behavior',
		'young people who harm'
	],
	'c15-support-family-friends': [
		'family and friends',
		'families of offenders',
		'relatives of offenders'
	],
	'c16-takedown-procedures': ['procedures to remove', 'removal or blocking', 'remove or block'],
	'c18-industry-engagement': ['engages industry', 'engage with industry', 'industry engagement'],
	'c20-media-reporting-support': [
		'support for media',
		'supports media',
		'ethical media reporting',
		'media training'
	],
	'c21-universal-terminology': ['adopted terminology', 'agreed terminology', 'universally agreed']
};

/**
 * Words that say which countries a claim is about. A claim that names high-income countries
 * should match the high-income figure; one that does not should prefer the figure for all.
 */
export const POPULATION_PHRASES: Record<'hic' | 'lmic' | 'alliance' | 'unicef', string[]> = {
	hic: ['high income', 'wealthy', 'wealthier', 'richer', 'rich countries', 'developed countries'],
	lmic: [
		'low and middle income',
		'low- and middle-income',
		'lower and middle income',
		'lmic',
		'lmics',
		'poorer',
		'developing countries',
		'lower income'
	],
	alliance: ['alliance survey', 'survey of governments'],
	unicef: ['unicef', 'end violence study']
};

/** Cross-cutting figures whose topic is a group of countries: population words do not shift them. */
export const POPULATION_NEUTRAL = /^x-(income|region|survey)-/;

/** Words that tie any "how countries used the MNR" figure to its topic. */
export const MNR_USE_PHRASES = ['mnr', 'model national response', 'the framework'];

/**
 * Single words that name a capability but are everyday words too ("analysis", "law", "media"):
 * enough to suggest a topic, never enough on their own for a confident match (and so for a
 * "differs").
 */
export const GENERIC_WORDS = new Set([
	'analysis',
	'research',
	'monitoring',
	'governance',
	'coordination',
	'leadership',
	'strategy',
	'law',
	'legislation',
	'legally',
	'police',
	'policing',
	'court',
	'judge',
	'judicial',
	'education',
	'awareness',
	'industry',
	'innovation',
	'media',
	'journalist',
	'journalism',
	'removal',
	'block',
	'blocking',
	'filtering',
	'participation',
	'compensation',
	'remedy',
	'remedies',
	'redress',
	'workforce',
	'social work',
	'intelligence',
	'custody',
	'prison',
	'convicted',
	'grooming',
	'inadequate',
	'insufficient',
	'definitions',
	'possession',
	'audiences',
	'rehabilitation',
	'probation',
	'strategy',
	'the framework',
	'mnr',
	'model national response',
	// The MNR's own description of every national response ("coordinated, comprehensive and
	// multi-stakeholder national responses"): not, on its own, the governance mechanism's figure.
	'multi stakeholder',
	'multistakeholder',
	...GENERIC_WORDS_FR_ES
]);
