/**
 * Where a reader finds a figure or a term in the published review, as /check and its receipt say
 * it: the dataset's reader reference (section, figure, a phrase to search for, the page when
 * known), formatted as everywhere else on the site (formatReaderRef). The line ranges of
 * source_ref locate the text in our copy of the review, not in the PDF a reader holds, so they
 * stay out of reader-facing words (the receipt's JSON keeps source_ref as a technical field).
 */
import { formatReaderRef, type ReaderRefFields } from '$lib/data/readerRef';
import { parseSourceRef, PRIMARY_SOURCE } from '$lib/data/sourceRef';

export type Referenced = ReaderRefFields & { source_ref: string };

const REVIEW = 'Framing the Future (2022)';
/** The other publication the guidance cites (the terminology of capability 21). */
const GUIDANCE = 'The MNR guidance';

/** Is the row's first place in the review (not in the MNR guidance)? */
function inReview(sourceRef: string): boolean {
	try {
		const first = parseSourceRef(sourceRef)[0];
		return !first || first.file === PRIMARY_SOURCE;
	} catch {
		return true;
	}
}

/** "Framing the Future (2022): Figure 4 · Legislation › Current status · search “15 surveyed”". */
export function readerReference(row: Referenced): string {
	const where = formatReaderRef(row);
	const hasReaderColumns = Boolean(row.section || row.figure || row.search_phrase);
	if (!inReview(row.source_ref))
		// Without reader columns formatReaderRef already names the guidance ("MNR guidance: …").
		return hasReaderColumns ? `${GUIDANCE}: ${where}` : where || GUIDANCE;
	return where ? `${REVIEW}: ${where}` : REVIEW;
}
