// The check's words write their numbers without Intl: a page's first Intl.NumberFormat is a long
// task (~150 ms at CPU 4×), and the check's copy runs in the task that shows a result (#17).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copy } from '../../../src/lib/copy';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';

const original = getLocale;
afterEach(() => {
	overwriteGetLocale(original);
	vi.restoreAllMocks();
});

describe('numbers in the check’s words', () => {
	it.each(['en', 'fr', 'es'] as const)('are written without Intl in %s', (locale) => {
		overwriteGetLocale(() => locale);
		const made = vi.spyOn(Intl, 'NumberFormat');
		const c = copy.check;
		const said = [
			c.progress(1234, 100_000),
			c.explain.differs('76.2%', -12.4, -5),
			c.explain.differs('76.2%', 3, null),
			c.explain.inconsistent(17.1),
			c.notes.loose(76.19)
		].join(' ');
		expect(made).not.toHaveBeenCalled();
		// The numbers as each language writes them, at most one decimal.
		const expected = {
			en: ['1%', '12.4', '17.1%', '76.2%'],
			fr: ['1\u00a0%', '12,4', '17,1\u00a0%', '76,2\u00a0%'],
			es: ['1\u00a0%', '12,4', '17,1\u00a0%', '76,2\u00a0%']
		}[locale];
		for (const e of expected) expect(said).toContain(e);
	});
});
