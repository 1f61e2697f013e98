/**
 * Numeric claims written in French or Spanish, read by the same rules as the English ones
 * (claims.ts): "76 %" (any space, a narrow no-break one included), "76,2 %", "32 des 42 pays",
 * "32 sur 42", "32 de 42 países", "plus des trois quarts", "la mitad", "la plupart des pays",
 * "la mayoría de", "presque tous les pays", "trente-deux pays", "un pays sur cinq". A text's
 * language is not declared, so every language's patterns run on every sentence; each language's
 * numbers pair only with its own units and connectors, so the Spanish "once" (eleven) never reads an
 * English "once countries …" as 11 countries.
 *
 * Decisions (the English ones, carried over):
 * - "la plupart des pays", "la majorité des", "la mayoría de" count as "over half"; "une minorité
 *   de", "una minoría de" as "under half"; "presque tous", "casi todos", "la quasi-totalité" as
 *   "almost all"; "pas tous", "no todos" as "not all". "La mayoría de edad" (the age of majority)
 *   is no share.
 * - "un des 42 pays", "uno de los 42 países" are idioms, not claims; "des 42 pays", "de los 42
 *   países" are the base of another claim.
 * - "N sur M" and "N de cada M" with M up to 10 are ratios ("neuf sur dix" = nine in ten); with a
 *   larger M they are counts out of a base, like "N des M" and "N de M".
 */
import type { GlueRecord } from './claims';
import type { Claim, Qualifier } from './types';
import {
	DIGITS_DECIMAL,
	ES_CARDINAL,
	ES_FRACTION,
	FR_CARDINAL,
	FR_FRACTION,
	WORD_END as WE,
	WORD_START as WS,
	decimalsOfFrEs,
	parseEsNumber,
	parseFrNumber,
	parseShare
} from './numbersFrEs';

/** A claim as claims.ts collects it (same shape; kept here so the two modules do not import each other). */
export interface FoundFrEs {
	start: number;
	end: number;
	kind: Claim['kind'];
	qualifier: Qualifier;
	value: number;
	base: number | null;
	decimals: number;
	phrase: string | null;
	priority: number;
	otherBase?: string;
}

interface Lexicon {
	/** A number in words. */
	cardinal: string;
	parse: (raw: string) => number;
	/** Words for "one", which with "of" make an idiom ("un des pays"), not a claim. */
	one: RegExp;
	/** Qualifiers before a number or share, with what each means. */
	qualifiers: [string, Qualifier][];
	/** An article a qualifier may take before a number: "más del 70 %", "casi el 90 %". */
	article: string;
	/** Words after a number that make it a percentage. */
	percent: string;
	/** "32 des 42", "32 sur 42", "32 de 42": the connector, and the article it may take. */
	outOf: string;
	/** Connectors that make a ratio when the base is small ("un sur cinq", "uno de cada cinco"). */
	ratio: RegExp;
	/** What a count can be a count of. */
	unit: string;
	/** Words allowed between a number and its unit ("15 autres pays"). */
	between: string;
	/** Bases that are people or things, not countries. */
	otherNouns: string;
	/** "of" before a base: "des enfants", "de los niños". */
	of: string;
	/** Verbs right after a share or a bare count. */
	verb: string;
	/** A share's core, and the articles it may take ("la moitié", "les deux tiers"). */
	share: string;
	shareArticle: string;
	/** Ordinals that make "half" a part of something else ("la première moitié"). */
	notShare: string;
	/** "most"/"majority"/"minority": group 1 most, group 2 minority. */
	most: string;
	/** "(almost|not) all (N) countries": group 1 the modifier, group 2 a number. */
	all: string;
	/** Modifiers of "all" meaning "almost" and "not". */
	almostAll: RegExp;
	notAll: RegExp;
	/** "only 8 have …". */
	only: string;
	/** "des 42 pays": a base, not a claim (group 1). */
	denominator: string;
}

const FR: Lexicon = {
	cardinal: FR_CARDINAL,
	parse: parseFrNumber,
	one: /^une?$/i,
	qualifiers: [
		[
			String.raw`un\s+peu\s+plus\s+d(?:e|es|['’])|bien\s+plus\s+d(?:e|es|['’])|largement\s+plus\s+d(?:e|es|['’])|plus\s+d(?:e|es|['’])|au[-\s]del[àa]\s+d(?:e|es|['’])`,
			'over'
		],
		[String.raw`au\s+moins|pas\s+moins\s+d(?:e|['’])|au\s+minimum`, 'at-least'],
		[
			String.raw`un\s+peu\s+moins\s+d(?:e|es|['’])|pr[èe]s\s+d(?:e|es|['’])|presque|quasiment|pratiquement|pas\s+tout\s+[àa]\s+fait`,
			'almost'
		],
		[
			String.raw`environ|autour\s+d(?:e|es|['’])|[àa]\s+peu\s+pr[èe]s|approximativement|quelque|de\s+l['’]ordre\s+d(?:e|es|['’])|aux\s+alentours\s+d(?:e|es|['’])`,
			'about'
		],
		[String.raw`moins\s+d(?:e|es|['’])`, 'under']
	],
	article: String.raw`(?:la|les|l['’])`,
	percent: String.raw`%|pour\s*cent${WE}|p\.\s*100${WE}`,
	outOf: String.raw`(?:(des|sur|parmi)(?:\s+(?:les|ces))?)`,
	ratio: /^sur$/i,
	unit: String.raw`(?:pays|[ée]tats?|gouvernements?|juridictions?|r[ée]pondants?|[ée]conomies?|nations?|lignes\s+(?:d['’][ée]coute|d['’]assistance|de\s+signalement)|plateformes\s+de\s+signalement)${WE}`,
	between: String.raw`(?:autres|nouveaux|seuls)`,
	otherNouns: String.raw`(?:enfants?|filles|gar[çc]ons|victimes|survivant(?:e?s)|utilisat(?:eurs|rices)|internautes|abonn[ée]s|personnes|adultes|jeunes|adolescent(?:e?s)|parents|enseignant(?:e?s)|signalements|images|vid[ée]os|fichiers|cas|auteurs|d[ée]linquants|contenus|m[ée]nages|[ée]coles|entreprises|appels|[ée]l[èe]ves|[ée]tudiant(?:e?s)|femmes|hommes|population)${WE}`,
	of: String.raw`(?:(?:des|de|du)${WE}|d['’])(?:\s*(?:(?:la|les|ces)${WE}|l['’]))?\s*`,
	verb: String.raw`(?:ont|avaient|avait|a|sont|[ée]taient|disposent|disposaient|poss[èe]dent|d[ée]clarent|signalent|utilisent|utilisaient|manquent)${WE}`,
	share: FR_FRACTION,
	shareArticle: String.raw`(?:la|les|l['’]|une?)`,
	notShare: String.raw`(?:premi[èe]re|seconde|deuxi[èe]me|derni[èe]re|autre)`,
	most: String.raw`${WS}(?:la\s+)?(plupart)\s+(?:des|de\s+ces)\s+(?:\p{L}+\s+)?UNIT|${WS}(?:la|une)\s+(?:large\s+|grande\s+|vaste\s+)?(majorit[ée])\s+(?:des|de|d['’])|${WS}(?:une\s+)?(minorit[ée])\s+(?:des|de|d['’])`,
	all: String.raw`(?<!${WS}(?:de|parmi)\s+)${WS}(?:(presque|quasiment|pratiquement|pas|non)\s+)?(?:tous|toutes)\s+les\s+(?:(NUM)\s+)?UNIT|${WS}la\s+(quasi[-\s]totalit[ée]|totalit[ée])\s+des\s+(?:(NUM)\s+)?UNIT|${WS}l['’](ensemble)\s+des\s+(?:(NUM)\s+)?UNIT`,
	almostAll: /^(?:presque|quasiment|pratiquement|quasi[-\s]totalit[ée])$/i,
	notAll: /^(?:pas|non)$/i,
	only: String.raw`${WS}(?:seuls?|seulement|uniquement)\s+(NUM)(?=\s+VERB)`,
	denominator: String.raw`${WS}(?:des|sur\s+les|parmi\s+les|dans\s+les|de\s+ces|parmi\s+ces|(?:de|sur)\s+l['’]ensemble\s+des)\s+(NUM)\s+UNIT`
};

const ES: Lexicon = {
	cardinal: ES_CARDINAL,
	parse: parseEsNumber,
	one: /^(?:un|uno|una)$/i,
	qualifiers: [
		[
			String.raw`poco\s+m[áa]s\s+de(?:l)?|algo\s+m[áa]s\s+de(?:l)?|mucho\s+m[áa]s\s+de(?:l)?|m[áa]s\s+de(?:l)?|por\s+encima\s+de(?:l)?`,
			'over'
		],
		[String.raw`al\s+menos|por\s+lo\s+menos|no\s+menos\s+de(?:l)?|como\s+m[íi]nimo`, 'at-least'],
		[String.raw`poco\s+menos\s+de(?:l)?|casi|cerca\s+de(?:l)?|pr[áa]cticamente`, 'almost'],
		[String.raw`alrededor\s+de(?:l)?|aproximadamente|unos|unas|en\s+torno\s+a(?:l)?`, 'about'],
		[String.raw`menos\s+de(?:l)?|por\s+debajo\s+de(?:l)?`, 'under']
	],
	article: String.raw`(?:el|la|los|las)`,
	percent: String.raw`%|por\s*ciento${WE}|por\s*cien${WE}`,
	outOf: String.raw`(?:(de\s+cada|de)(?:\s+(?:los|las|estos|estas|esos|esas))?)`,
	ratio: /^de\s+cada$/i,
	unit: String.raw`(?:pa[íi]s(?:es)?|estados?|gobiernos?|jurisdicci(?:ón|on|ones)|encuestados|econom[íi]as?|naci(?:ón|on|ones)|l[íi]neas\s+(?:de\s+ayuda|de\s+denuncia|directas))${WE}`,
	between: String.raw`(?:otros|nuevos)`,
	otherNouns: String.raw`(?:ni[ñn](?:o|a|os|as)|chic(?:os|as)|v[íi]ctimas|supervivientes|sobrevivientes|usuari(?:os|as)|internautas|personas|adult(?:os|as)|j[óo]venes|adolescentes|padres|madres|docentes|maestr(?:os|as)|denuncias|reportes|im[áa]genes|v[íi]deos|archivos|casos|agresores|delincuentes|contenidos|hogares|escuelas|empresas|llamadas|estudiantes|alumn(?:os|as)|mujeres|hombres|poblaci[óo]n)${WE}`,
	of: String.raw`(?:de|del)${WE}(?:\s+(?:los|las|la|el|estos|estas)${WE})?\s*`,
	verb: String.raw`(?:tienen|ten[íi]an|tiene|son|eran|cuentan|contaban|disponen|dispon[íi]an|informan|informaron|declaran|declararon|utilizan|utilizaron|usan|usaron|carecen|han)${WE}`,
	share: ES_FRACTION,
	shareArticle: String.raw`(?:la|las|el|los|un|una)`,
	notShare: String.raw`(?:primera|segunda|[úu]ltima|otra)`,
	most: String.raw`${WS}(?:la\s+)?(?:gran\s+)?(mayor[íi]a|mayor\s+parte)\s+de(?:\s+(?:los|las|estos|estas))?${WE}(?!\s+edad${WE})|${WS}(?:una\s+)?(minor[íi]a)\s+de${WE}`,
	all: String.raw`(?<!${WS}(?:de|entre)\s+)${WS}(?:(casi|pr[áa]cticamente|no)\s+)?(?:todos|todas)\s+(?:los|las)\s+(?:(NUM)\s+)?UNIT|${WS}la\s+(casi\s+totalidad|totalidad)\s+de\s+(?:los|las)\s+(?:(NUM)\s+)?UNIT`,
	almostAll: /^(?:casi|pr[áa]cticamente|casi\s+totalidad)$/i,
	notAll: /^no$/i,
	only: String.raw`${WS}(?:solo|s[óo]lo|solamente|[úu]nicamente)\s+(NUM)(?=\s+VERB)`,
	denominator: String.raw`${WS}(?:de|entre|en)\s+(?:los|las|estos|estas|esos|esas)\s+(NUM)\s+UNIT`
};

interface Compiled {
	lex: Lexicon;
	qualifiers: [RegExp, Qualifier][];
	pct: RegExp;
	outOf: RegExp;
	share: RegExp;
	most: RegExp;
	all: RegExp;
	count: RegExp;
	only: RegExp;
	unitAnywhere: RegExp;
	denominator: RegExp;
	ofOther: RegExp;
	directOther: RegExp;
}

function compile(lex: Lexicon): Compiled {
	const num = String.raw`(?:(?<![\p{L}\d.,])${DIGITS_DECIMAL}(?!\d|[.,]\d)|${WS}${lex.cardinal}${WE})`;
	const wholeNum = String.raw`(?:(?<![\p{L}\d.,])\d{1,3}(?![\d,]|\.\d)|${WS}${lex.cardinal}${WE})`;
	const qualifier = String.raw`(?:${WS}(${lex.qualifiers.map(([s]) => s).join('|')})(?:(?<=['’])|\s+)(?:${lex.article}\s+)?)?`;
	const unit = String.raw`(?:${lex.between}\s+)?${lex.unit}`;
	const sub = (s: string) =>
		s.replaceAll('NUM', wholeNum).replaceAll('UNIT', unit).replaceAll('VERB', lex.verb);
	const base = String.raw`((?<![\d.,])\d{4,6}(?![\d,]|\.\d)|${wholeNum})`;
	const flags = 'giu';
	return {
		lex,
		qualifiers: lex.qualifiers.map(([s, q]) => [new RegExp(`^(?:${s})$`, 'iu'), q]),
		pct: new RegExp(String.raw`${qualifier}(${num})\s*(?:${lex.percent})`, flags),
		outOf: new RegExp(
			String.raw`${qualifier}(${wholeNum})\s+(?:(${lex.unit}|${lex.otherNouns})\s+)?${lex.outOf}\s+${base}(?!\s*(?:${lex.percent}))`,
			flags
		),
		share: new RegExp(
			String.raw`(?<!${lex.notShare}\s+)${qualifier}(?:${lex.shareArticle}\s+)?(${lex.share})${WE}(?=\s*[([]|\s*(?:${lex.of}|${lex.verb}|${unit}))`,
			flags
		),
		most: new RegExp(sub(lex.most), flags),
		all: new RegExp(sub(lex.all), flags),
		count: new RegExp(String.raw`${qualifier}(${wholeNum})\s+${unit}`, flags),
		only: new RegExp(sub(lex.only), flags),
		unitAnywhere: new RegExp(lex.unit, 'iu'),
		denominator: new RegExp(sub(lex.denominator), flags),
		ofOther: new RegExp(
			String.raw`^\s*${lex.of}(?:(?!${lex.unit})\p{L}[\p{L}'’-]*\s+){0,2}?(${lex.otherNouns})`,
			'iu'
		),
		directOther: new RegExp(String.raw`^\s+(${lex.otherNouns})`, 'iu')
	};
}

const LANGUAGES = [compile(FR), compile(ES)];

function qualifierOf(c: Compiled, raw: string | undefined): Qualifier {
	if (!raw) return 'exact';
	const s = raw.replace(/\s+/g, ' ');
	for (const [re, q] of c.qualifiers) if (re.test(s)) return q;
	return 'exact';
}

/** A share of people or things ("76 % des enfants", "la mitad de los niños"): the noun, or undefined. */
export function otherBaseAfterFrEs(
	sentence: string,
	end: number,
	direct: boolean
): string | undefined {
	const tail = sentence.slice(end, end + 80);
	for (const c of LANGUAGES) {
		const m = c.ofOther.exec(tail) ?? (direct ? c.directOther.exec(tail) : null);
		if (m) return m[1].toLowerCase().replace(/\s+/g, ' ');
	}
	return undefined;
}

function each(re: RegExp, s: string, fn: (m: RegExpExecArray) => void) {
	re.lastIndex = 0;
	for (let m = re.exec(s); m; m = re.exec(s)) {
		if (m[0].length === 0) re.lastIndex++;
		else fn(m);
	}
}

/** The phrase a share's words are kept under, as in claims.ts (`sharePhrase`). */
type SharePhrase = (q: Qualifier, core: string) => string;

/**
 * French and Spanish claims in a sentence, in claims.ts' shape. `splitGluedBase` and `sharePhrase`
 * come from claims.ts so one rule stays in one place.
 */
export function claimsFrEs(
	sentence: string,
	glue: GlueRecord,
	splitGluedBase: (digits: string, count: number, glue: GlueRecord) => number,
	sharePhrase: SharePhrase,
	otherBaseAfter: (sentence: string, end: number, direct: boolean) => string | undefined
): FoundFrEs[] {
	const found: FoundFrEs[] = [];
	const claim = (f: Omit<FoundFrEs, 'decimals' | 'base' | 'phrase'> & Partial<FoundFrEs>) =>
		found.push({ decimals: 0, base: null, phrase: null, ...f });
	for (const c of LANGUAGES) {
		const { lex } = c;
		each(c.pct, sentence, (m) => {
			const value = lex.parse(m[2]);
			if (!(value >= 0 && value <= 100)) return;
			const end = m.index + m[0].length;
			claim({
				start: m.index,
				end,
				kind: 'pct',
				qualifier: qualifierOf(c, m[1]),
				value,
				decimals: decimalsOfFrEs(m[2]),
				priority: 3,
				otherBase: otherBaseAfter(sentence, end, false)
			});
		});

		each(c.outOf, sentence, (m) => {
			const [, q, rawValue, noun, connector, rawBase] = m;
			const value = lex.parse(rawValue);
			const glued = /^\d{4,}$/.test(rawBase);
			const base = glued ? splitGluedBase(rawBase, value, glue) : lex.parse(rawBase);
			if (!(value >= 0) || !(base > 0) || value > base) return;
			if (!Number.isInteger(value) || !Number.isInteger(base)) return;
			const end = m.index + m[0].length - (glued ? rawBase.length - String(base).length : 0);
			const nounIsUnit = noun !== undefined && c.unitAnywhere.test(noun);
			const nounOther = noun !== undefined && !nounIsUnit ? noun.toLowerCase() : undefined;
			if (lex.ratio.test(connector.replace(/\s+/g, ' ')) && (base <= 10 || base === 100)) {
				// "un pays sur cinq", "nueve de cada diez": a ratio, like "nine in ten".
				if (!(base >= 2) || !(value >= 1) || value >= base) return;
				claim({
					start: m.index,
					end,
					kind: 'words',
					qualifier: qualifierOf(c, q),
					value: (100 * value) / base,
					phrase: sharePhrase(qualifierOf(c, q), `${value} in ${base}`),
					priority: 3,
					otherBase: nounOther ?? otherBaseAfter(sentence, end, true)
				});
				return;
			}
			// "N de cada 42" is no claim; "un des 42 pays", "uno de los 42 países" are idioms.
			if (/cada/i.test(connector)) return;
			if (lex.one.test(rawValue) && !q && !lex.ratio.test(connector)) return;
			claim({
				start: m.index,
				end,
				kind: 'fraction',
				qualifier: qualifierOf(c, q),
				value,
				base,
				priority: 4,
				otherBase: nounOther
			});
		});

		each(c.share, sentence, (m) => {
			const share = parseShare(m[2]);
			if (!share) return;
			const end = m.index + m[0].length;
			const q = qualifierOf(c, m[1]);
			claim({
				start: m.index,
				end,
				kind: 'words',
				qualifier: q,
				value: share.value,
				phrase: sharePhrase(q, share.english),
				priority: 2,
				otherBase: otherBaseAfter(sentence, end, false)
			});
		});

		each(c.most, sentence, (m) => {
			const minority = /minor/i.test(m[0]);
			claim({
				start: m.index,
				end: m.index + m[0].length,
				kind: 'words',
				qualifier: minority ? 'under' : 'over',
				value: 50,
				phrase: minority ? 'minority' : 'most',
				priority: 1
			});
		});

		each(c.all, sentence, (m) => {
			const mod = (m[1] ?? m[3] ?? '').replace(/\s+/g, ' ');
			const rawN = m[2] ?? m[4] ?? m[6];
			const start = m.index;
			const end = m.index + m[0].length;
			if (lex.notAll.test(mod))
				return claim({
					start,
					end,
					kind: 'words',
					qualifier: 'under',
					value: 100,
					phrase: 'not all',
					priority: 1
				});
			if (lex.almostAll.test(mod))
				return claim({
					start,
					end,
					kind: 'words',
					qualifier: 'almost',
					value: 100,
					phrase: 'almost all',
					priority: 1
				});
			if (rawN) {
				const n = lex.parse(rawN);
				if (!(n > 0) || !Number.isInteger(n)) return;
				return claim({
					start,
					end,
					kind: 'fraction',
					qualifier: 'exact',
					value: n,
					base: n,
					priority: 4
				});
			}
			claim({
				start,
				end,
				kind: 'words',
				qualifier: 'exact',
				value: 100,
				phrase: 'all',
				priority: 1
			});
		});

		if (c.unitAnywhere.test(sentence))
			each(c.only, sentence, (m) => {
				const value = lex.parse(m[1]);
				if (!(value >= 0) || !Number.isInteger(value)) return;
				const at = m.index + m[0].length - m[1].length;
				claim({
					start: at,
					end: at + m[1].length,
					kind: 'count',
					qualifier: 'exact',
					value,
					priority: 0
				});
			});

		each(c.count, sentence, (m) => {
			if (lex.one.test(m[2])) return; // "un pays" is an example, not a count
			const value = lex.parse(m[2]);
			if (!(value >= 0) || !Number.isInteger(value)) return;
			claim({
				start: m.index,
				end: m.index + m[0].length,
				kind: 'count',
				qualifier: qualifierOf(c, m[1]),
				value,
				priority: 0
			});
		});
	}
	return found;
}

/** Bases stated in French or Spanish ("des 42 pays", "de los 42 países"): number and span. */
export function denominatorsFrEs(sentence: string): { n: number; start: number; end: number }[] {
	const out: { n: number; start: number; end: number }[] = [];
	for (const c of LANGUAGES)
		each(c.denominator, sentence, (m) =>
			out.push({ n: c.lex.parse(m[1]), start: m.index, end: m.index + m[0].length })
		);
	return out;
}

/** "de tous les pays", "chaque pays", "de todos los países", "cada país". */
export const ALL_COUNTRIES_FR_ES = new RegExp(
	String.raw`${WS}(?:(?:de|parmi)\s+tous\s+les\s+pays|chaque\s+pays|(?:de|entre)\s+todos\s+los\s+pa[íi]ses|cada\s+pa[íi]s)${WE}`,
	'iu'
);

/** "dans le monde", "à l'échelle mondiale", "en el mundo", "a nivel mundial". */
export const WORLDWIDE_FR_ES = new RegExp(
	String.raw`${WS}(?:dans\s+le\s+monde|[àa]\s+l['’][ée]chelle\s+(?:mondiale|du\s+globe)|au\s+niveau\s+mondial|[àa]\s+travers\s+le\s+monde|du\s+monde\s+entier|dans\s+le\s+monde\s+entier|mondialement|en\s+el\s+mundo|a\s+nivel\s+mundial|en\s+todo\s+el\s+mundo|del\s+mundo|mundialmente)${WE}`,
	'iu'
);

/** Words that turn a claim to the "without" side, in French and Spanish. */
export const NEGATION_FR_ES = new RegExp(
	String.raw`${WS}(?:pas|aucune?|sans|jamais|non|manquent|manque|d[ée]pourvu(?:e?s)?|absence|sin|ning[úu]n|ninguna|ninguno|nunca|carecen|carece|carec[íi]an|faltan?|ausencia)${WE}`,
	'iu'
);

/** Phrases that contain a negation word but do not negate. */
export const NOT_NEGATION_FR_ES = new RegExp(
	String.raw`${WS}(?:pas\s+moins\s+d(?:e|['’])|non\s+seulement|sans\s+doute|no\s+s[óo]lo|no\s+solamente|no\s+menos\s+de|sin\s+duda)`,
	'giu'
);

/** Conjunctions that end a clause, in French and Spanish (see CLAUSE_BREAK in claims.ts). */
export const CLAUSE_BREAK_FR_ES = String.raw`${WS}(?:et|mais|tandis\s+que|alors\s+que|bien\s+que|contre|y|pero|mientras\s+que|aunque|frente\s+a|en\s+comparaci[óo]n\s+con|par\s+rapport\s+(?:[àa]|aux?))${WE}`;

/** Words that end a negation's reach ("but", "while"…), in French and Spanish. */
export const NEGATION_STOP_FR_ES = String.raw`${WS}(?:mais|tandis|alors\s+que|pero|mientras|aunque)${WE}`;

/** "il n'y a pas de … dans 28 pays", "no hay … en 28 países". */
export const THERE_IS_NO_FR_ES = new RegExp(
	String.raw`${WS}(?:il\s+n['’]y\s+(?:a|avait)\s+(?:pas|aucune?)|no\s+(?:hay|hab[íi]a|existe|existen|exist[íi]a))${WE}`,
	'iu'
);
