/** Messages between the page and the check worker. */
import type { PackedPart } from './parts';
import type { CheckDataset, CheckResult } from './types';

export type WorkerRequest =
	{ type: 'dataset'; dataset: CheckDataset } | { type: 'check'; id: number; text: string };

/** Parts of the result's long lists, packed (see parts.ts). */
export interface ResultParts {
	figures: PackedPart;
	terms: PackedPart;
	blocks: PackedPart;
}

/** A result as the worker sends it: its long lists packed, in this message and the parts before. */
export type PackedResult = Omit<CheckResult, 'figures' | 'terms' | 'blocks'> &
	ResultParts & {
		/** Characters from each block to the end of the text (highlight.ts, charsFrom). */
		blockChars: number[];
	};

export type WorkerReply =
	| { type: 'progress'; id: number; done: number; total: number }
	/** Part of a large result, sent ahead so no single message takes long to receive. */
	| ({ type: 'part'; id: number } & ResultParts)
	/** The rest of the result; its lists follow the parts sent before. */
	| { type: 'done'; id: number; result: PackedResult }
	| { type: 'error'; id: number; message: string };
