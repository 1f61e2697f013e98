// A result crosses from the worker to the page with its long lists packed (src/lib/check/parts.ts):
// one string per part instead of hundreds of thousands of objects. Here the worker runs as it does
// in the browser (its replies caught), and the page's view of what arrives must be the check's
// result exactly, item for item.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDataset, type CompiledDataset } from '../../../src/lib/check/check';
import { blockOfMark, charsFrom } from '../../../src/lib/check/highlight';
import { pack, PartList } from '../../../src/lib/check/parts';
import type { WorkerReply } from '../../../src/lib/check/protocol';
import { received, whole, type ReceivedResult } from '../../../src/lib/check/runner';
import type { CheckDataset } from '../../../src/lib/check/types';
import { makeLongText, makeStressTexts } from '../../../scripts/bench/check.js';
import { checkDataset } from './dataset';
import { runCheck } from './runCheck';

let dataset: CheckDataset;
let compiled: CompiledDataset;
const replies: WorkerReply[] = [];
const scope = globalThis as unknown as { self?: unknown };
const hadSelf = 'self' in scope;
const oldSelf = scope.self;
let send: (data: unknown) => void;

beforeAll(async () => {
	dataset = await checkDataset();
	compiled = compileDataset(dataset);
	// The worker module as the browser loads it: it sets self.onmessage and posts to self.
	const self: {
		onmessage?: (e: { data: unknown }) => void;
		postMessage: (r: WorkerReply) => void;
	} = { postMessage: (r) => replies.push(structuredClone(r)) };
	scope.self = self;
	await import('../../../src/lib/check/worker');
	send = (data) => self.onmessage!({ data });
	send({ type: 'dataset', dataset });
}, 60_000);

afterAll(() => {
	if (hadSelf) scope.self = oldSelf;
	else delete scope.self;
});

/** Check a text in the worker and put its replies together as the page's runner does. */
function viaWorker(text: string, id: number): { result: ReceivedResult; messages: WorkerReply[] } {
	replies.length = 0;
	send({ type: 'check', id, text });
	const messages = replies.filter((r) => r.id === id && r.type !== 'progress');
	const figures = new PartList<never>();
	const terms = new PartList<never>();
	const blocks = new PartList<never>();
	let done: ReceivedResult | null = null;
	for (const m of messages) {
		if (m.type === 'part' || m.type === 'done') {
			const parts = m.type === 'part' ? m : m.result;
			figures.add(parts.figures);
			terms.add(parts.terms);
			blocks.add(parts.blocks);
		}
		if (m.type === 'done') {
			const { figures: _f, terms: _t, blocks: _b, ...rest } = m.result;
			done = { ...rest, figures, terms, blocks };
		}
		if (m.type === 'error') throw new Error(m.message);
	}
	return { result: done!, messages };
}

describe('a result sent in packed parts', () => {
	const texts: Record<string, string> = {
		...makeStressTexts(200_000),
		article: makeLongText(100_000),
		short:
			'76% of 42 countries have a hotline. Reports of “child pornography” rose among offenders.'
	};

	it.each(Object.keys(texts))(
		'arrives as the check made it: %s',
		(kind) => {
			const text = texts[kind];
			const expected = runCheck(text, compiled);
			const { result, messages } = viaWorker(text, kind.length);
			const { elapsedMs: _e, ...got } = whole(result);
			const { elapsedMs: _x, ...want } = expected;
			expect(got).toEqual(want);
			expect(result.blockChars).toEqual(charsFrom(expected.blocks));
			// Every list travels as text: no message holds a list of objects.
			for (const m of messages) {
				const parts = m.type === 'done' ? m.result : m.type === 'part' ? m : null;
				if (!parts) continue;
				for (const list of [parts.figures, parts.terms, parts.blocks]) {
					expect(typeof list.json).toBe('string');
					expect(list.ends.every((n) => typeof n === 'number')).toBe(true);
				}
			}
		},
		120_000
	);

	it('parses an item once and only when read, and gives the same object each time', () => {
		const { result } = viaWorker(texts['dense claims'], 99);
		expect(result.figures.length).toBeGreaterThan(10_000);
		const block = result.blocks.at(3);
		expect(result.blocks.at(3)).toBe(block);
		expect(result.blocks.slice(2, 4)[1]).toBe(block);
		expect(result.figures.at(-1)?.id).toBe(result.figures.length);
		expect(result.figures.at(result.figures.length)).toBeUndefined();
		const last = result.figures.at(-1)!;
		const at = blockOfMark(result.blocks, 'figure', last.id);
		expect(
			result.blocks.at(at)?.some((s) => s.mark?.kind === 'figure' && s.mark.id === last.id)
		).toBe(true);
	}, 120_000);

	it('reads the same from a result made on the main thread', () => {
		const r = runCheck(texts.article, compiled);
		const held = received(r);
		expect(held.figures.at(5)).toBe(r.figures[5]);
		expect(held.blocks.slice(0, 3)).toEqual(r.blocks.slice(0, 3));
		expect(whole(held)).toEqual(r);
		expect(held.blockChars).toEqual(charsFrom(r.blocks));
	}, 60_000);

	it('slices like an array', () => {
		const items = ['a', 'b', 'c', 'd', 'e'].map((x, i) => ({ x, i }));
		const list = new PartList<(typeof items)[number]>();
		list.add(pack(items.slice(0, 2)));
		list.add(pack([]));
		list.add(pack(items.slice(2)));
		expect(list.length).toBe(5);
		for (const [a, b] of [
			[0, 5],
			[1, 3],
			[3, 10],
			[-2, undefined],
			[4, 2]
		] as const)
			expect(list.slice(a, b)).toEqual(items.slice(a, b));
		expect(list.all()).toEqual(items);
		expect(list.at(-1)).toEqual(items[4]);
	});
});
