/**
 * The table reader's worker: one request (the tables and where the data lives), one answer, with
 * the Arrow bytes transferred rather than copied.
 */
import { readTables, type ReaderRequest, type ReadOutcome } from './tableReader';

const scope = self as unknown as {
	onmessage: ((e: MessageEvent<ReaderRequest>) => void) | null;
	postMessage(message: ReadOutcome, transfer: Transferable[]): void;
};

scope.onmessage = async ({ data }) => {
	let outcome: ReadOutcome;
	try {
		outcome = await readTables(data.tables, data.dataUrl);
	} catch (e) {
		// Never leave the page waiting: anything unforeseen stops the engine with its reason.
		outcome = { kind: 'failed', message: `The data could not be read (${(e as Error).message}).` };
	}
	const transfer =
		outcome.kind === 'tables'
			? outcome.tables.flatMap((t) => (t.kind === 'loaded' ? [t.ipc.buffer] : []))
			: [];
	scope.postMessage(outcome, transfer);
};
