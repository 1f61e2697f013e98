// French and Spanish claim extraction (src/lib/check/claimsFrEs.ts, numbersFrEs.ts): what counts as
// a numeric claim, its value, qualifier, base and negation, and what is left alone.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/lib/check/claims';
import { parseEsNumber, parseFrNumber, parseShare } from '../../../src/lib/check/numbersFrEs';

const claims = (s: string) =>
	extractClaims(s).claims.map((c) => ({
		text: c.text,
		kind: c.kind,
		qualifier: c.qualifier,
		value: Math.round(c.value * 100) / 100,
		base: c.base,
		phrase: c.phrase,
		negated: c.negated
	}));
const brief = (s: string) =>
	extractClaims(s).claims.map((c) => [c.text, c.kind, +c.value.toFixed(2)]);

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('French and Spanish numbers', () => {
	it.each([
		['trois', 3],
		['dix-sept', 17],
		['trente-deux', 32],
		['vingt et un', 21],
		['trente-et-un', 31],
		['soixante-dix', 70],
		['soixante et onze', 71],
		['quatre-vingts', 80],
		['quatre-vingt-dix-neuf', 99],
		['cent', 100],
		['76,2', 76.2]
	])('fr %s = %d', (raw, value) => expect(parseFrNumber(raw)).toBe(value));

	it.each([
		['dos', 2],
		['once', 11],
		['dieciséis', 16],
		['veintidós', 22],
		['veintidos', 22],
		['cuarenta y dos', 42],
		['noventa y nueve', 99],
		['cien', 100],
		['76,2', 76.2]
	])('es %s = %d', (raw, value) => expect(parseEsNumber(raw)).toBe(value));

	it.each([
		['moitié', 50, 'half'],
		['trois quarts', 75, 'three quarters'],
		['deux tiers', 66.67, 'two thirds'],
		['un cinquième', 20, 'one fifth'],
		['mitad', 50, 'half'],
		['dos tercios', 66.67, 'two thirds'],
		['tres cuartas partes', 75, 'three quarters'],
		['tercera parte', 33.33, 'one third'],
		['una cuarta parte', 25, 'one quarter']
	])('share %s = %d%% (%s)', (raw, value, english) => {
		const share = parseShare(raw);
		expect(share?.value).toBeCloseTo(value, 1);
		expect(share?.english).toBe(english);
	});
});

describe('French and Spanish claims', () => {
	it('reads percentages with any space before the sign, and decimal commas', () => {
		expect(
			brief(
				`76 % des pays, 76${NBSP}% des pays, 76${NNBSP}% des pays, 76% des pays, 76,2 % des pays, soixante-seize pour cent des pays, el 76 por ciento de los países`
			)
		).toEqual([
			['76 %', 'pct', 76],
			[`76${NBSP}%`, 'pct', 76],
			[`76${NNBSP}%`, 'pct', 76],
			['76%', 'pct', 76],
			['76,2 %', 'pct', 76.2],
			['soixante-seize pour cent', 'pct', 76],
			['76 por ciento', 'pct', 76]
		]);
		expect(extractClaims('76,2 %').claims[0].decimals).toBe(1);
	});

	it('reads counts out of a base', () => {
		expect(
			brief(
				'32 des 42 pays ; 32 sur 42 ; 29 sur les 41 pays ; trente-deux pays sur 42 ; 32 de 42 países ; 29 de los 41 países ; treinta y dos de 42'
			)
		).toEqual([
			['32 des 42', 'fraction', 32],
			['32 sur 42', 'fraction', 32],
			['29 sur les 41', 'fraction', 29],
			['trente-deux pays sur 42', 'fraction', 32],
			['32 de 42', 'fraction', 32],
			['29 de los 41', 'fraction', 29],
			['treinta y dos de 42', 'fraction', 32]
		]);
		expect(claims('32 des 42 pays')[0].base).toBe(42);
	});

	it('splits a footnote marker glued to the base, as in English', () => {
		expect(claims('(71 %, 29 sur 4123)')[1]).toMatchObject({ text: '29 sur 41', base: 41 });
		expect(claims('(59 %, 24 de 41139)')[1]).toMatchObject({ text: '24 de 41', base: 41 });
	});

	it('reads shares in words with their qualifiers, kept under the English phrase', () => {
		expect(
			claims(
				'Plus des trois quarts des pays ; près des deux tiers des pays ; plus de la moitié des pays ; la moitié des pays ; un tiers des pays ; más de la mitad de los países ; dos tercios de los países ; casi una cuarta parte de los países ; las dos terceras partes de los países'
			).map((c) => [c.text, c.qualifier, c.value, c.phrase])
		).toEqual([
			['Plus des trois quarts', 'over', 75, 'over three-quarters'],
			['près des deux tiers', 'almost', 66.67, 'almost two-thirds'],
			['plus de la moitié', 'over', 50, 'over half'],
			['la moitié', 'exact', 50, 'half'],
			['un tiers', 'exact', 33.33, 'one-third'],
			['más de la mitad', 'over', 50, 'over half'],
			['dos tercios', 'exact', 66.67, 'two-thirds'],
			['casi una cuarta parte', 'almost', 25, 'almost one-quarter'],
			['las dos terceras partes', 'exact', 66.67, 'two-thirds']
		]);
	});

	it('reads "most", "majority", "minority" and "all"', () => {
		expect(
			claims(
				'la plupart des pays ; la majorité des pays ; une minorité de pays ; la mayoría de los países ; una minoría de países ; presque tous les pays ; la quasi-totalité des pays ; casi todos los países ; tous les 15 pays à revenu élevé'
			).map((c) => [c.text, c.qualifier, c.value, c.phrase, c.base])
		).toEqual([
			['la plupart des pays', 'over', 50, 'most', null],
			['la majorité des', 'over', 50, 'most', null],
			['une minorité de', 'under', 50, 'minority', null],
			['la mayoría de los', 'over', 50, 'most', null],
			['una minoría de', 'under', 50, 'minority', null],
			['presque tous les pays', 'almost', 100, 'almost all', null],
			['la quasi-totalité des pays', 'almost', 100, 'almost all', null],
			['casi todos los países', 'almost', 100, 'almost all', null],
			['tous les 15 pays', 'exact', 15, null, 15]
		]);
	});

	it('reads counts of countries, with word numbers and qualifiers', () => {
		expect(
			claims(
				'32 pays ; trente-deux pays ; plus de 40 pays ; environ 30 gouvernements ; 42 países ; cuarenta y dos países ; veintidós países ; más de 40 países'
			).map((c) => [c.text, c.kind, c.qualifier, c.value])
		).toEqual([
			['32 pays', 'count', 'exact', 32],
			['trente-deux pays', 'count', 'exact', 32],
			['plus de 40 pays', 'count', 'over', 40],
			['environ 30 gouvernements', 'count', 'about', 30],
			['42 países', 'count', 'exact', 42],
			['cuarenta y dos países', 'count', 'exact', 42],
			['veintidós países', 'count', 'exact', 22],
			['más de 40 países', 'count', 'over', 40]
		]);
	});

	it('reads "one in five" ratios and notices when they are about people', () => {
		const fr = ['Un enfant sur cinq est concerné.', 'Neuf pays sur dix ont une ligne.'].flatMap(
			(s) => extractClaims(s).claims
		);
		expect(fr.map((c) => [c.text, c.kind, c.value, c.otherBase ?? null])).toEqual([
			['Un enfant sur cinq', 'words', 20, 'enfant'],
			['Neuf pays sur dix', 'words', 90, null]
		]);
		const es = extractClaims('Uno de cada cinco niños sufre abusos.').claims;
		expect(es.map((c) => [c.text, c.value, c.otherBase])).toEqual([
			['Uno de cada cinco', 20, 'niños']
		]);
	});

	it('notices bases that are not countries', () => {
		expect(extractClaims('80 % des victimes étaient des filles.').claims[0].otherBase).toBe(
			'victimes'
		);
		expect(extractClaims('el 80 % de las víctimas eran niñas.').claims[0].otherBase).toBe(
			'víctimas'
		);
		expect(extractClaims('76 % des pays').claims[0].otherBase).toBeUndefined();
	});

	it('takes "des 42 pays" and "de los 42 países" as a base, not a claim', () => {
		const fr = extractClaims('Sur les 42 pays étudiés, 90 % ont une ligne.');
		expect(fr.claims.map((c) => c.text)).toEqual(['90 %']);
		expect(fr.bases).toEqual([42]);
		const es = extractClaims('De los 42 países encuestados, el 90 % tiene una línea.');
		expect(es.claims.map((c) => c.text)).toEqual(['90 %']);
		expect(es.bases).toEqual([42]);
	});

	it('finds negations in the claim’s own clause', () => {
		expect(
			extractClaims(
				"17 pays ne disposent d'aucun système d'aide, mais 24 pays en ont un."
			).claims.map((c) => [c.text, c.negated])
		).toEqual([
			['17 pays', true],
			['24 pays', false]
		]);
		expect(
			extractClaims('13 países no tienen ningún sistema, pero 24 países sí.').claims.map((c) => [
				c.text,
				c.negated
			])
		).toEqual([
			['13 países', true],
			['24 países', false]
		]);
		expect(extractClaims("Il n'y a pas de base de données dans 28 pays.").claims[0].negated).toBe(
			true
		);
		// "pas moins de" is "at least", not a negation.
		expect(claims('pas moins de 30 pays')[0]).toMatchObject({
			qualifier: 'at-least',
			negated: false
		});
	});

	it('reports "worldwide" and "of all countries"', () => {
		expect(extractClaims('Dans le monde, 76 % des pays …').worldwide).toBe(true);
		expect(extractClaims('A nivel mundial, el 76 % de los países …').worldwide).toBe(true);
		expect(extractClaims('76 % de tous les pays …').allCountries).toBe(true);
		expect(extractClaims('el 76 % de todos los países …').allCountries).toBe(true);
	});

	it('leaves dates, law numbers, ages, money and idioms alone', () => {
		for (const s of [
			"Il a été condamné à l'âge de 42 ans.",
			'La loi du 21 avril 2021 modifie l’article 227-23 du code pénal.',
			'El 2 de septiembre de 1990 entró en vigor; véase el artículo 49.',
			'Ley Orgánica 8/2021, de 4 de junio.',
			'Une amende de 75 000 euros et cinq ans d’emprisonnement.',
			'Un des 42 pays a adopté une loi.',
			'Uno de los 42 países adoptó una ley.',
			'Un pays a créé une ligne.',
			'Alcanzar la mayoría de edad.',
			'La première moitié de 2021.',
			'La primera mitad del año.',
			'32,000 documents'
		])
			expect(brief(s), s).toEqual([]);
	});

	it('does not read English words as Spanish numbers', () => {
		// "once" is eleven in Spanish, but only before a Spanish unit.
		expect(brief('Once countries adopt the model, they report on it.')).toEqual([]);
	});
});
