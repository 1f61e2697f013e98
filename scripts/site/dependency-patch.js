// What every patch the build makes to a dependency's own source has in common: it applies to the
// client build only (the browser's copy; the server render and the dev server keep the original),
// and to the one module it names. Each patch checks its own patch point and stops the build when
// an upgrade has moved it (preload-walk.js, preload-seen.js).

/**
 * @param {{ name: string, matches: (id: string) => boolean, patch: (code: string) => string }} p
 *   the plugin's name, the module it changes (by Vite's id) and the change
 * @returns {import('vite').Plugin}
 */
export function dependencyPatch({ name, matches, patch }) {
	return {
		name,
		apply: 'build',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		transform(code, id) {
			if (!matches(id)) return null;
			return { code: patch(code), map: null };
		}
	};
}
