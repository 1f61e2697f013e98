// Access to the source documents (../shared/sources by default, MNR_SOURCES to override),
// with the normalisation every text check uses: one space for any run of white space
// (line breaks split figures such as "54\nper cent"), straight quotes, and lower case.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const sourcesDir = (): string => resolve(process.env.MNR_SOURCES ?? '../shared/sources');
export const sourcesPresent = (): boolean =>
	existsSync(join(sourcesDir(), 'framing-the-future-2022.txt'));

const cache = new Map<string, string[]>();

/** The lines of a source file (index 0 is line 1). */
export function sourceLines(file: string): string[] {
	if (!cache.has(file)) cache.set(file, readFileSync(join(sourcesDir(), file), 'utf8').split('\n'));
	return cache.get(file)!;
}

export function normalise(text: string): string {
	return text
		.replace(/[\u2018\u2019\u2032]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/[\u2013\u2014]/g, '-')
		.replace(/\s+/g, ' ')
		.toLowerCase()
		// A word hyphenated across a line break ("two-\nthirds") reads as one word.
		.replace(/(?<=[a-z])- (?=[a-z])/g, '-');
}

/** Normalised text of lines from..to (1-based, inclusive). */
export function sourceText(file: string, from: number, to: number): string {
	return normalise(sourceLines(file).slice(from - 1, to).join(' '));
}
