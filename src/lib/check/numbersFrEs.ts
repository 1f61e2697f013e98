/**
 * Numbers written in French and Spanish, as the English side reads them (numbers.ts): cardinals up
 * to a hundred ("trente-deux", "soixante et onze", "cuarenta y dos", "veintidós"), numbers with a
 * decimal comma ("76,2") and the shares in words ("trois quarts", "la moitié", "dos tercios", "las
 * dos terceras partes"). Regex sources here are embedded in the French and Spanish claim patterns
 * (claimsFrEs.ts), which are compiled with the `u` flag.
 */

/** Not inside a word (accented letters count as letters, unlike `\b`). */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;

const FR_VALUES: Record<string, number> = {
	zéro: 0,
	un: 1,
	une: 1,
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	six: 6,
	sept: 7,
	huit: 8,
	neuf: 9,
	dix: 10,
	onze: 11,
	douze: 12,
	treize: 13,
	quatorze: 14,
	quinze: 15,
	seize: 16,
	vingt: 20,
	vingts: 20,
	trente: 30,
	quarante: 40,
	cinquante: 50,
	soixante: 60,
	cent: 100
};

const ES_VALUES: Record<string, number> = {
	cero: 0,
	un: 1,
	uno: 1,
	una: 1,
	dos: 2,
	tres: 3,
	cuatro: 4,
	cinco: 5,
	seis: 6,
	siete: 7,
	ocho: 8,
	nueve: 9,
	diez: 10,
	once: 11,
	doce: 12,
	trece: 13,
	catorce: 14,
	quince: 15,
	dieciséis: 16,
	diecisiete: 17,
	dieciocho: 18,
	diecinueve: 19,
	veinte: 20,
	veintiún: 21,
	veintiuno: 21,
	veintiuna: 21,
	veintidós: 22,
	veintitrés: 23,
	veinticuatro: 24,
	veinticinco: 25,
	veintiséis: 26,
	veintisiete: 27,
	veintiocho: 28,
	veintinueve: 29,
	treinta: 30,
	cuarenta: 40,
	cincuenta: 50,
	sesenta: 60,
	setenta: 70,
	ochenta: 80,
	noventa: 90,
	cien: 100
};

/** Writers often drop accents ("veintidos", "zero"): both spellings are read. */
export function foldAccents(s: string): string {
	return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** A regex alternative that accepts a word with or without its accents. */
function accentOptional(word: string): string {
	return [...word]
		.map((ch) => {
			const bare = foldAccents(ch);
			return bare === ch ? ch : `[${ch}${bare}]`;
		})
		.join('');
}

const FR_UNIT = 'une?|deux|trois|quatre|cinq|six|sept|huit|neuf';
const FR_TEEN = String.raw`dix[-\s]sept|dix[-\s]huit|dix[-\s]neuf|dix|onze|douze|treize|quatorze|quinze|seize`;
const FR_TENS = String.raw`quatre[-\s]vingts?|vingt|trente|quarante|cinquante|soixante`;

/**
 * A French cardinal: "trois", "dix-sept", "trente-deux", "vingt et un", "soixante-dix",
 * "quatre-vingt-dix", "cent" (and the 1990 spelling "trente-et-un").
 */
export const FR_CARDINAL = `(?:(?:${FR_TENS})(?:(?:[-\\s]et)?[-\\s](?:${FR_TEEN}|${FR_UNIT}))?|${FR_TEEN}|${FR_UNIT}|cent|z[ée]ro)`;

const esSingles = Object.keys(ES_VALUES)
	.sort((a, b) => b.length - a.length)
	.map(accentOptional)
	.join('|');

/** A Spanish cardinal: "dos", "dieciséis", "veintidós", "cuarenta y dos", "cien". */
export const ES_CARDINAL = `(?:(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\\s+y\\s+(?:uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)|${esSingles})`;

/**
 * A number in digits, with a decimal point or comma ("76.2", "76,2"). A comma is read as a decimal
 * only before one or two digits, so "32,000" is not taken for 32.
 */
export const DIGITS_DECIMAL = String.raw`\d{1,3}(?:[.,]\d{1,2})?`;

/** The value of a French number in digits or words; NaN when it is neither. */
export function parseFrNumber(raw: string): number {
	const s = raw.trim().toLowerCase();
	const digits = parseDigits(s);
	if (!Number.isNaN(digits)) return digits;
	const words = foldAccents(s)
		.replace(/[-\s]+et[-\s]+/g, ' ')
		.split(/[-\s]+/);
	let total = 0;
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		// "quatre-vingt(s)" is four twenties.
		if (w === 'quatre' && /^vingts?$/.test(words[i + 1] ?? '')) {
			total += 80;
			i++;
			continue;
		}
		const v = FR_VALUES[w] ?? FR_VALUES[w.replace(/^zero$/, 'zéro')];
		if (v === undefined) return NaN;
		total += v;
	}
	return words.length ? total : NaN;
}

/** The value of a Spanish number in digits or words; NaN when it is neither. */
export function parseEsNumber(raw: string): number {
	const s = raw.trim().toLowerCase();
	const digits = parseDigits(s);
	if (!Number.isNaN(digits)) return digits;
	const bare = new Map(Object.entries(ES_VALUES).map(([k, v]) => [foldAccents(k), v]));
	let total = 0;
	const words = foldAccents(s).split(/\s+y\s+/);
	for (const w of words) {
		const v = bare.get(w);
		if (v === undefined) return NaN;
		total += v;
	}
	return total;
}

function parseDigits(s: string): number {
	return /^\d+(?:[.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : NaN;
}

/** Decimal places written ("76,2" → 1). */
export function decimalsOfFrEs(raw: string): number {
	const m = /[.,](\d+)$/.exec(raw.trim());
	return m ? m[1].length : 0;
}

/**
 * Shares in words. The core is captured without its article; `parseShare` gives its value and the
 * English phrase the review's own wordings are kept under ("three-quarters", "two-thirds"), so a
 * French "plus des trois quarts" is judged like the review's "Over three-quarters".
 */
export const FR_FRACTION = String.raw`(?:moiti[ée]|(?:un|deux)\s+tiers|(?:un|trois)\s+quarts?|(?:un|deux|trois|quatre)\s+cinqui[èe]mes?|(?:un|trois|sept|neuf)\s+dixi[èe]mes?)`;
export const ES_FRACTION = String.raw`(?:mitad|(?:un|dos)\s+tercios?|(?:una|dos)\s+terceras?\s+partes?|tercera\s+parte|(?:un|tres)\s+cuartos?|(?:una|tres)\s+cuartas?\s+partes?|cuarta\s+parte|(?:un|dos|tres|cuatro)\s+quintos?|(?:una|dos|tres|cuatro)\s+quintas?\s+partes?|quinta\s+parte|(?:una|tres|siete|nueve)\s+d[ée]cimas?\s+partes?|d[ée]cima\s+parte)`;

const SHARE_NUMERATOR: Record<string, number> = {
	un: 1,
	una: 1,
	deux: 2,
	dos: 2,
	trois: 3,
	tres: 3,
	quatre: 4,
	cuatro: 4,
	sept: 7,
	siete: 7,
	neuf: 9,
	nueve: 9
};
const SHARE_DENOMINATOR: [RegExp, number][] = [
	[/^(?:tiers|tercios?|terceras?)$/, 3],
	[/^(?:quarts?|cuartos?|cuartas?)$/, 4],
	[/^(?:cinquiemes?|quintos?|quintas?)$/, 5],
	[/^(?:dixiemes?|decimas?)$/, 10]
];
const ENGLISH_NUMERATOR = [
	'',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine'
];
const ENGLISH_DENOMINATOR: Record<number, [string, string]> = {
	3: ['third', 'thirds'],
	4: ['quarter', 'quarters'],
	5: ['fifth', 'fifths'],
	10: ['tenth', 'tenths']
};

/** A French or Spanish share in words: its percentage and its English phrase, or null. */
export function parseShare(raw: string): { value: number; english: string } | null {
	const words = foldAccents(raw.trim().toLowerCase())
		.split(/\s+/)
		.filter((w) => !/^(?:parte|partes)$/.test(w));
	if (words.length === 1 && /^(?:moitie|mitad)$/.test(words[0]))
		return { value: 50, english: 'half' };
	// "la tercera parte" is one third.
	const [num, den] = words.length === 1 ? ['un', words[0]] : words;
	const numerator = SHARE_NUMERATOR[num];
	const denominator = SHARE_DENOMINATOR.find(([re]) => re.test(den))?.[1];
	if (numerator === undefined || denominator === undefined || numerator >= denominator) return null;
	const [one, many] = ENGLISH_DENOMINATOR[denominator];
	return {
		value: (100 * numerator) / denominator,
		english: `${ENGLISH_NUMERATOR[numerator]} ${numerator === 1 ? one : many}`
	};
}
