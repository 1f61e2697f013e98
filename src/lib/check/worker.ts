/// <reference lib="webworker" />
/**
 * The check off the main thread. The page sends the dataset once, then texts; the worker answers
 * with progress (at most every 50 ms) and the result. A newer check replaces a running one by
 * terminating this worker (see runner.ts), so there is no cancellation protocol here.
 */
import { checkSteps, compileDataset, type CompiledDataset } from './check';
import type { WorkerReply, WorkerRequest } from './protocol';

let compiled: CompiledDataset | null = null;
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
				post({ type: 'done', id: msg.id, result: step.value });
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
