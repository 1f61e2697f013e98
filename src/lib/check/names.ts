/**
 * Names the wording check never flags and never rewrites: titles of laws, treaties, protocols and
 * bodies that contain a term the guidance advises against ("… Child Pornography", "… Sex Offender
 * Registry", "… Compensation Corporation"). A name is a fact: the Optional Protocol is called what
 * it is called, whatever the preferred term. Each is copied from the sources (a unit test checks
 * that every one occurs in them); matching ignores case, line breaks and commas.
 */
export const PROTECTED_NAMES: readonly string[] = [
	// Treaties, protocols, laws (framing-the-future-2022.txt)
	'Optional Protocol to the Convention on the Rights of the Child on the Sale of Children, Child Prostitution and Child Pornography',
	'Optional Protocol on the sale of children, child prostitution and child pornography',
	'Optional Protocol on the sale of children child prostitution and child pornography',
	'An Act respecting the mandatory reporting of internet child pornography by persons who provide an internet service',
	'Directive 2011/93/EU of the European Parliament and of the Council of 13 December 2011 on combating the sexual abuse and sexual exploitation of children and child pornography',
	'Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse',
	// Bodies, centres, programmes (framing-the-future-2022.txt)
	'National Centre for Combating Online Child Pornography',
	'International Committee of Sex Offender Registries',
	'National Sex Offender Registry',
	'High-Risk Sex Offender Program',
	'Sex Offender Information Registration Act',
	'Child Sex Offender Register',
	'Accident Compensation Corporation',
	'Child Advocacy Centres',
	'Child Advocacy Centers',
	'Inns of Court College of Advocacy',
	'Kia Marama Treatment Programme for New Zealand Sex Offenders Against Children',
	// Bodies named in the MNR guidance (mnr-guidance.md)
	'Financial Coalition Against Child Pornography',
	'National Offender Management Service',
	'Center for Sex Offender Management'
];

/**
 * Capabilities and their parts, named as the MNR and the review name them: "offender support
 * systems" is a capability, not a label put on a child.
 */
export const CAPABILITY_TERMS: readonly string[] = [
	'offender support systems',
	'offender support system',
	'support systems for offenders',
	'offender management process',
	'offender management',
	'sex offender register',
	'sex offender registry',
	'sex offender registers',
	'compensation, remedies and complaints arrangements'
];
