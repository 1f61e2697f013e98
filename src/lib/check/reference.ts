/**
 * Where a reader finds a figure in the published review: the section, figure, table or box as
 * the dataset names it, without the line numbers (those locate the text extraction, which a reader
 * does not have). The one place that turns a figure into its reader reference, so it can move to
 * the dataset's reader-reference columns when they arrive.
 */
import { parseSourceRef, PRIMARY_SOURCE } from '$lib/data/sourceRef';

export interface Referenced {
	source_ref: string;
}

/** "Leadership: Current status, lines 1082-1084 ; Figure 1, lines 384-420" → "Leadership: Current status; Figure 1". */
export function readerReference(figure: Referenced): string {
	let places: string[];
	try {
		places = parseSourceRef(figure.source_ref)
			.filter((p) => p.file === PRIMARY_SOURCE)
			.map((p) => p.place);
	} catch {
		// A reference not in the usual form: show it without anything that looks like line numbers.
		places = [figure.source_ref.replace(/,?\s*lines?\s+\d+(?:\s*[-–]\s*\d+)?/gi, '')];
	}
	const unique = [...new Set(places.map((p) => p.trim()).filter(Boolean))];
	return unique.length
		? `Framing the Future (2022): ${unique.join('; ')}`
		: 'Framing the Future (2022)';
}
