/**
 * Answers to view queries, kept for the page's lifetime. The data cannot change while a page is
 * open (its dataset version is fixed when it loads), so the same SQL always has the same answer: a
 * reader going back to a view they saw, or on to one fetched ahead while the browser was idle,
 * gets it in the next frame instead of a round trip to the engine's worker.
 */
export interface AnswerCache<R> {
	/** The answer to `sql`: kept, in flight, or asked for now. */
	answer(sql: string): Promise<R>;
	/** Ask ahead of need; a failure is forgotten, so the reader's own request can report it. */
	prefetch(sql: string): Promise<void>;
	has(sql: string): boolean;
	/**
	 * The answer to `sql` if it has already arrived (undefined otherwise), without waiting: a view
	 * can then draw it in the same frame as the reader's choice, instead of one frame showing
	 * "pending" and the next the answer.
	 */
	settled(sql: string): R | undefined;
}

export function answerCache<R>(run: (sql: string) => Promise<R>, limit = 300): AnswerCache<R> {
	// Insertion order is recency order: a use moves the entry to the end, the oldest goes first.
	const answers = new Map<string, Promise<R>>();
	// The arrived values of the promises above, by the same SQL (a promise cannot be read at once).
	const values = new Map<string, R>();

	function answer(sql: string): Promise<R> {
		const kept = answers.get(sql);
		if (kept) {
			answers.delete(sql);
			answers.set(sql, kept);
			return kept;
		}
		const asked = run(sql);
		answers.set(sql, asked);
		asked.then(
			(value) => answers.get(sql) === asked && values.set(sql, value),
			// A failed answer is not kept: the next request tries again (the engine may have recovered).
			() => answers.get(sql) === asked && answers.delete(sql)
		);
		while (answers.size > limit) {
			const oldest = answers.keys().next().value!;
			answers.delete(oldest);
			values.delete(oldest);
		}
		return asked;
	}

	return {
		answer,
		prefetch: (sql) =>
			answer(sql).then(
				() => undefined,
				() => undefined
			),
		has: (sql) => answers.has(sql),
		settled(sql) {
			if (!values.has(sql)) return undefined;
			answer(sql); // a use: keep it as the most recent
			return values.get(sql);
		}
	};
}
