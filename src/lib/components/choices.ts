// The choices of a SelectControl: a value for the URL and the text a reader sees.

export interface Choice {
	value: string;
	text: string;
}

/** Choices from a record of value → text (its order is the order shown). */
export const choicesOf = (labels: Record<string, string>): Choice[] =>
	Object.entries(labels).map(([value, text]) => ({ value, text }));

/** The no-setting choice ("All domains", "Any" ...), first in a list of optional settings. */
export const noSetting = (text: string): Choice => ({ value: '', text });
