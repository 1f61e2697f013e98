// Every component says what it is for and what it takes (STYLE.md, "Every component says what it
// takes"): an `@component` header, and when it takes props, a `Props` interface with a doc comment
// on each prop. Chart components (src/lib/charts) are being reshaped behind the chart contract
// and are held to this once they are; route files (+page, +layout, +error) are SvelteKit's.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function components(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) components(path, out);
		else if (name.endsWith('.svelte') && !name.startsWith('+')) out.push(path);
	}
	return out;
}

const FILES = components('src').filter((f) => !f.startsWith('src/lib/charts/'));

/** Props declared in `interface Props { … }` without a doc comment right above them. */
export function undocumentedProps(source: string): string[] {
	const body = /interface Props\s*{([\s\S]*?)\n\t}/.exec(source)?.[1];
	if (!body) return [];
	const missing: string[] = [];
	let documented = false;
	for (const line of body.split('\n').map((l) => l.trim())) {
		if (line.startsWith('/**') || line.startsWith('*')) documented = true;
		const prop = /^(\w+)\??:/.exec(line);
		if (prop) {
			if (!documented) missing.push(prop[1]);
			documented = false;
		}
	}
	return missing;
}

it('finds components to check', () => expect(FILES.length).toBeGreaterThan(15));

describe.each(FILES)('%s', (file) => {
	const source = readFileSync(file, 'utf8');

	it('opens with an @component header', () => {
		expect(source).toMatch(/^<!--\s*@component\s+\S/);
	});

	it('types and documents every prop it takes', () => {
		if (!source.includes('$props()')) return;
		expect(source).toMatch(/interface Props\s*{/);
		expect(source).toMatch(/}: Props = \$props\(\)/);
		expect(undocumentedProps(source)).toEqual([]);
	});
});

describe('undocumentedProps', () => {
	it('names the props without a doc comment', () => {
		const source = `<script lang="ts">
	interface Props {
		/** Documented. */
		a: string;
		b?: number;
		/**
		 * Documented on two lines.
		 */
		c: boolean;
		d: () => void;
	}
</script>`;
		expect(undocumentedProps(source)).toEqual(['b', 'd']);
	});
});
