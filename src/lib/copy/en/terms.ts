/** Interface strings of the terms area (see ../en.ts). */
import * as m from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { numbersFor } from '$lib/i18n/numbers';

export const terms = {
	get title() {
		return m.terms_title();
	},
	get lede() {
		return m.terms_lede();
	},
	get checkLink() {
		return m.terms_check_link();
	},
	get searchLabel() {
		return m.terms_search_label();
	},
	get searchPlaceholder() {
		return m.terms_search_placeholder();
	},
	get statusLabel() {
		return m.terms_status_label();
	},
	get allStatuses() {
		return m.terms_all_statuses();
	},
	status: {
		get preferred() {
			return m.terms_status_preferred();
		},
		get avoid() {
			return m.terms_status_avoid();
		},
		get 'use with care'() {
			return m.terms_status_use_with_care();
		},
		get alternative() {
			return m.terms_status_alternative();
		}
	},
	/** Shapes beside each status, so colour is never the only cue. */
	statusSymbol: {
		preferred: '✓',
		avoid: '⚠',
		'use with care': '!',
		alternative: '↔'
	},
	statusHelp: {
		get preferred() {
			return m.terms_status_help_preferred();
		},
		get avoid() {
			return m.terms_status_help_avoid();
		},
		get 'use with care'() {
			return m.terms_status_help_use_with_care();
		},
		get alternative() {
			return m.terms_status_help_alternative();
		}
	},
	get legendTitle() {
		return m.terms_legend_title();
	},
	get useInstead() {
		return m.terms_use_instead();
	},
	get reason() {
		return m.terms_reason();
	},
	get source() {
		return m.terms_source();
	},
	get copyLink() {
		return m.terms_copy_link();
	},
	get copied() {
		return m.terms_copied();
	},
	copyLinkLabel: (term: string) => m.terms_copy_link_label({ term }),
	linkCopied: (term: string) => m.terms_link_copied({ term }),
	showing: (shown: number, total: number) => {
		const { int } = numbersFor(getLocale());
		return shown === total
			? m.terms_showing_all({ total: int(total) })
			: m.terms_showing({ shown: int(shown), total: int(total) });
	},
	/** The terms are the review's English ones; readers of French and Spanish are sent on. */
	get languageNote() {
		return m.terms_language_note();
	},
	get none() {
		return m.terms_none();
	},
	get clear() {
		return m.terms_clear();
	}
} as const;
