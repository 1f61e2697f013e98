/// <reference lib="webworker" />
/**
 * The check off the main thread. The page sends the dataset once, then texts; the worker answers
 * with progress (at most every 50 ms) and the result. A newer check replaces a running one by
 * terminating this worker (see runner.ts), so there is no cancellation protocol here.
 */
import { checkSteps, compileDataset, type CompiledDataset } from './check';
import { charsFrom } from './highlight';
import { pack } from './parts';
import type { WorkerReply, WorkerRequest } from './protocol';

let compiled: CompiledDataset | null = null;
/**
 * Claims and term hits per message of a large result. Each list travels packed (see parts.ts), so
 * receiving a message is a copy of text; parts keep each message small all the same.
 */
const PART = 60;
/** Blocks of the highlighted text per message. */
const BLOCK_PART = 10;
const post = (reply: WorkerReply) =>
	(self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const msg = event.data;
	try {
		if (msg.type === 'dataset') {
			compiled = compileDataset(msg.dataset);
			return;
		}
		if (!compiled) throw new Error('The dataset has not been loaded into the checker.');
		const steps = checkSteps(msg.text, compiled);
		let lastReport = performance.now();
		for (;;) {
			const step = steps.next();
			if (step.done) {
				// A result of thousands of claims is received (deserialised) on the page's main
				// thread: send it in parts, each quick to receive, then the rest.
				const { figures, terms, blocks } = step.value;
				const parts = Math.max(
					Math.ceil(figures.length / PART),
					Math.ceil(terms.length / PART),
					Math.ceil(blocks.length / BLOCK_PART)
				);
				const slice = (i: number) => ({
					figures: pack(figures.slice(i * PART, (i + 1) * PART)),
					terms: pack(terms.slice(i * PART, (i + 1) * PART)),
					blocks: pack(blocks.slice(i * BLOCK_PART, (i + 1) * BLOCK_PART))
				});
				for (let i = 0; i < parts - 1; i++) post({ type: 'part', id: msg.id, ...slice(i) });
				post({
					type: 'done',
					id: msg.id,
					result: {
						...step.value,
						...slice(Math.max(0, parts - 1)),
						blockChars: charsFrom(blocks)
					}
				});
				return;
			}
			if (performance.now() - lastReport > 50) {
				lastReport = performance.now();
				post({ type: 'progress', id: msg.id, ...step.value });
			}
		}
	} catch (e) {
		post({ type: 'error', id: msg.type === 'check' ? msg.id : 0, message: (e as Error).message });
	}
};
