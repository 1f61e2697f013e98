/** Messages between the page and the check worker. */
import type { Segment } from './highlight';
import type { CheckDataset, CheckResult, FigureResult, TermHit } from './types';

export type WorkerRequest =
	{ type: 'dataset'; dataset: CheckDataset } | { type: 'check'; id: number; text: string };

export type WorkerReply =
	| { type: 'progress'; id: number; done: number; total: number }
	/** Part of a large result, sent ahead so no single message takes long to receive. */
	| { type: 'part'; id: number; figures: FigureResult[]; terms: TermHit[]; blocks: Segment[][] }
	/** The rest of the result; its lists follow the parts sent before. */
	| { type: 'done'; id: number; result: CheckResult }
	| { type: 'error'; id: number; message: string };
