/** Words about dataset versions: the notice on a page opened at another version, and /about's changelog. */
import * as m from '$lib/paraglide/messages';
export const versions = {
	loading: (v: string) => m.versions_loading({ v }),
	older: (v: string, date: string, embed = false) =>
		embed ? m.versions_older_chart({ v, date }) : m.versions_older_page({ v, date }),
	newer: (v: string, date: string) => m.versions_newer({ v, date }),
	get changesTitle() {
		return m.versions_changes_title();
	},
	get showCurrent() {
		return m.versions_show_current();
	},
	unknown: (v: string, current: string) => m.versions_unknown({ v, current }),
	listUnavailable: (current: string) => m.versions_list_unavailable({ current }),
	get changelogTitle() {
		return m.versions_changelog_title();
	},
	get changelogIntro() {
		return m.versions_changelog_intro();
	},
	get current() {
		return m.versions_current();
	},
	released: (date: string) => m.versions_released({ date })
};
