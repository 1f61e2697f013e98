/**
 * Words for readers never carry the builders' vocabulary: line numbers of the text extraction, or
 * talk of extracting. One pattern serves the data validation, the page tests and the export tests.
 */

/** "line 420", "lines 1850-1898", "lines 3360–3365" and the words extract/extracted/extraction. */
export const BUILDER_TEXT = /\blines?\s+\d+(?:\s*[-–]\s*\d+)?\b|\bextract(?:s|ed|ion|ions|ing)?\b|\bmis-extracted\b/i;

/** The first builder's word or line range in a text, or null. */
export function builderTextIn(text: string): string | null {
	return BUILDER_TEXT.exec(text)?.[0] ?? null;
}

/** Sentences in a reader note: a stop, question or exclamation mark followed by a space and a capital, or the end. */
export function sentenceCount(text: string): number {
	return text.trim() ? (text.trim().match(/[.!?](?=\s+[A-Z‘'"(]|\s*$)/g) ?? []).length || 1 : 0;
}

/** Reader notes are at most this many sentences. */
export const READER_NOTE_SENTENCES = 2;

/** Columns shown to readers, per table: they may not hold builders' text. */
export const READER_TEXT_COLUMNS: Record<string, string[]> = {
	countries: ['note'],
	domains: ['summary'],
	capabilities: ['summary', 'why_needed'],
	framework_elements: ['summary'],
	indicators: ['label', 'note'],
	printings: ['note'],
	excluded_figures: ['reason'],
	mentions: ['summary', 'category'],
	terms: ['note'],
	survey_questions: ['text']
};

/** Reader notes (as opposed to summaries and labels), which are held to two sentences. */
export const READER_NOTE_COLUMNS: Record<string, string[]> = {
	indicators: ['note'],
	printings: ['note']
};
