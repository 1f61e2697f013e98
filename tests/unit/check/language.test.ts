// Which sentences take the French and Spanish rules (src/lib/check/language.ts). Those rules are
// Unicode-aware expressions many times slower than the English ones: before the split, checking
// the benchmark's 100,000 English characters took 14 times longer on this machine. So English text
// must never reach them, and French or Spanish text must always.
//
// English sentences: the review's own, raw from the source text (review-corpus.generated.ts).
// French and Spanish sentences: the review's sentences translated (as in fr-es.test.ts), and the
// same written as people type them, without accents.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDataset, type CompiledDataset } from '../../../src/lib/check/check';
import { mayBeFrenchOrSpanish } from '../../../src/lib/check/language';
import { REVIEW_CORPUS } from './review-corpus.generated';
import { runCheck } from './runCheck';
import { checkDataset } from './dataset';

const REVIEW_SENTENCES = [...new Set(REVIEW_CORPUS.map((e) => e.raw))];

const FRENCH_SPANISH = [
	'Plus des trois quarts des pays étudiés (76 %, 32 sur 42) disposent d’un ou de plusieurs mécanismes nationaux de gouvernance interministériels ou multipartites.',
	'Más de tres cuartas partes de los países encuestados (76 %, 32 de 42) cuentan con uno.',
	// No accent, no "%": the function words alone.
	'Trente pays ont une ligne d ecoute pour enfants.',
	'32 de 42 paises tienen una linea de denuncia.',
	// A bare figure written the French way: narrow no-break space, decimal comma.
	'76\u202f%',
	'76,2 %'
];

describe('mayBeFrenchOrSpanish', () => {
	it('is false for every sentence of the review the corpus holds', () => {
		expect(REVIEW_SENTENCES.length).toBeGreaterThan(50);
		expect(REVIEW_SENTENCES.filter(mayBeFrenchOrSpanish)).toEqual([]);
	});

	it('is false for English naming El Salvador', () => {
		expect(mayBeFrenchOrSpanish('Colombia, El Salvador and Ghana have hotlines.')).toBe(false);
	});

	it.each(FRENCH_SPANISH)('is true for %s', (s) => {
		expect(mayBeFrenchOrSpanish(s)).toBe(true);
	});
});

describe('the French and Spanish topic phrases', () => {
	let compiled: CompiledDataset;
	beforeAll(async () => {
		compiled = compileDataset(await checkDataset());
	}, 60_000);

	it('are never compiled for English text', () => {
		const topics = {
			...compiled.topics,
			allGroups: () => {
				throw new Error('French and Spanish phrases compiled for English text');
			}
		};
		const result = runCheck(REVIEW_SENTENCES.join('\n\n'), { ...compiled, topics });
		expect(result.figures.length).toBeGreaterThan(50);
	});

	it('are used for French and Spanish text', () => {
		let asked = 0;
		const topics = {
			...compiled.topics,
			allGroups: () => (asked++, compiled.topics.allGroups())
		};
		const [fr] = runCheck(FRENCH_SPANISH[0], { ...compiled, topics }).figures;
		expect(fr.indicatorId).toBe('c01-governance-mechanism');
		expect(asked).toBeGreaterThan(0);
	});
});
