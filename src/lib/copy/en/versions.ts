/** Words about dataset versions: the notice on a page opened at another version, and /about's changelog. */
export const versions = {
	loading: (v: string) => `Loading dataset version ${v}…`,
	older: (v: string, date: string, embed = false) =>
		`This ${embed ? 'chart' : 'page'} shows dataset version ${v} (released ${date}), as the link you followed showed it.`,
	newer: (v: string, date: string) => `A newer version exists: ${v} (${date}).`,
	changesTitle: 'What changed since',
	showCurrent: 'Show the current version',
	unknown: (v: string, current: string) =>
		`The address asks for dataset version “${v}”, which this site does not have, so the current version (${current}) is shown.`,
	listUnavailable: (current: string) =>
		`The list of dataset versions could not be loaded, so the current version (${current}) is shown.`,
	changelogTitle: 'Versions of the dataset',
	changelogIntro:
		'The dataset’s version is a short code that changes exactly when the data does. Links, embeds, exports and citations carry it, and every earlier release stays on this site, so a link keeps showing what it showed.',
	current: 'current',
	released: (date: string) => `released ${date}`
};
