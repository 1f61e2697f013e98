/**
 * What a claim is about. Every topic phrase (capability names from the dataset plus the curated
 * synonyms) is compiled into one regular expression, longest phrases first, so "law enforcement"
 * wins over "law" and each stretch of text counts once. A claim's score for an indicator is the sum
 * of the weights of the distinct phrases in the claim's own clause that point at it.
 *
 * Two indexes: the English phrases as plain `\b` expressions, tried on every sentence; and every
 * phrase, French and Spanish included, as Unicode-aware expressions (accented letters are letters,
 * accents optional), compiled on first use and tried only on sentences that may be French or
 * Spanish (language.ts). The Unicode ones are many times slower; English text never pays for them.
 */
import type { CheckIndicator } from './types';
import {
	CAPABILITY_PHRASES,
	INDICATOR_PHRASES,
	MNR_USE_PHRASES,
	POPULATION_NEUTRAL,
	POPULATION_PHRASES,
	WEIGHT
} from './synonyms';
import {
	CAPABILITY_PHRASES_FR_ES,
	INDICATOR_PHRASES_FR_ES,
	MNR_USE_PHRASES_FR_ES,
	POPULATION_PHRASES_FR_ES
} from './synonymsFrEs';
import { foldAccents } from './numbersFrEs';
import { mayBeFrenchOrSpanish } from './language';

type Target =
	| { kind: 'indicator'; id: string; weight: number }
	| { kind: 'capability'; id: number; weight: number }
	| { kind: 'mnr-use'; weight: number }
	| { kind: 'population'; id: PopulationCue };

export type PopulationCue = keyof typeof POPULATION_PHRASES;

interface PhraseEntry {
	phrase: string;
	targets: Target[];
}

export interface PhraseHit {
	start: number;
	end: number;
	entry: PhraseEntry;
}

/** Phrases sharing the first letters of their first word, tried together at a word start. */
interface PhraseGroup {
	regex: RegExp;
	/** Entry for capture group i + 1. */
	entries: PhraseEntry[];
}

/** Phrase groups keyed by the first (up to) three letters of a phrase's first word. */
type PhraseGroups = Map<string, PhraseGroup>;

export interface TopicIndex {
	/** The English phrases. */
	groups: PhraseGroups;
	/** Every phrase, French and Spanish included (compiled on the first call). */
	allGroups: () => PhraseGroups;
	indicators: CheckIndicator[];
	byId: Map<string, CheckIndicator>;
	byCapability: Map<number, CheckIndicator[]>;
	mnrUse: CheckIndicator[];
}

const KEY_LENGTH = 3;
const keyOf = (word: string) => word.slice(0, KEY_LENGTH).toLowerCase();
/** A word's first letters, accents folded, so "législation" and "legislation" share a group. */
const foldedKeyOf = (word: string) =>
	foldAccents(word.slice(0, KEY_LENGTH + 1).toLowerCase()).slice(0, KEY_LENGTH);

/** A letter with its accent optional: writers of French and Spanish often leave accents out. */
const ACCENTED: Record<string, string> = {
	à: '[àa]',
	â: '[âa]',
	á: '[áa]',
	ç: '[çc]',
	é: '[ée]',
	è: '[èe]',
	ê: '[êe]',
	ë: '[ëe]',
	í: '[íi]',
	î: '[îi]',
	ï: '[ïi]',
	ñ: '[ñn]',
	ó: '[óo]',
	ô: '[ôo]',
	ú: '[úu]',
	ù: '[ùu]',
	û: '[ûu]',
	ü: '[üu]'
};

/** Not inside a word; accented letters are letters (unlike `\b`). */
const OPEN = '(?<![\\p{L}\\p{N}])';
const CLOSE = '(?![\\p{L}\\p{N}])';

/**
 * Regex source for a phrase (see the syntax note in synonyms.ts). `unicode`: for an expression
 * with flag `u`, where accented letters are letters and match with or without their accent;
 * otherwise plain `\b` word edges, for English.
 */
export function phraseSource(phrase: string, unicode = true): string {
	const accents = unicode ? accentsOptional : (src: string) => src;
	const words = phrase
		.trim()
		.toLowerCase()
		.split(/[\s-]+/)
		.filter(Boolean);
	const parts = words.map((w, i) => {
		const last = i === words.length - 1;
		if (w.endsWith('*'))
			return (
				accents(escape(w.slice(0, -1)).replace(/i[sz]$/, 'i[sz]')) +
				(unicode ? "[\\p{L}’']*" : "[\\w’']*")
			);
		let src = accents(
			escape(w)
				.replace(/['’]/g, "['’]")
				.replace(/is(e|ation|ed|ing)$/, 'i[sz]$1')
		);
		if (last && w.length > 2 && /^\p{L}+$/u.test(w)) src = withNumber(w, src);
		return src;
	});
	const body = parts.join('[\\s-]+');
	const open = /^\p{L}|^\d/u.test(words[0]) ? (unicode ? OPEN : '\\b') : '';
	const close =
		/[\p{L}\d]$/u.test(phrase.trim()) || phrase.trim().endsWith('*')
			? unicode
				? CLOSE
				: '\\b'
			: '';
	return `${open}${body}${close}`;
}

/**
 * The last word of a phrase with its plural (or, for a plural, its singular too): English
 * "hotline(s)", "polic(y|ies)"; French "juge(s)"; Spanish "acción/acciones", "nacional(es)".
 */
function withNumber(w: string, src: string): string {
	if (/ón$/.test(w)) return accentsOptional(escape(w.slice(0, -2))) + '(?:[óo]n|ones)';
	if (/[^aeiou]y$/.test(w)) return src.slice(0, -1) + '(?:y|ies)';
	if (/[^s]s$/.test(w) && w.length > 3) return src.slice(0, -1) + 's?';
	if (/(?:s|x|ch|sh)$/.test(w)) return src + '(?:es)?';
	if (/[lrnd]$/.test(w)) return src + '(?:e?s)?';
	return src + 's?';
}

function accentsOptional(src: string): string {
	return src.replace(/[àâáçéèêëíîïñóôúùûü]/g, (ch) => ACCENTED[ch]);
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A capability's name as a phrase: "Corporate responsibility (CSR)" → "corporate responsibility". */
function namePhrase(name: string): string {
	return name
		.replace(/\([^)]*\)/g, '')
		.replace(/[,]/g, ' ')
		.trim()
		.toLowerCase();
}

/** Which phrase lists an index is built from. */
type Languages = 'en' | 'en-fr-es';

/** Every topic phrase with what it points at, from the English lists or from all three languages. */
function topicPhrases(indicators: CheckIndicator[], languages: Languages): PhraseEntry[] {
	const all = languages === 'en-fr-es';
	const byPhrase = new Map<string, PhraseEntry>();
	const seen = new Set<string>();
	const add = (phrase: string, target: Target) => {
		const key = phrase
			.trim()
			.toLowerCase()
			.replace(/[\s-]+/g, ' ');
		if (!key) return;
		// A word both languages use ("participation", "prison") counts once for a target.
		const once = `${key}\u0000${target.kind}\u0000${'id' in target ? target.id : ''}`;
		if (seen.has(once)) return;
		seen.add(once);
		let entry = byPhrase.get(key);
		if (!entry) byPhrase.set(key, (entry = { phrase: key, targets: [] }));
		entry.targets.push(target);
	};

	const capabilityNames = new Map<number, Set<string>>();
	for (const ind of indicators) {
		if (ind.capability_id === null) continue;
		const names = capabilityNames.get(ind.capability_id) ?? new Set<string>();
		if (ind.capability_name) names.add(namePhrase(ind.capability_name));
		if (ind.capability_short_name) names.add(namePhrase(ind.capability_short_name));
		if (all)
			for (const n of ind.capability_translated_names?.split('|') ?? []) names.add(namePhrase(n));
		capabilityNames.set(ind.capability_id, names);
	}
	for (const [id, names] of capabilityNames)
		for (const p of new Set([
			...names,
			...(CAPABILITY_PHRASES[id] ?? []),
			...((all && CAPABILITY_PHRASES_FR_ES[id]) || [])
		]))
			add(p, { kind: 'capability', id, weight: WEIGHT.capability });
	const known = new Set(indicators.map((i) => i.indicator_id));
	const indicatorPhrases = new Map<string, string[]>();
	for (const table of all ? [INDICATOR_PHRASES, INDICATOR_PHRASES_FR_ES] : [INDICATOR_PHRASES])
		for (const [id, phrases] of Object.entries(table))
			indicatorPhrases.set(id, [...(indicatorPhrases.get(id) ?? []), ...phrases]);
	for (const [id, phrases] of indicatorPhrases) {
		if (!known.has(id)) continue;
		// The sample's own make-up (income groups, regions) is named in passing far more often than
		// it is the topic ("17 countries (primarily high-income)"): weak evidence on its own.
		const weight = /^x-(countries-reviewed|income-|region-)/.test(id)
			? WEIGHT.weak
			: WEIGHT.indicator;
		for (const p of phrases) add(p, { kind: 'indicator', id, weight });
	}
	for (const p of all ? [...MNR_USE_PHRASES, ...MNR_USE_PHRASES_FR_ES] : MNR_USE_PHRASES)
		add(p, { kind: 'mnr-use', weight: WEIGHT.weak });
	for (const table of all ? [POPULATION_PHRASES, POPULATION_PHRASES_FR_ES] : [POPULATION_PHRASES])
		for (const [id, phrases] of Object.entries(table))
			for (const p of phrases) add(p, { kind: 'population', id: id as PopulationCue });
	return [...byPhrase.values()];
}

/** The phrases grouped by their first letters, each group one sticky expression. */
function phraseGroups(entries: PhraseEntry[], languages: Languages): PhraseGroups {
	const unicode = languages === 'en-fr-es';
	const key = unicode ? foldedKeyOf : keyOf;
	const byKey = new Map<string, PhraseEntry[]>();
	for (const e of entries) {
		const k = key(e.phrase.split(' ')[0].replace(/\*$/, ''));
		byKey.set(k, [...(byKey.get(k) ?? []), e]);
	}
	const groups: PhraseGroups = new Map();
	for (const [k, list] of byKey) {
		// Longest first, so "law enforcement" is tried before "law".
		const sorted = list.sort((a, b) => b.phrase.length - a.phrase.length);
		const source = sorted.map((e) => `(${phraseSource(e.phrase, unicode)})`).join('|');
		groups.set(k, { regex: new RegExp(source, unicode ? 'iuy' : 'iy'), entries: sorted });
	}
	return groups;
}

export function compileTopics(indicators: CheckIndicator[]): TopicIndex {
	let allGroups: PhraseGroups | undefined;
	const byCapability = new Map<number, CheckIndicator[]>();
	for (const ind of indicators)
		if (ind.capability_id !== null)
			byCapability.set(ind.capability_id, [...(byCapability.get(ind.capability_id) ?? []), ind]);
	return {
		groups: phraseGroups(topicPhrases(indicators, 'en'), 'en'),
		allGroups: () => (allGroups ??= phraseGroups(topicPhrases(indicators, 'en-fr-es'), 'en-fr-es')),
		indicators,
		byId: new Map(indicators.map((i) => [i.indicator_id, i])),
		byCapability,
		mnrUse: indicators.filter((i) => i.indicator_id.startsWith('x-mnr-used-'))
	};
}

const WORD_START = /[\p{L}\p{N}]+/gu;

/**
 * Topic phrases in text[start, end) (positions absolute; a sentence, so its language can be
 * told). One big alternation of every phrase is
 * slow (each position tries hundreds of branches); instead, at each word start only the phrases
 * whose first word shares its first letters are tried, as one sticky expression.
 */
export function findPhrases(
	index: TopicIndex,
	text: string,
	start: number,
	end: number
): PhraseHit[] {
	const hits: PhraseHit[] = [];
	const slice = text.slice(start, end);
	const frEs = mayBeFrenchOrSpanish(slice);
	const groups = frEs ? index.allGroups() : index.groups;
	const key = frEs ? foldedKeyOf : keyOf;
	WORD_START.lastIndex = 0;
	for (let w = WORD_START.exec(slice); w; w = WORD_START.exec(slice)) {
		const group = groups.get(key(w[0]));
		if (!group) continue;
		group.regex.lastIndex = w.index;
		const m = group.regex.exec(slice);
		if (!m || m[0].length === 0) continue;
		let g = 1;
		while (m[g] === undefined) g++;
		const at = start + w.index;
		hits.push({ start: at, end: at + m[0].length, entry: group.entries[g - 1] });
		WORD_START.lastIndex = w.index + m[0].length;
	}
	return hits;
}

/** Population cues among phrase hits. */
export function populationCues(hits: PhraseHit[]): Set<PopulationCue> {
	const cues = new Set<PopulationCue>();
	for (const h of hits)
		for (const t of h.entry.targets) if (t.kind === 'population') cues.add(t.id);
	return cues;
}

/** Does a hit point at a topic (not only at a population)? */
export const isTopical = (h: PhraseHit) => h.entry.targets.some((t) => t.kind !== 'population');

/**
 * Topic score of each indicator for a set of phrase hits (each distinct phrase counts once).
 * Capability phrases count fully for the capability's top-level figures and half for its
 * breakdowns (a sub-figure such as "hotlines in INHOPE" needs its own words to be chosen), and
 * the capability's headline figure gets a small lead. Population words then move the score
 * towards the figure for the countries named.
 */
export function scoreIndicators(
	index: TopicIndex,
	hits: PhraseHit[],
	cues: Set<PopulationCue>,
	factor = 1
): Map<string, number> {
	const phrases = new Map<string, PhraseEntry>();
	for (const h of hits) phrases.set(h.entry.phrase, h.entry);
	const raw = new Map<CheckIndicator, number>();
	const add = (ind: CheckIndicator | undefined, w: number) => {
		if (ind) raw.set(ind, (raw.get(ind) ?? 0) + w);
	};
	for (const entry of phrases.values())
		for (const t of entry.targets) {
			if (t.kind === 'indicator') add(index.byId.get(t.id), t.weight);
			else if (t.kind === 'capability')
				for (const ind of index.byCapability.get(t.id) ?? [])
					add(ind, ind.parent_id === null ? t.weight : t.weight / 2);
			else if (t.kind === 'mnr-use') for (const ind of index.mnrUse) add(ind, t.weight);
		}
	const scores = new Map<string, number>();
	for (const [ind, sum] of raw) {
		let s = sum * factor;
		if (ind.headline) s += 0.5;
		if (!POPULATION_NEUTRAL.test(ind.indicator_id)) s += populationShift(ind.population, cues);
		if (s > 0) scores.set(ind.indicator_id, Math.round(s * 100) / 100);
	}
	return scores;
}

function populationShift(
	population: CheckIndicator['population'],
	cues: Set<PopulationCue>
): number {
	if (population === 'all') return cues.size ? -1 : 0;
	// The UNICEF-study countries are the review's low- and middle-income group.
	const named = cues.has(population) || (population === 'unicef' && cues.has('lmic'));
	if (named) return 2;
	return cues.size ? -3 : -1.5;
}
