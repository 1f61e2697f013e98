// The check runs in a Web Worker, and a worker has no messages: a page loads its own language's
// (scripts/i18n/split-locales.js), the worker loads none. So nothing the worker runs may word
// anything for the reader; the page words what it shows (a term's reader reference, for one).
// Here every message throws, and the whole check runs on text with figures and flagged terms.
import { describe, expect, it, vi } from 'vitest';
import { compileDataset } from '../../../src/lib/check/check';
import { checkDataset } from './dataset';
import { runCheck } from './runCheck';

vi.mock('$lib/paraglide/messages', () => {
	const read = (key: string | symbol) => {
		throw new Error(`the check read the message ${String(key)}`);
	};
	return new Proxy(
		{},
		{ has: () => true, get: (_, key) => (key === 'then' ? undefined : () => read(key)) }
	);
});

describe('the check in its worker', () => {
	it('runs a whole check without reading a message', async () => {
		const compiled = compileDataset(await checkDataset());
		const result = runCheck(
			'76% of 42 countries have a hotline. Reports of child pornography rose; "child prostitution" is quoted.',
			compiled
		);
		expect(result.figures.length).toBeGreaterThan(0);
		expect(result.terms.length).toBeGreaterThan(0);
		// What the page needs to word the guidance's place in its language travels as fields.
		expect(result.terms[0].readerRef).toHaveProperty('search_phrase');
	}, 60_000);
});
