/** The source every figure in MNR Explorer comes from, cited the same way everywhere. */
export const SOURCE = {
	authors: 'WeProtect Global Alliance and UNICEF',
	year: 2022,
	title: 'Framing the Future',
	subtitle:
		'How the Model National Response framework is supporting national efforts to end child sexual exploitation and abuse online',
	publisher: 'WeProtect Global Alliance',
	/**
	 * Where a reader gets the PDF: a search for the review on the publisher's own site. A link the
	 * user opens; the explorer never fetches it. (The review's own page address could not be
	 * confirmed when this was written, so the search is linked rather than a guessed address.)
	 */
	url: 'https://www.weprotect.org/?s=Framing+the+Future'
} as const;

/** Short source line for charts and exports. */
export const sourceLine = `${SOURCE.authors}, ${SOURCE.title}, ${SOURCE.year} — via MNR Explorer`;

/** The source line with the dataset version a chart shows, for exports and embeds. */
export const versionedSourceLine = (version: string) =>
	`${sourceLine} (dataset version ${version})`;

/** Full reference for the review, in a common author–date form. */
export const reviewCitation = `${SOURCE.authors} (${SOURCE.year}). ${SOURCE.title}: ${SOURCE.subtitle}. London: ${SOURCE.publisher}.`;
