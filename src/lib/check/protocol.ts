/** Messages between the page and the check worker. */
import type { CheckDataset, CheckResult } from './types';

export type WorkerRequest =
	{ type: 'dataset'; dataset: CheckDataset } | { type: 'check'; id: number; text: string };

export type WorkerReply =
	| { type: 'progress'; id: number; done: number; total: number }
	| { type: 'done'; id: number; result: CheckResult }
	| { type: 'error'; id: number; message: string };
