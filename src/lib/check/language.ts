/**
 * Which rules a sentence needs: the English ones always, the French and Spanish ones only where
 * the sentence may be in French or Spanish. The French and Spanish patterns treat accented
 * letters as letters, which needs Unicode-aware expressions (flag `u`, `\p{L}` look-arounds);
 * those are many times slower to compile and run than the English `\b` ones, so an English text
 * must never pay for them.
 *
 * The test is deliberately generous: a sentence with any accented letter, French spacing before
 * "%", a decimal comma, or a common French or Spanish word takes both rule sets. An English
 * sentence that trips it ("de facto", "Côte d'Ivoire") is only checked more slowly, never
 * differently, because the English rules run on every sentence.
 */

/**
 * Marks of French or Spanish: an accented Latin letter or «»¿¡; a space (any kind) between a
 * number and "%"; a decimal comma before "%"; or a short function word or "pays"/"países" those
 * languages use in nearly every sentence about countries. Not `u`, not look-behind: this runs on
 * every sentence of every text.
 */
const FRENCH_OR_SPANISH =
	/[À-ÖØ-öø-ÿ«»¿¡]|\d[\s\u00a0\u202f]+%|\d,\d{1,2}\s*%|\b(?:des|les|pays|paises|sur|sont|ont|une|dans|est|aux|du|le|la|de|los|las|el(?!\s+Salvador)|del|una|tiene|tienen|que|con|por|y)\b/i;

/** May this sentence be French or Spanish (so the French and Spanish rules must run on it)? */
export function mayBeFrenchOrSpanish(sentence: string): boolean {
	return FRENCH_OR_SPANISH.test(sentence);
}
