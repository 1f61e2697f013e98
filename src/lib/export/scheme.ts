/**
 * The light colour scheme, read from global.css itself so there is one source of truth. Exports
 * and embeds are always drawn in it (see exporter.ts for why).
 */
import globalCss from '$lib/styles/global.css?raw';
import { rootTokens, tokensStyle } from './styles';

export const LIGHT_TOKENS = rootTokens(globalCss);

/** System fonts only: nothing to download, present on every platform, the site's own stack. */
export const FONT_STACK =
	LIGHT_TOKENS['--font-body'] ??
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

export const LIGHT_PALETTE = {
	bg: LIGHT_TOKENS['--bg'] ?? '#ffffff',
	fg: LIGHT_TOKENS['--fg'] ?? '#1b1f24',
	muted: LIGHT_TOKENS['--fg-muted'] ?? '#515a64',
	link: LIGHT_TOKENS['--link'] ?? '#1a5bb0'
};

/**
 * A stylesheet pinning a page to the light scheme. `html:root` outranks the `:root` inside
 * global.css's dark-scheme media query, wherever this lands in <head>.
 */
export const LIGHT_SCHEME_CSS = `html:root { ${tokensStyle(LIGHT_TOKENS)}; color-scheme: light; }`;
