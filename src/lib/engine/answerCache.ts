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
}

export function answerCache<R>(run: (sql: string) => Promise<R>, limit = 300): AnswerCache<R> {
	// Insertion order is recency order: a use moves the entry to the end, the oldest goes first.
	const answers = new Map<string, Promise<R>>();

	function answer(sql: string): Promise<R> {
		const kept = answers.get(sql);
		if (kept) {
			answers.delete(sql);
			answers.set(sql, kept);
			return kept;
		}
		const asked = run(sql);
		answers.set(sql, asked);
		// A failed answer is not kept: the next request tries again (the engine may have recovered).
		asked.catch(() => answers.get(sql) === asked && answers.delete(sql));
		while (answers.size > limit) answers.delete(answers.keys().next().value!);
		return asked;
	}

	return {
		answer,
		prefetch: (sql) =>
			answer(sql).then(
				() => undefined,
				() => undefined
			),
		has: (sql) => answers.has(sql)
	};
}
