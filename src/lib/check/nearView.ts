/**
 * Tells whether an element (the end of a list being drawn) is near what the reader sees: within
 * AHEAD_PX of the visible part of its scroller, or of the window. The check's result lists grow
 * only while their end is near (see drawTarget in pacing.ts), and grow again as the reader
 * scrolls or tabs towards it.
 */
import type { Attachment } from 'svelte/attachments';

/** How far ahead of the visible area a list keeps drawn (px): about two screens of a phone. */
export const AHEAD_PX = 1200;

export function nearView(
	onChange: (near: boolean) => void,
	/** The scroller the element scrolls in; the window when null. */
	root: (node: HTMLElement) => Element | null = () => null
): Attachment<HTMLElement> {
	return (node) => {
		// Without IntersectionObserver nothing waits: everything is drawn, paced, as before.
		if (typeof IntersectionObserver === 'undefined') {
			onChange(true);
			return;
		}
		const observer = new IntersectionObserver(
			(entries) => {
				const last = entries.at(-1);
				if (last) onChange(last.isIntersecting);
			},
			{ root: root(node), rootMargin: `${AHEAD_PX}px 0px` }
		);
		observer.observe(node);
		return () => observer.disconnect();
	};
}
