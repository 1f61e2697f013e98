/**
 * Runs checks for the page without freezing it: in a Web Worker where the browser allows one,
 * otherwise on the main thread in slices of a few milliseconds with a yield between them. Either
 * way a new check supersedes the one running (its promise resolves to null).
 */
import type { CheckProgress, CompiledDataset } from './check';
import type { WorkerReply, WorkerRequest } from './protocol';
import { charsFrom, type Segment } from './highlight';
import { PartList } from './parts';
import type { CheckDataset, CheckResult, FigureResult, TermHit } from './types';

export type RunnerMode = 'worker' | 'main-thread';

/**
 * A result as the page holds it: its long lists read item by item, parsed on first read when they
 * came from the worker (see parts.ts).
 */
export interface ReceivedResult extends Omit<CheckResult, 'figures' | 'terms' | 'blocks'> {
	figures: PartList<FigureResult>;
	terms: PartList<TermHit>;
	blocks: PartList<Segment[]>;
	/** Characters from each block to the end of the text (highlight.ts, charsFrom). */
	blockChars: number[];
}

/** A result made on the main thread, held as the page holds one from the worker. */
export function received(result: CheckResult): ReceivedResult {
	return {
		...result,
		figures: PartList.of(result.figures),
		terms: PartList.of(result.terms),
		blocks: PartList.of(result.blocks),
		blockChars: charsFrom(result.blocks)
	};
}

/** The whole result, every item read (for the receipt, which lists them all). */
export function whole(result: ReceivedResult): CheckResult {
	const { blockChars: _, ...rest } = result;
	return {
		...rest,
		figures: result.figures.all(),
		terms: result.terms.all(),
		blocks: result.blocks.all()
	};
}

export interface CheckRunner {
	/** Check a text; resolves to null if a newer check replaced this one. */
	run(text: string, onProgress?: (p: CheckProgress) => void): Promise<ReceivedResult | null>;
	/** Stop any running check. */
	cancel(): void;
	readonly mode: RunnerMode;
	dispose(): void;
}

/** Main-thread slice length: well under one frame, so input and painting keep going. */
const SLICE_MS = 8;

/** Resolves in a later task, so what follows does not lengthen the task running now. */
export const yieldToMain = () =>
	new Promise<void>((resolve) => {
		// A message on a fresh channel runs as a task of its own (after pending input), unlike a
		// microtask, which would run in this one.
		const channel = new MessageChannel();
		channel.port1.onmessage = () => resolve();
		channel.port2.postMessage(null);
	});

interface Pending {
	id: number;
	resolve: (r: ReceivedResult | null) => void;
	reject: (e: Error) => void;
	onProgress?: (p: CheckProgress) => void;
	text: string;
	/** The result's lists, as their parts arrive. */
	figures: PartList<FigureResult>;
	terms: PartList<TermHit>;
	blocks: PartList<Segment[]>;
}

export function createRunner(
	dataset: CheckDataset,
	options: { worker?: boolean } = {}
): CheckRunner {
	let mode: RunnerMode =
		options.worker === false || typeof Worker !== 'function' ? 'main-thread' : 'worker';
	let worker: Worker | null = null;
	let compiled: CompiledDataset | null = null;
	let pending: Pending | null = null;
	let nextId = 1;
	/** Ticket of the latest main-thread run; older runs stop at their next slice. */
	let mainTicket = 0;

	function startWorker(): Worker | null {
		try {
			const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
			w.onmessage = (e: MessageEvent<WorkerReply>) => {
				const msg = e.data;
				if (!pending || msg.id !== pending.id) return;
				if (msg.type === 'progress') pending.onProgress?.({ done: msg.done, total: msg.total });
				else if (msg.type === 'part') {
					pending.figures.add(msg.figures);
					pending.terms.add(msg.terms);
					pending.blocks.add(msg.blocks);
				} else if (msg.type === 'done') {
					const p = pending;
					pending = null;
					const { figures, terms, blocks, ...rest } = msg.result;
					p.figures.add(figures);
					p.terms.add(terms);
					p.blocks.add(blocks);
					p.resolve({ ...rest, figures: p.figures, terms: p.terms, blocks: p.blocks });
				} else {
					const p = pending;
					pending = null;
					p.reject(new Error(msg.message));
				}
			};
			// A worker that cannot load (blocked, unsupported) falls back to the main thread.
			w.onerror = (e) => {
				e.preventDefault();
				fallBack();
			};
			w.postMessage({ type: 'dataset', dataset } satisfies WorkerRequest);
			return w;
		} catch {
			return null;
		}
	}

	function fallBack() {
		worker?.terminate();
		worker = null;
		mode = 'main-thread';
		const p = pending;
		pending = null;
		if (p) runMain(p.text, p.onProgress).then(p.resolve, p.reject);
	}

	function stopRunning() {
		mainTicket++;
		if (pending) {
			const p = pending;
			pending = null;
			p.resolve(null);
			// A worker busy with the old text cannot be interrupted: replace it.
			worker?.terminate();
			worker = null;
		}
	}

	async function runMain(
		text: string,
		onProgress?: (p: CheckProgress) => void
	): Promise<ReceivedResult | null> {
		const ticket = ++mainTicket;
		// Loaded only here: where a worker runs the check, the page never loads its patterns.
		const { checkSteps, compileDataset } = await import('./check');
		if (ticket !== mainTicket) return null;
		compiled ??= compileDataset(dataset);
		const steps = checkSteps(text, compiled);
		let sliceStart = performance.now();
		for (;;) {
			const step = steps.next();
			if (step.done) return received(step.value);
			if (performance.now() - sliceStart > SLICE_MS) {
				onProgress?.(step.value);
				await yieldToMain();
				if (ticket !== mainTicket) return null;
				sliceStart = performance.now();
			}
		}
	}

	// Start the worker now, so it has loaded and compiled the dataset before the first check.
	if (mode === 'worker') {
		worker = startWorker();
		if (!worker) mode = 'main-thread';
	}

	return {
		get mode() {
			return mode;
		},
		run(text, onProgress) {
			stopRunning();
			if (mode === 'worker') {
				worker ??= startWorker();
				if (!worker) mode = 'main-thread';
			}
			if (mode === 'main-thread') return runMain(text, onProgress);
			return new Promise((resolve, reject) => {
				const id = nextId++;
				pending = {
					id,
					resolve,
					reject,
					onProgress,
					text,
					figures: new PartList(),
					terms: new PartList(),
					blocks: new PartList()
				};
				worker!.postMessage({ type: 'check', id, text } satisfies WorkerRequest);
			});
		},
		cancel: stopRunning,
		dispose() {
			stopRunning();
			worker?.terminate();
			worker = null;
		}
	};
}
