// The check on French and Spanish text, against the same figures as English.
//
// Where the sentences come from (none is written to fit the code):
// - REVIEW_TRANSLATED: the review's own sentences (shared/sources/framing-the-future-2022.txt, the
//   lines given), translated into French and Spanish by the MNR Explorer maintainers. No published
//   French or Spanish article quoting the review could be reproduced verbatim here (no network),
//   so none is used; each translation must get the figures and verdicts its English original gets,
//   which the test checks on the English too.
// - DECOYS: published French and Spanish legal texts with numbers that are not claims about the
//   review (ages, dates, article and law numbers, penalties): the UN Convention on the Rights of
//   the Child (articles 1 and 38), the French Code pénal (article 227-23) and the titles of a French
//   and a Spanish law. Written down from knowledge of the official texts, without a copy to compare
//   against here (no network): the wording should be confirmed at the URLs given.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDataset, type CompiledDataset } from '../../../src/lib/check/check';
import type { FigureResult, Verdict } from '../../../src/lib/check/types';
import { checkDataset } from './dataset';
import { runCheck } from './runCheck';

interface Translated {
	/** Lines of framing-the-future-2022.txt the English sentence is on (provenance only). */
	lines: string;
	en: string;
	fr: string;
	es: string;
	/** Verdict and figure of each claim, in order, in all three languages. */
	expect: [Verdict, string][];
}

const REVIEW_TRANSLATED: Translated[] = [
	{
		lines: '1082-1083, 1088-1089',
		en: 'Over three-quarters of countries surveyed (76 per cent, 32 of 42) have one or more national inter-ministerial or multi-stakeholder governance mechanisms.',
		fr: 'Plus des trois quarts des pays étudiés (76 %, 32 sur 42) disposent d’un ou de plusieurs mécanismes nationaux de gouvernance interministériels ou multipartites.',
		es: 'Más de tres cuartas partes de los países encuestados (76 %, 32 de 42) cuentan con uno o más mecanismos nacionales de gobernanza interministeriales o multisectoriales.',
		expect: [
			['matches', 'c01-governance-mechanism'],
			['matches', 'c01-governance-mechanism'],
			['matches', 'c01-governance-mechanism']
		]
	},
	{
		lines: '1088-1089',
		en: 'Almost two-thirds of countries surveyed (64 per cent, 27 of 42) have a relevant national policy or strategy.',
		fr: 'Près des deux tiers des pays étudiés (64 %, 27 sur 42) disposent d’une politique ou d’une stratégie nationale pertinente.',
		es: 'Casi dos tercios de los países encuestados (64 %, 27 de 42) tienen una política o estrategia nacional pertinente.',
		expect: [
			['matches', 'c01-national-policy-strategy'],
			['matches', 'c01-national-policy-strategy'],
			['matches', 'c01-national-policy-strategy']
		]
	},
	{
		lines: '602-603',
		en: 'Child helpline: Almost all countries surveyed (95 per cent, 40 of 42) have a national child helpline.',
		fr: 'Ligne d’écoute pour enfants : presque tous les pays étudiés (95 %, 40 sur 42) disposent d’une ligne d’écoute nationale pour enfants.',
		es: 'Línea de ayuda infantil: casi todos los países encuestados (95 %, 40 de 42) tienen una línea nacional de ayuda infantil.',
		expect: [
			['matches', 'c11-child-helpline'],
			['matches', 'c11-child-helpline'],
			['matches', 'c11-child-helpline']
		]
	},
	{
		lines: '3362-3364',
		en: 'Of the 42 countries surveyed, 90 per cent (38) have a dedicated hotline or reporting portal.',
		fr: 'Sur les 42 pays étudiés, 90 % (38) disposent d’une ligne ou d’une plateforme de signalement dédiée.',
		es: 'De los 42 países encuestados, el 90 % (38) tiene una línea de denuncia o un portal de denuncia específico.',
		expect: [
			['matches', 'c12-hotline'],
			['matches', 'c12-hotline']
		]
	},
	{
		lines: '625-628',
		en: 'Education programme: Over three-quarters of surveyed countries (76 per cent, 32 of 42) have a national education programme on child sexual exploitation and abuse, including forms facilitated by technology.',
		fr: 'Programme d’éducation : plus des trois quarts des pays étudiés (76 %, 32 sur 42) ont un programme national d’éducation sur l’exploitation et les abus sexuels des enfants, y compris sous les formes facilitées par la technologie.',
		es: 'Programa educativo: más de tres cuartas partes de los países encuestados (76 %, 32 de 42) tienen un programa nacional de educación sobre la explotación y el abuso sexual infantil, incluidas las formas facilitadas por la tecnología.',
		expect: [
			['matches', 'c13-education'],
			['matches', 'c13-education'],
			['matches', 'c13-education']
		]
	},
	{
		lines: '553-555',
		en: 'End-to-end support: Over two-thirds of surveyed countries (69 per cent, 29 of 42) have integrated support for victims/survivors through investigation, legal proceedings and beyond.',
		fr: 'Accompagnement de bout en bout : plus des deux tiers des pays étudiés (69 %, 29 sur 42) offrent un soutien intégré aux victimes et survivants pendant l’enquête, la procédure judiciaire et au-delà.',
		es: 'Apoyo integral: más de dos tercios de los países encuestados (69 %, 29 de 42) ofrecen apoyo integral a las víctimas y supervivientes durante la investigación, el proceso judicial y después.',
		expect: [
			['matches', 'c08-end-to-end-support'],
			['matches', 'c08-end-to-end-support'],
			['matches', 'c08-end-to-end-support']
		]
	},
	{
		lines: '3280-3282',
		en: 'Almost 20 per cent of countries (8 of 42) have no effective remedies or reparations for child victims/survivors of sexual exploitation and abuse.',
		fr: 'Près de 20 % des pays (8 sur 42) ne disposent d’aucun recours ou réparation effectifs pour les enfants victimes et survivants d’exploitation et d’abus sexuels.',
		es: 'Casi el 20 % de los países (8 de 42) no tiene recursos o reparaciones efectivos para los niños víctimas y supervivientes de explotación y abuso sexual.',
		expect: [
			['rounds-to', 'c10-remedies-reparations'],
			['matches', 'c10-remedies-reparations']
		]
	},
	{
		lines: '3108-3109',
		en: 'Almost a quarter of countries (23 per cent, 7 of 41) do not have a child protection workforce to support victims/survivors.',
		fr: 'Près d’un quart des pays (23 %, 7 sur 41) ne disposent pas de personnel de protection de l’enfance pour soutenir les victimes et survivants.',
		es: 'Casi una cuarta parte de los países (23 %, 7 de 41) no cuenta con personal de protección infantil para apoyar a las víctimas y supervivientes.',
		// The review's 23 per cent is not 7 of 41 (17 per cent): its own inconsistency.
		expect: [
			['inconsistent', 'c09-child-protection-workforce'],
			['inconsistent', 'c09-child-protection-workforce'],
			['matches', 'c09-child-protection-workforce']
		]
	},
	{
		lines: '4031-4032',
		en: 'Over two-thirds of surveyed countries (73 per cent, 30 of 41) have procedures to remove or block child sexual abuse material.',
		fr: 'Plus des deux tiers des pays étudiés (73 %, 30 sur 41) disposent de procédures pour retirer ou bloquer les contenus d’abus sexuels sur enfants.',
		es: 'Más de dos tercios de los países encuestados (73 %, 30 de 41) tienen procedimientos para retirar o bloquear el material de abuso sexual infantil.',
		expect: [
			['matches', 'c16-takedown-procedures'],
			['matches', 'c16-takedown-procedures'],
			['matches', 'c16-takedown-procedures']
		]
	},
	{
		lines: '4465-4466',
		en: 'Half of the surveyed countries (50 per cent, 21 of 42) have debated, discussed or adopted universally agreed terminology.',
		fr: 'La moitié des pays étudiés (50 %, 21 sur 42) ont débattu, discuté ou adopté une terminologie universellement convenue.',
		es: 'La mitad de los países encuestados (50 %, 21 de 42) ha debatido, discutido o adoptado una terminología universalmente acordada.',
		expect: [
			['matches', 'c21-universal-terminology'],
			['matches', 'c21-universal-terminology'],
			['matches', 'c21-universal-terminology']
		]
	},
	{
		lines: '1004-1005',
		en: 'In developing national responses, 90 per cent of countries surveyed have used the MNR as a reference for good practice.',
		fr: 'Pour élaborer leur réponse nationale, 90 % des pays étudiés ont utilisé le MRN comme référence de bonnes pratiques.',
		es: 'Al desarrollar sus respuestas nacionales, el 90 % de los países encuestados ha utilizado el MRN como referencia de buenas prácticas.',
		expect: [['matches', 'x-mnr-used-reference']]
	},
	{
		lines: '518-520',
		en: 'Of the 13 countries not yet connected to the ICSE database, 92 per cent (12) are low- and middle-income countries.',
		fr: 'Sur les 13 pays pas encore connectés à la base de données ICSE, 92 % (12) sont des pays à revenu faible ou intermédiaire.',
		es: 'De los 13 países aún no conectados a la base de datos ICSE, el 92 % (12) son países de ingresos bajos y medianos.',
		expect: [
			['matches', 'c07-icse-not-connected-lmic-share'],
			['matches', 'c07-icse-not-connected-lmic-share']
		]
	}
];

/** Published legal texts with numbers that say nothing about the review. */
const DECOYS: { url: string; text: string }[] = [
	{
		url: 'https://www.ohchr.org/fr/instruments-mechanisms/instruments/convention-rights-child',
		text: "Au sens de la présente Convention, un enfant s'entend de tout être humain âgé de moins de dix-huit ans, sauf si la majorité est atteinte plus tôt en vertu de la législation qui lui est applicable."
	},
	{
		url: 'https://www.ohchr.org/es/instruments-mechanisms/instruments/convention-rights-child',
		text: 'Para los efectos de la presente Convención, se entiende por niño todo ser humano menor de dieciocho años de edad, salvo que, en virtud de la ley que le sea aplicable, haya alcanzado antes la mayoría de edad.'
	},
	{
		url: 'https://www.ohchr.org/fr/instruments-mechanisms/instruments/convention-rights-child',
		text: "Les États parties prennent toutes les mesures possibles dans la pratique pour veiller à ce que les personnes n'ayant pas atteint l'âge de quinze ans ne participent pas directement aux hostilités."
	},
	{
		url: 'https://www.ohchr.org/es/instruments-mechanisms/instruments/convention-rights-child',
		text: 'Los Estados Partes adoptarán todas las medidas posibles para asegurar que las personas que aún no hayan cumplido los 15 años de edad no participen directamente en las hostilidades.'
	},
	{
		url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070719',
		text: "Le fait, en vue de sa diffusion, de fixer, d'enregistrer ou de transmettre l'image ou la représentation d'un mineur lorsque cette image ou cette représentation présente un caractère pornographique est puni de cinq ans d'emprisonnement et de 75 000 euros d'amende."
	},
	{
		url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043403203',
		text: "Loi n° 2021-478 du 21 avril 2021 visant à protéger les mineurs des crimes et délits sexuels et de l'inceste."
	},
	{
		url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2021-9347',
		text: 'Ley Orgánica 8/2021, de 4 de junio, de protección integral a la infancia y la adolescencia frente a la violencia.'
	}
];

let compiled: CompiledDataset;
beforeAll(async () => {
	compiled = compileDataset(await checkDataset());
}, 60_000);

const verdicts = (figures: FigureResult[]) => figures.map((f) => [f.verdict, f.indicatorId]);

describe('the review’s sentences in French and Spanish get the English figures and verdicts', () => {
	it.each(
		REVIEW_TRANSLATED.flatMap((t) => (['en', 'fr', 'es'] as const).map((lang) => ({ ...t, lang })))
	)('$lang, lines $lines', (t) => {
		const result = runCheck(t[t.lang], compiled);
		expect(verdicts(result.figures), result.figures.map((f) => f.claim.text).join(' | ')).toEqual(
			t.expect
		);
	});
});

describe('French and Spanish sentences that are not about the review stay quiet', () => {
	it.each(DECOYS)('$url: $text', ({ text }) => {
		const result = runCheck(text, compiled);
		expect(result.figures.map((f) => `${f.claim.text} → ${f.verdict}`)).toEqual([]);
	});

	it('says "not about countries" for shares of people', () => {
		for (const text of [
			'En 2021, 80 % des victimes étaient des filles.',
			'En 2021, el 80 % de las víctimas eran niñas.',
			'Uno de cada cinco niños sufre abusos sexuales.'
		]) {
			const [f] = runCheck(text, compiled).figures;
			expect(f.verdict, text).toBe('outside');
			expect(f.notes.map((n) => n.kind)).toEqual(['other-base']);
		}
	});
});

describe('French and Spanish claims that differ from the review', () => {
	it.each([
		['76 % des pays disposent d’une ligne de signalement.', 'c12-hotline'],
		['El 76 % de los países tiene una línea de denuncia.', 'c12-hotline'],
		['Trente pays disposent d’une ligne d’écoute pour enfants.', 'c11-child-helpline']
	])('%s', (text, indicator) => {
		const [f] = runCheck(text, compiled).figures;
		expect([f.verdict, f.indicatorId]).toEqual(['differs', indicator]);
	});
});
